/**
 * The service worker's source (served as /sw.js; ./register-worker.ts registers it). The build's
 * last step (src/integrations/service-worker.ts) bundles it with Workbox's modules and writes the
 * precache list in where `self.__WB_MANIFEST` stands, once the search index is there.
 *
 * - On install: the precache list (what src/integrations/service-worker.ts globs).
 * - Pages: network first, so an online reader always gets the latest; offline, a page read before,
 *   else one the runner kept, else the offline page, which lists what is available.
 * - Search: the index chunks, fragments and result cards have hashed names (once cached, always
 *   right); its other files and the synonym shards are kept as searches fetch them, so a word
 *   searched once online is found offline.
 *
 * A new version installs and then waits: the page offers "Update ready: reload" (./update-offer.ts
 * sends SKIP_WAITING) and the worker takes over only when the runner says so, so nothing reloads
 * under their thumb. The first install does take control of the open page (clientsClaim), so the
 * first visit counts.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
// The names only: ../../lib/offline.ts would bring the tool registry into the worker.
import { CACHES, OFFLINE_PAGE, READ_PAGES_KEPT, SKIP_WAITING_MESSAGE } from '../../lib/offline-names';

/** What this file uses of the worker's global scope (the site's type check knows the page's, not a worker's). */
declare const self: {
	/** The precache list: the build writes it in here (a worker without it fails the build). */
	__WB_MANIFEST: PrecacheEntry[];
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

const NETWORK_TIMEOUT_SECONDS = 4;

self.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === SKIP_WAITING_MESSAGE.type) void self.skipWaiting();
});
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
	directoryIndex: 'index.html',
	// Pagefind asks for its entry file with ?ts=<now>: the cached copy answers that too.
	ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});
cleanupOutdatedCaches();

registerRoute(
	({ request }) => request.mode === 'navigate',
	new NetworkFirst({
		cacheName: CACHES.pages,
		networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
		plugins: [
			new ExpirationPlugin({ maxEntries: READ_PAGES_KEPT }),
			{
				// Offline and not read before: a page the runner kept, else the offline page.
				handlerDidError: async ({ request }) =>
					(await caches.match(request.url, { ignoreSearch: true })) ??
					(await caches.match(`${OFFLINE_PAGE}index.html`, { ignoreSearch: true })),
			},
		],
	}),
);
// Pagefind's index chunks, fragments and filters, and the result cards named after them
// (src/integrations/pagefind.ts), have hashed names: once cached, always right.
registerRoute(
	/\/pagefind\/(index|fragment|filter)\/|\/search\/cards\//,
	new CacheFirst({ cacheName: CACHES.search, plugins: [new ExpirationPlugin({ maxEntries: 500 })] }),
);
registerRoute(
	/\/(pagefind|search\/synonyms)\//,
	new NetworkFirst({ cacheName: CACHES.search, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, matchOptions: { ignoreSearch: true } }),
);
