/**
 * Writes the service worker (dist/sw.js), so a runner who visited once can use the site without
 * signal. Its routes and caches are its source, ../components/offline/worker.ts; this file bundles
 * it with Workbox's modules (Rolldown, the bundler Vite uses: about 0.1 s) and writes in its
 * precache list, globbed from the built site (Workbox's getManifest). The build's last step
 * (src/build/finish-build.ts) calls it while Pagefind indexes: the worker is bundled at once, and
 * the list, Pagefind's loader in it, is written once the index is there.
 *
 * Why not Workbox's generateSW, which writes the worker from options: it bundles with Rollup,
 * Babel and Terser, 3 s of wall time and 4 of CPU at every build (measured at 1,000 guides), beside
 * Pagefind on a two-core machine.
 *
 * What it precaches (the lists are src/lib/offline.ts): every script and stylesheet, the pages and
 * data in PRECACHED_PAGES/PRECACHED_DATA, the manifest and icons, and Pagefind's loader (so search
 * opens offline). The rest is cached as it is read (see the worker).
 */
import type { AstroIntegrationLogger } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { ManifestEntry } from 'workbox-build';
// From its own file: the package's index also loads the bundler and Babel of Workbox's generateSW,
// which this build does not use (0.6 s).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { OFFLINE_PAGE, PRECACHED_DATA, PRECACHED_PAGES, SERVICE_WORKER_URL } from '../lib/offline';

/** The worker's source: its routes and caches are there. */
const WORKER_SOURCE = fileURLToPath(new URL('../components/offline/worker.ts', import.meta.url));

/** A page's built file: '/' is index.html, '/tools/today/' is tools/today/index.html. */
const pageFile = (href: string) => `${href.slice(1)}index.html`;

/** Pagefind's loader, which search needs to open offline (written by Pagefind). */
const SEARCH_LOADER = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind'];

/** What the worker caches on install, as globs of the built site. */
const PRECACHE = [
	'_astro/*.{js,css}',
	...PRECACHED_PAGES.map((p) => pageFile(p.href)),
	...PRECACHED_DATA,
	'favicon.svg',
	'manifest.webmanifest',
	'icons/*.png',
	...SEARCH_LOADER,
	// The synonym shards (1,370 small files) are kept as searches fetch them (the worker's routes).
	'search/symptoms.json',
];

/**
 * Where the worker's source (../components/offline/worker.ts) takes its precache list: Workbox's
 * injection point, which the bundle keeps as it is (a property of the worker's global scope).
 */
export const PRECACHE_INJECTION_POINT = 'self.__WB_MANIFEST';

/** The bundled worker with its precache list in place; throws unless the injection point is there once. */
export function fillPrecache(source: string, entries: ManifestEntry[]): string {
	const parts = source.split(PRECACHE_INJECTION_POINT);
	if (parts.length !== 2)
		throw new Error(
			`The service worker holds ${parts.length - 1} injection points for its precache list (${PRECACHE_INJECTION_POINT}), not 1.`,
		);
	return parts.join(JSON.stringify(entries));
}

/** The worker bundled into one classic script, as a service worker is registered, minified. */
export async function bundleWorker(): Promise<string> {
	const { output } = await build({
		input: WORKER_SOURCE,
		platform: 'browser',
		// Workbox's modules in production mode: no development logging.
		transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
		output: { format: 'iife', minify: true, comments: false },
		write: false,
		logLevel: 'warn',
	});
	return output[0].code;
}

/**
 * Writes `distDir/sw.js`, precaching what the built site in `distDir` holds of PRECACHE: bundles the
 * worker at once and writes the list in when `searchIndex` (Pagefind writing it) is done.
 */
export async function writeServiceWorker(
	distDir: string,
	searchIndex: Promise<void>,
	logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
	const bundled = bundleWorker();
	// If the index fails, the worker being bundled is not waited for: the build fails with the index's error.
	bundled.catch(() => undefined);
	await searchIndex;
	const [source, precache] = await Promise.all([
		bundled,
		// Hashed names (under _astro/) need no revision of their own.
		getManifest({ globDirectory: distDir, globPatterns: PRECACHE, dontCacheBustURLsMatching: /^_astro\// }),
	]);
	const loader = precache.manifestEntries.filter((e) => e.url.startsWith('pagefind/')).length;
	if (loader !== SEARCH_LOADER.length) throw new Error(`Pagefind's loader is ${loader} files, not ${SEARCH_LOADER.length}.`);
	writeFileSync(join(distDir, SERVICE_WORKER_URL), fillPrecache(source, precache.manifestEntries));
	for (const w of precache.warnings) logger.warn(w);
	logger.info(
		`Service worker: ${precache.count} files precached (${Math.round(precache.size / 1024)} KB before compression); offline page ${OFFLINE_PAGE}.`,
	);
}
