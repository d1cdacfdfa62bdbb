/**
 * Pagefind, run in a worker of our own (pagefind-worker.ts) and used from the page through the
 * same PagefindApi the search engine uses, so nothing else knows where it runs.
 *
 * Why our own worker and not Pagefind's: Pagefind's worker mode loads two scripts, pagefind.js on
 * the page and pagefind-worker.js in the worker, 25 KB gzip in all, because pagefind.js keeps its
 * whole search code as a fallback. Our worker loads pagefind.js alone (13 KB) and runs it there
 * with `noWorker`, so the WebAssembly start-up and every search still stay off the page's main
 * thread (without a worker, Lighthouse on /search/?q=foam+roller scored 86-91) for half the script.
 *
 * The protocol is one request, one answer: `{ id, op, ... }` in, `{ id, value }` or `{ id, error }`
 * out. Result handles stay in the worker; a result's data() asks for its fragment by result id.
 */
import type { Filters, PagefindApi, PagefindResult, ResultData } from './search-engine';

/**
 * Imports Pagefind's own script, on the page or in the worker: the one place its address is. The
 * URL is built at run time so the bundler leaves the script alone.
 */
export const importPagefind = (origin: string) =>
	import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', origin).href) as Promise<PagefindApi>;

/** What the page asks the worker to do. */
export type Request =
	| { op: 'options'; options: Record<string, unknown> }
	| { op: 'init' }
	| { op: 'search'; term: string | null; filters: Filters }
	| { op: 'preload'; term: string; filters: Filters }
	| { op: 'data'; result: string };

/** A search result as it crosses to the page: its data() is a request of its own. */
export interface RemoteResult {
	id: string;
	score: number;
}

export type Answer = { id: number; value: unknown } | { id: number; error: string };

/** The page's side: a PagefindApi whose every call is a message to the worker. */
export function remotePagefind(worker: Worker): PagefindApi {
	const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	let next = 0;
	worker.addEventListener('message', ({ data }: MessageEvent<Answer>) => {
		const call = pending.get(data.id);
		pending.delete(data.id);
		if ('error' in data) call?.reject(new Error(data.error));
		else call?.resolve(data.value);
	});
	// A worker that fails to load or crashes answers nothing more: fail every waiting call.
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		for (const call of pending.values()) call.reject(new Error(`The search worker failed: ${event.message || 'it did not load'}`));
		pending.clear();
	});
	const ask = <T>(request: Request) =>
		new Promise<T>((resolve, reject) => {
			const id = next++;
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			worker.postMessage({ id, ...request });
		});
	const handle = ({ id, score }: RemoteResult): PagefindResult => ({ id, score, data: () => ask<ResultData>({ op: 'data', result: id }) });
	return {
		options: (options) => ask({ op: 'options', options }),
		init: () => ask({ op: 'init' }),
		preload: (term, options) => ask({ op: 'preload', term, filters: options?.filters ?? {} }),
		search: async (term, options) => {
			const results = await ask<RemoteResult[] | null>({ op: 'search', term, filters: options?.filters ?? {} });
			return results ? { results: results.map(handle) } : null;
		},
	};
}
