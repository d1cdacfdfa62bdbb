/**
 * Pagefind fetches one index chunk per word it looks up, and when a chunk cannot be fetched (no
 * connection, the site out of reach, an index replaced by a newer build) it logs the failure and
 * answers as if the word were not in the index. That "no results" is false, so the search worker
 * (./pagefind-worker.ts) watches those fetches: a search that lost a chunk fails, and the page says
 * search needs a connection instead. `navigator.onLine` cannot tell this apart: it stays true on a
 * network without internet, a race venue's wifi for one.
 */

/** Pagefind's word index and filter chunks: a search without one of them answers wrongly. */
const INDEX_CHUNK = /\/pagefind\/(index|filter)\//;

export const INDEX_UNREACHABLE = 'Part of the search index could not be fetched.';

/** A fetch that counts the index chunks it could not get, and a way to run a search that fails on one. */
export function watchIndexFetches(fetch: typeof globalThis.fetch) {
	let misses = 0;
	const watched: typeof globalThis.fetch = async (input, init) => {
		const chunk = INDEX_CHUNK.test(input instanceof Request ? input.url : String(input));
		try {
			const response = await fetch(input, init);
			if (chunk && !response.ok) misses++;
			return response;
		} catch (error) {
			if (chunk) misses++;
			throw error;
		}
	};
	return {
		fetch: watched,
		/**
		 * Runs a search and rejects if an index chunk could not be fetched while it ran. Searches that
		 * overlap it may have lost that chunk too, so they fail with it: a cautious answer, never a wrong one.
		 */
		async complete<T>(search: () => Promise<T>): Promise<T> {
			const before = misses;
			const result = await search();
			if (misses > before) throw new Error(INDEX_UNREACHABLE);
			return result;
		},
	};
}
