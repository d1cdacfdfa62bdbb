/**
 * Writes the service worker (dist/sw.js) from the built files and the search index, with Workbox's
 * generateSW, so a runner who visited once can use the site without signal. The build's last step
 * (src/build/finish-build.ts) calls it while Pagefind indexes: Workbox bundles the worker (about 2
 * s) with a placeholder for its precache list, and the list is written in once the index, part of
 * it, is there (see PRECACHE_PLACEHOLDER).
 *
 * What it caches (the lists are src/lib/offline.ts):
 * - on install: every script and stylesheet, the pages and data in PRECACHED_PAGES/PRECACHED_DATA,
 *   the manifest and icons, and Pagefind's loader (so search opens offline);
 * - as they are read: other pages (network first, so an online reader always gets the latest), and
 *   search's index chunks and synonyms (a word searched once online is found offline).
 * A page that was never read opens the offline page, which lists what is available.
 *
 * A new version installs and then waits: the page offers "Update ready: reload" and the worker takes
 * over only when the runner says so (no skipWaiting), so nothing reloads under their thumb. The
 * first install does take control of the open page (clientsClaim), so the first visit counts.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateSW, getManifest, type ManifestEntry } from 'workbox-build';
import { CACHES, OFFLINE_PAGE, PRECACHED_DATA, PRECACHED_PAGES, READ_PAGES_KEPT, SERVICE_WORKER_URL } from '../lib/offline';

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
	// The synonym shards (1,370 small files) are kept as searches fetch them (runtimeCaching below).
	'search/symptoms.json',
];

/**
 * Stands for the precache list while Workbox bundles the worker, and is replaced by the list once
 * the search index is written. Bundled by Workbox, the list would also cost Babel and Terser a
 * second at 1,000 guides (a thousand entries, most of them the quiz's method files). Terser prints
 * the placeholder as `{url:"…",revision:"…"}`; if a Workbox release printed it otherwise, the build
 * fails (fillPrecache) rather than ship a worker that precaches nothing.
 */
export const PRECACHE_PLACEHOLDER = '__precache__';

/** The entries as the precache list prints them in the worker. */
const printed = (entries: ManifestEntry[]) =>
	entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision ?? null)}}`).join(',');

/** The worker's source with the placeholder replaced by `entries`; throws unless it is there once. */
export function fillPrecache(source: string, entries: ManifestEntry[]): string {
	const placeholder = printed([{ url: PRECACHE_PLACEHOLDER, revision: PRECACHE_PLACEHOLDER }]);
	const parts = source.split(placeholder);
	if (parts.length !== 2)
		throw new Error(`The service worker holds ${parts.length - 1} placeholders for its precache list (${placeholder}), not 1.`);
	return parts.join(printed(entries));
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
	const swDest = join(distDir, SERVICE_WORKER_URL);
	const bundled = generateSW({
		swDest,
		// Without a directory Workbox writes no precache at all; with no pattern it globs nothing.
		globDirectory: distDir,
		globPatterns: [],
		additionalManifestEntries: [{ url: PRECACHE_PLACEHOLDER, revision: PRECACHE_PLACEHOLDER }],
		directoryIndex: 'index.html',
		// Pagefind asks for its entry file with ?ts=<now>: the cached copy answers that too.
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		clientsClaim: true,
		skipWaiting: false,
		cleanupOutdatedCaches: true,
		runtimeCaching: [
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkFirst',
				options: {
					cacheName: CACHES.pages,
					networkTimeoutSeconds: 4,
					expiration: { maxEntries: READ_PAGES_KEPT },
					plugins: [
						{
							// Offline and not read before: a page the runner kept, else the offline page.
							// Serialised into the worker as source: it may use only the worker's globals.
							handlerDidError: async ({ request }: { request: Request }) =>
								(await caches.match(request.url, { ignoreSearch: true })) ??
								(await caches.match('/offline/index.html', { ignoreSearch: true })),
						},
					],
				},
			},
			{
				// Pagefind's index chunks, fragments and filters, and the result cards named after
				// them (src/integrations/pagefind.ts), have hashed names: once cached, always right.
				urlPattern: /\/pagefind\/(index|fragment|filter)\/|\/search\/cards\//,
				handler: 'CacheFirst',
				options: { cacheName: CACHES.search, expiration: { maxEntries: 500 } },
			},
			{
				urlPattern: /\/(pagefind|search\/synonyms)\//,
				handler: 'NetworkFirst',
				options: { cacheName: CACHES.search, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
			},
		],
	});
	// If the index fails, the worker being bundled is not waited for: the build fails with the index's error.
	bundled.catch(() => undefined);
	await searchIndex;
	const [{ warnings }, precache] = await Promise.all([
		bundled,
		// Hashed names (under _astro/) need no revision of their own.
		getManifest({ globDirectory: distDir, globPatterns: PRECACHE, dontCacheBustURLsMatching: /^_astro\// }),
	]);
	const loader = precache.manifestEntries.filter((e) => e.url.startsWith('pagefind/')).length;
	if (loader !== SEARCH_LOADER.length) throw new Error(`Pagefind's loader is ${loader} files, not ${SEARCH_LOADER.length}.`);
	writeFileSync(swDest, fillPrecache(readFileSync(swDest, 'utf8'), precache.manifestEntries));
	for (const w of [...warnings, ...precache.warnings]) logger.warn(w);
	logger.info(
		`Service worker: ${precache.count} files precached (${Math.round(precache.size / 1024)} KB before compression); offline page ${OFFLINE_PAGE}.`,
	);
}
