/**
 * Writes the service worker (dist/sw.js) from the built files and the search index, with Workbox's
 * generateSW, so a runner who visited once can use the site without signal. The build's last step
 * (src/build/finish-build.ts) calls it while Pagefind indexes: Workbox bundles the worker (about 2
 * s at 1,000 guides) with a placeholder where the search loader's entries go, and they are written in
 * once the index is there (see SEARCH_LOADER_PLACEHOLDER).
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

/** Pagefind's loader, which search needs to open offline: written by Pagefind, so precached last. */
const SEARCH_LOADER = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind'];

/**
 * Stands in the precache list for the search loader's entries while Workbox bundles the worker, and
 * is replaced by them once the index is written. Terser prints it as `{url:"…",revision:"…"}`; if a
 * Workbox release printed it otherwise, the build fails (fillSearchLoader) rather than ship a worker
 * without the loader.
 */
export const SEARCH_LOADER_PLACEHOLDER = '__search_loader__';

/** The entries as the precache list prints them in the worker. */
const printed = (entries: ManifestEntry[]) =>
	entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision ?? null)}}`).join(',');

/** The worker's source with the placeholder replaced by `entries`; throws unless it is there once. */
export function fillSearchLoader(source: string, entries: ManifestEntry[]): string {
	const placeholder = printed([{ url: SEARCH_LOADER_PLACEHOLDER, revision: SEARCH_LOADER_PLACEHOLDER }]);
	const parts = source.split(placeholder);
	if (parts.length !== 2)
		throw new Error(`The service worker holds ${parts.length - 1} placeholders for the search loader (${placeholder}), not 1.`);
	return parts.join(printed(entries));
}

/**
 * Writes `distDir/sw.js`, precaching what the built site in `distDir` holds of the lists above;
 * bundles the worker at once and adds the search loader when `searchIndex` (Pagefind writing it) is done.
 */
export async function writeServiceWorker(
	distDir: string,
	searchIndex: Promise<void>,
	logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
): Promise<void> {
	const swDest = join(distDir, SERVICE_WORKER_URL);
	const bundled = generateSW({
		globDirectory: distDir,
		swDest,
		additionalManifestEntries: [{ url: SEARCH_LOADER_PLACEHOLDER, revision: SEARCH_LOADER_PLACEHOLDER }],
		globPatterns: [
			'_astro/*.{js,css}',
			...PRECACHED_PAGES.map((p) => pageFile(p.href)),
			...PRECACHED_DATA,
			'favicon.svg',
			'manifest.webmanifest',
			'icons/*.png',
			// The synonym shards (1,370 small files) are kept as searches fetch them, below.
			'search/symptoms.json',
		],
		// Hashed names need no revision of their own.
		dontCacheBustURLsMatching: /^_astro\//,
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
	const [{ count, size, warnings }, loader] = await Promise.all([
		bundled,
		getManifest({ globDirectory: distDir, globPatterns: SEARCH_LOADER }),
	]);
	if (loader.count !== SEARCH_LOADER.length) throw new Error(`Pagefind's loader is ${loader.count} files, not ${SEARCH_LOADER.length}.`);
	writeFileSync(swDest, fillSearchLoader(readFileSync(swDest, 'utf8'), loader.manifestEntries));
	for (const w of [...warnings, ...loader.warnings]) logger.warn(w);
	logger.info(
		`Service worker: ${count - 1 + loader.count} files precached (${Math.round((size + loader.size) / 1024)} KB before compression); offline page ${OFFLINE_PAGE}.`,
	);
}
