/**
 * Runs one search against Pagefind the way runners type: query understanding first
 * (src/lib/search-query.ts), then Pagefind, then the pages the query names moved to the top.
 *
 * Pagefind matches every word as a prefix and, for a word it does not hold, backs off to the
 * longest prefix it does ("doms" to "do"). So each word is checked on its own first: an exact
 * search ("quoted") says whether the index holds it. Short words must match whole words, so
 * results are kept only when they hold each short word exactly ("art" is not "artery").
 *
 * Pagefind gets each word's root (searchRoot: "stretches" becomes "stretch"), so other forms of
 * a word match too: the index is built without a stemmer (src/integrations/pagefind.ts says why).
 *
 * Only result handles come back; a result's card (title, summary, grade: ResultCard in
 * src/lib/search.ts) loads when it is shown or when a pinned page is looked for. Pagefind's own
 * fragments, which carry each page's whole text, load only to check a word the index may not hold.
 */
import {
	FILLER,
	MAX_PINS,
	normalize,
	planQuery,
	queryWords,
	searchRoot,
	startsKnownWord,
	type Pin,
	type QueryPlan,
	type SynonymStore,
	type WordStatus,
} from '../../lib/search-query';
import { resultCard, type FragmentFields, type ResultCard } from '../../lib/search';
import { understand, type SymptomLexicon } from '../../lib/symptoms';

/** What Pagefind's data() gives for a result: its fragment, and where the words matched. */
export interface ResultData extends FragmentFields {
	excerpt: string;
	locations: number[];
}
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}
/** Pagefind filters: a filter's name and the one value chosen for it. */
export type Filters = Record<string, string>;
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
	preload(term: string, options?: { filters?: Filters }): Promise<void>;
}

/** A result to show: Pagefind's handle, and its card once loaded (pinned pages have it already). */
export interface Hit {
	result: PagefindResult;
	card?: ResultCard;
	pinned: boolean;
}

/** A result's card; without a card file (tests, an old cache), made from Pagefind's fragment. */
export type CardLoader = (result: PagefindResult) => Promise<ResultCard>;
export const cardFromFragment: CardLoader = async (result) => resultCard(await result.data());

export interface Outcome {
	plan: QueryPlan;
	hits: Hit[];
	/** 'all': every word matched; 'any': nothing had them all, so pages with any word are shown. */
	mode: 'all' | 'any' | 'none';
	/** A described pain's guide and its first red-flag sign, shown above the results. */
	flag?: { url: string; sign: string };
}

/**
 * Ranking: a match in the title or an alias counts for much more than one in the body (Pagefind's
 * metadata search since 1.5), a word matched as a long prefix of another counts less, and long
 * guides are not penalised much for their length (they are the answers; short list pages are not).
 */
export const RANKING = {
	termSimilarity: 4,
	termFrequency: 0.6,
	pageLength: 0.5,
	termSaturation: 1.4,
	metaWeights: { title: 10, aliases: 10, summary: 1, verdict: 0.5 },
};

/**
 * How many of a phrase's results' cards are opened to find the page it names, and how many at a
 * time. A guide found by a plural of its alias ("blister" for "Blisters and black toenails") can
 * rank below pages that hold the word itself, so the search looks past the first few.
 */
const PIN_LOOKAHEAD = 9;
const PIN_BATCH = 3;

/** The words as Pagefind gets them: each cut to its root, so other forms of it match too. */
const pagefindQuery = (words: readonly string[]) => words.map(searchRoot).join(' ');

export const sameUrl = (a: string, b: string) => new URL(a, 'https://x/').pathname === new URL(b, 'https://x/').pathname;

/** The words of a page that Pagefind matched, read from its content at the match locations. */
export function matchedWords(data: Pick<ResultData, 'content' | 'locations'>): string[] {
	const words = data.content.split(/\s+/);
	return data.locations.map((l) => (words[l] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
}

export class SearchEngine {
	private statuses = new Map<string, Promise<WordStatus>>();

	constructor(
		private pagefind: PagefindApi,
		private synonyms: SynonymStore,
		/** The symptom lexicon (src/lib/symptoms.ts), fetched on the first search; none in tests that leave it out. */
		private symptoms: () => Promise<SymptomLexicon | undefined> = async () => undefined,
		readonly card: CardLoader = cardFromFragment,
	) {}

	private get vocab() {
		return this.synonyms.vocab;
	}

	/** The query's meaningful words (filler and unknown fragments dropped), synonyms loaded for them. */
	async words(query: string): Promise<string[]> {
		await this.synonyms.ensure(
			normalize(query)
				.split(' ')
				.filter((w) => w.length > 1 && !FILLER.has(w)),
		);
		return queryWords(query, this.vocab.short);
	}

	/** Starts fetching the synonyms and index chunks for the words while the reader is still typing. */
	preload(query: string, filters: Filters) {
		void this.words(query).then(async (words) => {
			if (words.length) await this.pagefind.preload(pagefindQuery(words), { filters }).catch(() => undefined);
		});
	}

	/** Whether the index holds the word, or a word it starts (cached for the session). */
	private check(word: string) {
		let known = this.statuses.get(word);
		if (!known) {
			known = this.classify(word);
			this.statuses.set(word, known);
			// Not kept when it failed (the index out of reach): the word is checked again on the next search.
			known.catch(() => this.statuses.delete(word));
		}
		return known;
	}

	private async classify(word: string): Promise<WordStatus> {
		// Quoted, Pagefind matches the word itself: no prefixes, no backing off.
		if ((await this.search(`"${word}"`, {})).length > 0) return 'indexed';
		if (word.length < 4) return 'absent';
		if (startsKnownWord(word, this.vocab)) return 'prefix';
		// Another form of an indexed word ("massaged"), or one still being typed ("eccentr")? Then
		// the best match holds a word that starts with its root; otherwise Pagefind backed off to a
		// shorter prefix and the word is not in the index.
		const root = searchRoot(word);
		const first = (await this.search(root, {}))[0];
		const words = first ? matchedWords(await first.data()) : [];
		return words.some((w) => w.startsWith(root)) ? 'prefix' : 'absent';
	}

	async run(query: string, filters: Filters): Promise<Outcome> {
		const words = await this.words(query);
		// Usually every word is in the index: search for them all while the words are checked.
		const guess = words.length ? this.search(pagefindQuery(words), filters) : undefined;
		// Awaited below only when the plan keeps the words; a failure then fails the search (never "no results").
		guess?.catch(() => undefined);
		const checked = new Map(await Promise.all(words.map(async (w) => [w, await this.check(w)] as const)));
		// A word the index lacks may be misspelt: its letter's phrases are what it is corrected against.
		await this.synonyms.ensureLetters(words.filter((w) => checked.get(w) === 'absent'));
		const plan = planQuery(words, (w) => checked.get(w) ?? 'absent', this.synonyms.file, this.vocab);
		// A red flag, a situation or a described pain (saying more than the names) may point to one page first
		// (src/lib/symptoms.ts); misspelt words are read as corrected.
		const described = [query, ...plan.corrected.map(([, used]) => used)].join(' ');
		const named = plan.pins.map((p) => p.phrase);
		const understood = understand(described, await this.symptoms().catch(() => undefined), named);
		const flag = understood?.flag ? { url: understood.url, sign: understood.flag } : undefined;
		if (understood && !plan.pins.some((p) => p.url === understood.url))
			plan.pins = [{ url: understood.url, phrase: queryWords(understood.title).join(' ') }, ...plan.pins].slice(0, MAX_PINS);
		if (plan.terms.length === 0) return { plan, hits: [], mode: 'none', flag };
		const unchanged = plan.terms.join(' ') === words.join(' ');
		const indexed = (term: string) => checked.get(term) === 'indexed';
		// Independent searches run together, so the index chunks and fragments load in parallel.
		const [shortIds, all, pins] = await Promise.all([
			this.shortWordIds(plan.terms, filters),
			this.allWords(plan.terms, indexed, filters, unchanged ? guess : undefined),
			this.pinned(plan.pins, filters),
		]);
		let mode: Outcome['mode'] = 'all';
		let results = wholeWords(all, shortIds);
		if (results.length === 0 && plan.terms.length > 1) {
			results = await this.anyWord(plan.terms, indexed, filters);
			mode = 'any';
		}
		const hits = [...pins, ...results.filter((r) => !pins.some((p) => p.result.id === r.id)).map((result) => ({ result, pinned: false }))];
		return { plan, hits, mode: hits.length ? mode : 'none', flag };
	}

	/** Filter-only browsing: every page with the chosen filters, in Pagefind's order. */
	async browse(filters: Filters): Promise<Hit[]> {
		return (await this.search(null, filters)).map((result) => ({ result, pinned: false }));
	}

	private async search(term: string | null, filters: Filters): Promise<PagefindResult[]> {
		return (await this.pagefind.search(term, { filters }))?.results ?? [];
	}

	/** For each short word, the pages that hold it as a whole word (with the filters applied). */
	private async shortWordIds(terms: string[], filters: Filters): Promise<Set<string>[]> {
		const short = terms.filter((t) => [...t].length <= 3);
		return Promise.all(short.map(async (t) => new Set((await this.search(`"${t}"`, filters)).map((r) => r.id))));
	}

	/**
	 * Pages with every word: searched by the words' roots, and again by the words as typed where the
	 * index holds them, and the two merged. Pagefind loads one index chunk per search word, the one
	 * its range falls in, so when a root's forms straddle two chunks ("recover", "recovered" in one,
	 * "recovery" in the next) the root alone misses the forms in the next chunk; the word as typed
	 * always finds its own chunk. The check for that word already loaded it, so this costs no bytes.
	 */
	private async allWords(
		terms: string[],
		indexed: (term: string) => boolean,
		filters: Filters,
		byRoots = this.search(pagefindQuery(terms), filters),
	): Promise<PagefindResult[]> {
		const asTyped = terms.map((t) => (indexed(t) ? t : searchRoot(t))).join(' ');
		if (asTyped === pagefindQuery(terms)) return byRoots;
		return merged(await Promise.all([byRoots, this.search(asTyped, filters)]));
	}

	/** Pages with any of the words (short ones whole): most words matched first, then score summed. */
	private async anyWord(terms: string[], indexed: (term: string) => boolean, filters: Filters): Promise<PagefindResult[]> {
		const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
		const lists = await Promise.all(
			terms.map((t) => ([...t].length <= 3 ? this.search(`"${t}"`, filters) : this.allWords([t], indexed, filters))),
		);
		for (const result of lists.flat()) {
			const seen = tally.get(result.id) ?? { result, words: 0, score: 0 };
			tally.set(result.id, { result: seen.result, words: seen.words + 1, score: seen.score + result.score });
		}
		return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((t) => t.result);
	}

	/** The pages the query names, found by searching each naming phrase and opening its top results. */
	private async pinned(pins: Pin[], filters: Filters): Promise<Hit[]> {
		const found = await Promise.all(pins.map((pin) => this.findPage(pin, filters)));
		return found.filter((h): h is Hit => h !== undefined);
	}

	private async findPage(pin: Pin, filters: Filters): Promise<Hit | undefined> {
		const results = (await this.search(pagefindQuery(pin.phrase.split(' ')), filters)).slice(0, PIN_LOOKAHEAD);
		for (let from = 0; from < results.length; from += PIN_BATCH) {
			const batch = results.slice(from, from + PIN_BATCH);
			const cards = await Promise.all(batch.map((result) => this.card(result)));
			const at = cards.findIndex((card) => sameUrl(card.url, pin.url));
			if (at >= 0) return { result: batch[at]!, card: cards[at]!, pinned: true };
		}
		return undefined;
	}
}

/**
 * One list of several searches' results, best first: each page once, scored by the first list that
 * has it (the roots' search ranks; a later list only adds the pages it alone found).
 */
export function merged(lists: readonly PagefindResult[][]): PagefindResult[] {
	const first = new Map<string, PagefindResult>();
	for (const result of lists.flat()) if (!first.has(result.id)) first.set(result.id, result);
	return [...first.values()].sort((a, b) => b.score - a.score);
}

/** Drops results that hold a short word only as the start of a longer one. */
function wholeWords(results: PagefindResult[], shortIds: Set<string>[]): PagefindResult[] {
	return results.filter((r) => shortIds.every((ids) => ids.has(r.id)));
}
