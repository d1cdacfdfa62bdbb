/**
 * The build's last step, run by build.sh once `astro build` has exited: Pagefind indexes the built
 * pages (and a result card is written for each) while the service worker is bundled; the worker
 * precaches the index's loader, so its precache list is written in after the index.
 *
 *   node --experimental-strip-types --import ./src/build/resolve-ts.mjs src/build/finish-build.ts [outDir]
 *
 * Why not in an `astro:build:done` hook, as Starlight does: when that hook runs, Astro's process
 * still holds what it built with (about 1.3 GB at 1,000 guides, most of it memory its bundler has
 * freed and not returned to the system), and Pagefind's indexer (about 350 MB) would run on top of
 * it. Run after Astro has exited, the two never add up: the build's peak memory is Astro's own.
 * The bench (test/bench/bench.ts) measures both steps, as one build.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../integrations/pagefind.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const logger = {
	info: (message: string) => console.log(`[finish-build] ${message}`),
	warn: (message: string) => console.warn(`[finish-build] ${message}`),
};

// Pagefind indexes in a process of its own; meanwhile Rolldown bundles the worker on this one, whose
// precache list (Pagefind's loader in it) is written in once the index is there.
const searchIndex = buildSearchIndex(distDir, logger);
await Promise.all([
	searchIndex,
	import('../integrations/service-worker.ts').then((sw) => sw.writeServiceWorker(distDir, searchIndex, logger)),
]);
