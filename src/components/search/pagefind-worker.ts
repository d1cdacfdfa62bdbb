/// <reference lib="webworker" />
/**
 * The worker that runs Pagefind off the page's main thread (pagefind-remote.ts says why and
 * defines the messages). It loads /pagefind/pagefind.js on the first request and tells it to
 * run right here (`noWorker`) rather than start a worker of its own.
 *
 * A search during which an index chunk could not be fetched fails (./index-fetches.ts says why).
 *
 * Result handles are kept by result id (a page's fragment hash, so at most one per page) for the
 * data() requests that follow a search.
 */
import type { PagefindApi, PagefindResult } from './search-engine';
import { importPagefind, type Answer, type RemoteResult, type Request } from './pagefind-remote';
import { watchIndexFetches } from './index-fetches';

declare const self: DedicatedWorkerGlobalScope;

let pagefind: Promise<PagefindApi> | undefined;
const results = new Map<string, PagefindResult>();

// Pagefind calls the global fetch: watched, a search that lost an index chunk fails instead of finding nothing.
const index = watchIndexFetches(self.fetch.bind(self));
self.fetch = index.fetch;

const load = () => (pagefind ??= importPagefind(self.location.origin));

async function answer(request: Request): Promise<unknown> {
	const api = await load();
	switch (request.op) {
		case 'options':
			return api.options({ ...request.options, noWorker: true });
		case 'init':
			return api.init();
		case 'preload':
			return api.preload(request.term, { filters: request.filters });
		case 'search': {
			const found = await index.complete(() => api.search(request.term, { filters: request.filters }));
			if (!found) return null;
			for (const result of found.results) results.set(result.id, result);
			return found.results.map(({ id, score }): RemoteResult => ({ id, score }));
		}
		case 'data': {
			const result = results.get(request.result);
			if (!result) throw new Error(`No search result ${request.result} to open.`);
			return result.data();
		}
	}
}

self.addEventListener('message', ({ data }: MessageEvent<Request & { id: number }>) => {
	answer(data).then(
		(value): void => self.postMessage({ id: data.id, value } satisfies Answer),
		// Passed back, not swallowed: the page's promise for this request rejects with it.
		(error: unknown): void =>
			self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) } satisfies Answer),
	);
});
