/**
 * The search engine against a small model of how Pagefind finds words (written here from its
 * documented and observed behaviour, not from the engine): the index is split into chunks of
 * words in alphabetical order; for each search word Pagefind loads the one chunk whose range the
 * word falls in and matches the words of that chunk that start with it; every word must match.
 * So a root whose forms straddle two chunks finds only the forms in the first.
 */
import { expect, test } from 'vitest';
import { SearchEngine, merged, type PagefindApi, type PagefindResult } from '../../src/components/search/search-engine';
import { SynonymStore } from '../../src/lib/search-query';

interface ModelPage {
	id: string;
	url: string;
	text: string;
}

/**
 * `reachable` says whether a chunk can be fetched now (offline and not cached, it cannot): a search
 * that needs one that cannot fails, as the search worker makes it (src/components/search/index-fetches.ts).
 */
function modelPagefind(pages: ModelPage[], chunks: string[][], reachable = (_chunk: number) => true): PagefindApi {
	const words = (page: ModelPage) => page.text.split(' ');
	/** The words one search word matches: those of its chunk that start with it (or equal it, quoted). */
	const matches = (term: string, exact: boolean) => {
		const at = chunks.findIndex((c) => term <= c[c.length - 1]!);
		if (!reachable(at)) throw new Error(`chunk ${at} could not be fetched`);
		return (chunks[at] ?? []).filter((w) => (exact ? w === term : w.startsWith(term)));
	};
	const result = (page: ModelPage, matched: string[]): PagefindResult => {
		const locations = words(page).flatMap((w, i) => (matched.includes(w) ? [i] : []));
		return {
			id: page.id,
			score: locations.length,
			data: async () => ({ url: page.url, excerpt: '', content: page.text, locations, meta: {} }),
		};
	};
	return {
		options: async () => undefined,
		init: async () => undefined,
		preload: async () => undefined,
		search: async (term) => {
			if (term === null) return { results: pages.map((p) => result(p, [])) };
			const exact = /^".*"$/.test(term);
			const perWord = term
				.replace(/"/g, '')
				.split(' ')
				.map((t) => matches(t, exact));
			const found = pages.filter((p) => perWord.every((m) => words(p).some((w) => m.includes(w))));
			return { results: found.map((p) => result(p, perWord.flat())) };
		},
	};
}

const PAGES: ModelPage[] = [
	{ id: 'p1', url: '/a/', text: 'recovery soreness after a race' },
	{ id: 'p2', url: '/b/', text: 'recovered sore legs' },
	{ id: 'p3', url: '/c/', text: 'massage the calves' },
];
/** "recover" and "recovered" in one chunk, "recovery" in the next. */
const CHUNKS = [
	['a', 'after', 'calves', 'legs', 'massage', 'race', 'recover', 'recovered'],
	['recovery', 'sore', 'soreness', 'the'],
];
const engine = () => new SearchEngine(modelPagefind(PAGES, CHUNKS), new SynonymStore(async () => undefined));
const urls = async (query: string) => Promise.all((await engine().run(query, {})).hits.map(async (h) => (await h.result.data()).url));

test('a word whose root falls in an earlier chunk is still found as typed, and other forms by its root', async () => {
	// By roots alone ("recover sore") only /b/ matches: "recovery" is not in the root's chunk.
	expect((await urls('recovery soreness')).sort()).toEqual(['/a/', '/b/']);
});

test('a form the index does not hold is searched by its root', async () => {
	expect(await urls('massaged')).toEqual(['/c/']);
});

test('a word whose index chunk cannot be fetched fails the search, never "no results"; reachable again, it is found', async () => {
	const offline = new Set([1]);
	const search = new SearchEngine(
		modelPagefind(PAGES, CHUNKS, (chunk) => !offline.has(chunk)),
		new SynonymStore(async () => undefined),
	);
	await expect(search.run('soreness', {})).rejects.toThrow('could not be fetched');
	await expect(search.run('massage soreness', {})).rejects.toThrow('could not be fetched');
	// A word in a chunk at hand still answers.
	expect((await search.run('massage', {})).hits).toHaveLength(1);
	// The failed check of "soreness" is not remembered: back online, the same engine finds it.
	offline.clear();
	const found = await search.run('soreness', {});
	expect((await Promise.all(found.hits.map(async (h) => (await h.result.data()).url))).sort()).toEqual(['/a/', '/b/']);
});

test('a chunk lost only by the first search of a query (a blip) still fails it: its results would be missing', async () => {
	let fetches = 0;
	const blip = (chunk: number) => chunk !== 1 || ++fetches > 1;
	const search = new SearchEngine(modelPagefind(PAGES, CHUNKS, blip), new SynonymStore(async () => undefined));
	await expect(search.run('soreness', {})).rejects.toThrow('could not be fetched');
});

test('merged keeps each page once, scored by the first search that found it, best first', () => {
	const r = (id: string, score: number) => ({
		id,
		score,
		data: async () => ({ url: '', excerpt: '', content: '', locations: [], meta: {} }),
	});
	const out = merged([
		[r('a', 1), r('b', 5)],
		[r('a', 3), r('c', 2)],
	]);
	expect(out.map(({ id, score }) => [id, score])).toEqual([
		['b', 5],
		['c', 2],
		['a', 1],
	]);
});
