/**
 * Writes the service worker (dist/sw.js) from the built files and the search index, with Workbox's
 * generateSW, so a runner who visited once can use the site without signal. The build's last step
 * (src/build/finish-build.ts) calls it after Pagefind.
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
import { generateSW } from 'workbox-build';
import { CACHES, OFFLINE_PAGE, PRECACHED_DATA, PRECACHED_PAGES, READ_PAGES_KEPT, SERVICE_WORKER_URL } from '../lib/offline';

/** A page's built file: '/' is index.html, '/tools/today/' is tools/today/index.html. */
const pageFile = (href: string) => `${href.slice(1)}index.html`;

/** Writes `distDir/sw.js`, precaching what the built site in `distDir` holds of the lists above. */
export async function writeServiceWorker(distDir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<void> {
	const { count, size, warnings } = await generateSW({
		globDirectory: distDir,
		swDest: join(distDir, SERVICE_WORKER_URL),
		globPatterns: [
			'_astro/*.{js,css}',
			...PRECACHED_PAGES.map((p) => pageFile(p.href)),
			...PRECACHED_DATA,
			'favicon.svg',
			'manifest.webmanifest',
			'icons/*.png',
			'pagefind/pagefind.js',
			'pagefind/pagefind-entry.json',
			'pagefind/*.pf_meta',
			'pagefind/wasm.*.pagefind',
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
	for (const w of warnings) logger.warn(w);
	logger.info(`Service worker: ${count} files precached (${Math.round(size / 1024)} KB before compression); offline page ${OFFLINE_PAGE}.`);
}
