/**
 * The search worker's watch on Pagefind's fetches (src/components/search/index-fetches.ts): a
 * search during which an index or filter chunk could not be fetched fails; other files failing,
 * or a chunk failing before or after it, do not fail it. A hand-written fetch plays the network.
 */
import { expect, test } from 'vitest';
import { INDEX_UNREACHABLE, watchIndexFetches } from '../../src/components/search/index-fetches';

/** A network where the listed paths fail (thrown, as offline) or answer 404; everything else answers 200. */
function network(down: Record<string, 'offline' | 404>) {
	return async (input: RequestInfo | URL) => {
		const path = new URL(input instanceof Request ? input.url : String(input), 'https://site.test').pathname;
		if (down[path] === 'offline') throw new TypeError('Failed to fetch');
		return new Response('x', { status: down[path] === 404 ? 404 : 200 });
	};
}

/** Pagefind's way with a chunk: fetched, and a failure logged and swallowed. */
const pagefindLoads = (fetch: typeof globalThis.fetch, url: string) =>
	fetch(url)
		.then((r) => {
			if (!r.ok) throw new Error(`${r.status}`);
		})
		.catch(() => undefined);

test('a search that could not fetch an index chunk fails; one that fetched its chunks succeeds', async () => {
	const index = watchIndexFetches(network({ '/pagefind/index/en_b.pf_index': 'offline' }));
	await expect(index.complete(async () => (await pagefindLoads(index.fetch, '/pagefind/index/en_a.pf_index'), 'found'))).resolves.toBe(
		'found',
	);
	await expect(index.complete(() => pagefindLoads(index.fetch, '/pagefind/index/en_b.pf_index'))).rejects.toThrow(INDEX_UNREACHABLE);
	// The failure belonged to that search: the next one, with its chunk at hand, succeeds.
	await expect(index.complete(() => pagefindLoads(index.fetch, 'https://site.test/pagefind/index/en_a.pf_index'))).resolves.toBeUndefined();
});

test('a filter chunk answering 404 (an index replaced by a newer build) fails the search too', async () => {
	const index = watchIndexFetches(network({ '/pagefind/filter/en_f.pf_filter': 404 }));
	await expect(
		index.complete(() => pagefindLoads(index.fetch, new Request('https://site.test/pagefind/filter/en_f.pf_filter').url)),
	).rejects.toThrow(INDEX_UNREACHABLE);
});

test('other files failing do not fail a search, and the watched fetch passes answers and errors through unchanged', async () => {
	const index = watchIndexFetches(network({ '/pagefind/fragment/en_x.pf_fragment': 'offline', '/search/cards/x.json': 404 }));
	await expect(
		index.complete(async () => {
			await pagefindLoads(index.fetch, '/pagefind/fragment/en_x.pf_fragment');
			return (await index.fetch('/search/cards/x.json')).status;
		}),
	).resolves.toBe(404);
	await expect(index.fetch('/pagefind/fragment/en_x.pf_fragment')).rejects.toThrow('Failed to fetch');
	expect(await (await index.fetch(new Request('https://site.test/pagefind/index/en_a.pf_index'))).text()).toBe('x');
});
