/**
 * Query understanding, run in the browser before Pagefind sees the query.
 *
 * Runners type questions ("is foam rolling worth it"), brands ("theragun"), abbreviations ("DOMS",
 * "PF") and misspellings ("plantar fascitis"). Pagefind on its own matches every word as a prefix,
 * requires every word, and when a word is not in the index it backs off to the longest prefix that
 * is ("doms" becomes "do", "theragun" could become "the"). So before searching we:
 *   1. drop question and filler words, and 1-3 letter fragments that are not known short terms;
 *   2. correct words the index does not hold to the nearest word of a guide's alias or title;
 *   3. find phrases in the query that are a guide's alias or title: those guides come first.
 *
 * The aliases and titles come from /search/synonyms.json, built from the guides' frontmatter
 * (src/pages/search/synonyms.json.ts), so a new alias is a new synonym with no code change.
 *
 * Pure: no DOM, no fetch, no Pagefind. The search UI supplies what the index knows.
 */

/** Words that carry no meaning in a search: question words, auxiliaries, articles, "worth", "vs". */
export const FILLER = new Set(
	(
		'a an the is are am be been was were it its it’s this that these those there here ' +
		'i im me my mine we our us you your yours he she they them their ' +
		'do does did doing done can could should would will shall may might must ' +
		'how what whats when where which who whom whose why ' +
		'of to in on at by for from with into onto about over than then as so if or and nor but ' +
		'vs versus v compared compare comparison against same difference between ' +
		'worth worthwhile good bad better best any anything really actually ever need needed ' +
		'help helps work works use using used get getting go going make makes ' +
		'some much many more most very just also too not no yes ok please thanks ' +
		'tell know want try'
	).split(/\s+/),
);

/**
 * Short words that mean something here; any other word of one to three letters is dropped, since
 * Pagefind would match it as a prefix of unrelated words ("art" in "artery"). Aliases add theirs.
 */
export const SHORT_TERMS = new Set(
	[
		'ice nap art pf cwi cwt r8 itb smr dwr ipc wbc pbc bsi pfp pht pnf cep 2xu',
		'hot tub spa gun gel toe hip leg arm run 5k 10k acl mcl bed day off cbd tea sit ham',
	]
		.join(' ')
		.split(' '),
);

/** The most words a synonym phrase may have; longer query spans are not looked up. */
const MAX_PHRASE_WORDS = 6;
/** At most this many guides are moved to the top for one query. */
export const MAX_PINS = 3;

/**
 * Lower case, accents and apostrophes removed, every other non-letter a space: "Runner’s knee"
 * and "runners knee" are the same, as are "cross-training" and "cross training".
 */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Words ending in "s" that are not plurals: "stress", "virus", "fasciitis". */
const NOT_PLURAL = /(ss|us|is)$/;

/** A light plural stem, so "ice baths" matches the alias "ice bath" (both sides use it). */
export function stem(word: string): string {
	if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.length > 3 && word.endsWith('s') && !NOT_PLURAL.test(word)) return word.slice(0, -1);
	return word;
}

/** The shortest root searchRoot() cuts a word to: shorter roots start too many unrelated words. */
export const MIN_ROOT = 4;

/**
 * Endings cut from a word before Pagefind sees it, longest first. Pagefind matches every word as a
 * prefix, so the root "stretch" finds stretch, stretches, stretched and stretching alike.
 * Left out on purpose: "-er" ("tender" would find "tendon") and derivational endings ("-al",
 * "-ity"), whose roots drift from the meaning.
 */
const ROOT_ENDINGS = ['ness', 'ings', 'ing', 'ies', 'ied', 'ers', 'ion', 'ed', 'es', 'ly', 's', 'y', 'e'] as const;

/**
 * The prefix to search for instead of a whole word, so that other forms of it match too: the
 * index is built without a stemmer (src/integrations/pagefind.ts says why), so this stands in for
 * one. This site's rule, not a published algorithm: one ending cut (and a silent "e" before it), a
 * doubled final consonant undone ("running" stops at "runn", see MIN_ROOT), never below MIN_ROOT letters.
 * "-es" is cut only after s, x, z, ch or sh ("stretches"); elsewhere only its "s" ("shoes").
 * Words of MIN_ROOT letters or fewer are searched as typed.
 */
export function searchRoot(word: string): string {
	const ending = ROOT_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_ROOT && fitsEnding(word, e));
	if (!ending) return word;
	const root = trimmed(word.slice(0, -ending.length));
	const undoubled = /([^aeiouls])\1$/.test(root) ? root.slice(0, -1) : root;
	return undoubled.length >= MIN_ROOT ? undoubled : root;
}

/** A silent "e" left by a cut ending goes too: "massages" to "massag", which starts "massaging". */
const trimmed = (root: string) => (root.endsWith('e') && root.length > MIN_ROOT ? root.slice(0, -1) : root);

function fitsEnding(word: string, ending: string): boolean {
	if (ending === 'es') return /(s|x|z|ch|sh)es$/.test(word);
	if (ending === 's') return !NOT_PLURAL.test(word);
	if (ending === 'ion') return /(ss|ct|pt)ion$/.test(word); // compression, contraction, absorption
	return true;
}

/** A word worth searching for: not filler, and either 4+ characters or a known short term. */
export function isMeaningful(word: string, shortTerms: ReadonlySet<string> = SHORT_TERMS): boolean {
	if (FILLER.has(word)) return false;
	return [...word].length > 3 || shortTerms.has(word);
}

/** The meaningful words of a query, in order, without repeats. */
export function queryWords(raw: string, shortTerms: ReadonlySet<string> = SHORT_TERMS): string[] {
	const words = normalize(raw)
		.split(' ')
		.filter((w) => w && isMeaningful(w, shortTerms));
	return [...new Set(words)];
}

/** The lookup key of an alias, a title piece or a span of a query: its meaningful words, stemmed. */
export function phraseKey(text: string, shortTerms: ReadonlySet<string> = SHORT_TERMS): string {
	return normalize(text)
		.split(' ')
		.filter((w) => w && !FILLER.has(w) && ([...w].length > 1 || shortTerms.has(w)))
		.map(stem)
		.join(' ');
}

/** Optimal string alignment distance (edits and swaps), giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** How many typos a word of this length may have: none below 5 letters, 1 up to 7, then 2. */
export const typoAllowance = (word: string) => (word.length < 5 ? 0 : word.length < 8 ? 1 : 2);

/**
 * The synonym file: the pages that can be pinned, and each phrase key with the page it names.
 * Keys are phraseKey()s, so the browser never has to normalise 1,000 guides' aliases.
 */
export interface SynonymFile {
	pages: string[];
	terms: Record<string, number>;
}

/** A page that names itself: its URL, its title and its aliases. */
export interface NamedPage {
	url: string;
	title: string;
	aliases: readonly string[];
}

/**
 * The pieces of a title a runner might type alone: the whole title, the part before a colon or a
 * bracket, the bracketed part, and the comma-separated names in those. "Shin splints (medial
 * tibial stress syndrome)" gives "shin splints" and "medial tibial stress syndrome". A subtitle
 * after a colon is left out (it is a sentence, not a name), and "and" does not split a title:
 * "Foot and arch rolling" is not the guide for every "foot".
 */
export function titlePieces(title: string): string[] {
	const head = title.split(':')[0] ?? title;
	const inBrackets = [...head.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
	const outside = head.replace(/\([^)]*\)/g, ' ');
	const names = [outside, ...inBrackets].flatMap((part) => part.split(','));
	return [...new Set([title, head, outside, ...inBrackets, ...names].map((p) => p.trim()).filter(Boolean))];
}

/**
 * Builds the synonym file. Aliases are claimed first, then title pieces; a key two pages claim is
 * left out (neither page can be the one the runner meant), and so are empty keys.
 */
export function buildSynonyms(pages: readonly NamedPage[]): SynonymFile {
	const owners = new Map<string, Set<number>>();
	const claim = (key: string, page: number) => {
		if (!key) return;
		const set = owners.get(key) ?? new Set<number>();
		set.add(page);
		owners.set(key, set);
	};
	pages.forEach((p, i) => p.aliases.forEach((a) => claim(phraseKey(a), i)));
	const aliasKeys = new Set(owners.keys());
	pages.forEach((p, i) => titlePieces(p.title).forEach((t) => !aliasKeys.has(phraseKey(t)) && claim(phraseKey(t), i)));
	// No prototype: a query word like "constructor" must not find Object.prototype's.
	const terms = Object.create(null) as Record<string, number>;
	for (const [key, set] of [...owners].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		if (set.size === 1) terms[key] = [...set][0]!;
	}
	return { pages: pages.map((p) => p.url), terms };
}

/**
 * The file as sent: one [url, "key|key|..."] pair per page, about a third smaller than a key-to-page
 * object, which matters at 1,000 guides.
 */
export interface SynonymWire {
	v: 1;
	pages: [url: string, keys: string][];
}

/** The file as sent, with only the keys `keep` accepts (and only the pages they name). */
export function toWire(file: SynonymFile, keep: (key: string) => boolean = () => true): SynonymWire {
	return wireOf(file, Object.keys(file.terms).filter(keep));
}

/** The file as sent with only `keys`, taken in the file's order (its pages in page order). */
function wireOf(file: SynonymFile, keys: string[]): SynonymWire {
	const byPage = new Map<number, string[]>();
	for (const key of keys) {
		const page = file.terms[key]!;
		const list = byPage.get(page);
		if (list) list.push(key);
		else byPage.set(page, [key]);
	}
	const pages = [...byPage.keys()].sort((a, b) => a - b);
	return { v: 1, pages: pages.map((page): [string, string] => [file.pages[page]!, byPage.get(page)!.join('|')]) };
}

/**
 * The synonyms are sent in shards by the first two characters of the phrase, so a search fetches
 * only the shards its words start with: a few hundred bytes where one file would be tens of KB at
 * 1,000 guides, and where one shard a letter was 14 KB gzip for a two-word search at 5,000. A typo
 * can change a word's second character, so a word the index does not hold also fetches its first
 * character's shard, which has every phrase of that letter, to be corrected against.
 */
const CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
/** Shards by first character (for spelling correction), and "_" for any other first character. */
export const LETTER_SHARDS = [...CHARS, '_'];
/** Shards by first two characters ("_" for any other second character): what a search fetches first. */
export const PAIR_SHARDS = [...CHARS.flatMap((a) => [...CHARS, '_'].map((b) => a + b)), '_'];
const inAlphabet = (c: string | undefined) => c !== undefined && /^[a-z0-9]$/.test(c);
export const letterOf = (word: string) => (inAlphabet(word[0]) ? word[0]! : '_');
export const shardOf = (word: string) => (inAlphabet(word[0]) ? word[0]! + (inAlphabet(word[1]) ? word[1]! : '_') : '_');

/**
 * Every shard, by its name: the pairs and the letters ("_" is the same file in both). The keys are
 * sorted into shards in one pass: filtering all of them once per shard (1,406 shards) cost the
 * build half a second at 1,000 guides.
 */
export function toShards(file: SynonymFile): Record<string, SynonymWire> {
	const keys = Object.keys(file.terms);
	const shardsOf = (names: string[], nameOf: (key: string) => string) => {
		const byShard = new Map<string, string[]>(names.map((name) => [name, []]));
		for (const key of keys) byShard.get(nameOf(key))!.push(key);
		return names.map((name): [string, SynonymWire] => [name, wireOf(file, byShard.get(name)!)]);
	};
	return Object.fromEntries([...shardsOf(PAIR_SHARDS, shardOf), ...shardsOf(LETTER_SHARDS, letterOf)]);
}

/** Reads the fetched file; anything malformed gives undefined (search then runs without synonyms). */
export function fromWire(wire: unknown): SynonymFile | undefined {
	if (!wire || typeof wire !== 'object' || (wire as SynonymWire).v !== 1 || !Array.isArray((wire as SynonymWire).pages)) return undefined;
	const file: SynonymFile = { pages: [], terms: Object.create(null) as Record<string, number> };
	for (const entry of (wire as SynonymWire).pages) {
		if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') return undefined;
		const page = file.pages.push(entry[0]) - 1;
		for (const key of entry[1].split('|')) if (key) file.terms[key] = page;
	}
	return file;
}

/** Words the synonyms know, for spelling correction, and the short ones, which are kept. */
export interface Vocabulary {
	words: string[];
	short: Set<string>;
}

export function vocabulary(synonyms: SynonymFile | undefined): Vocabulary {
	const words = new Set<string>();
	for (const key of Object.keys(synonyms?.terms ?? {})) for (const w of key.split(' ')) words.add(w);
	const short = new Set([...SHORT_TERMS, ...[...words].filter((w) => [...w].length <= 3)]);
	return { words: [...words].sort(), short };
}

/**
 * The synonyms the browser has so far: shards are fetched as the query's words need them and
 * merged into one file. `fetchShard` is injected so this stays testable without a network.
 */
export class SynonymStore {
	readonly file: SynonymFile = { pages: [], terms: Object.create(null) as Record<string, number> };
	vocab: Vocabulary = vocabulary(undefined);
	private pageIndex = new Map<string, number>();
	private shards = new Map<string, Promise<void>>();

	constructor(private fetchShard: (shard: string) => Promise<SynonymFile | undefined>) {}

	/** Loads the shards for these words (normalised query words), once each. */
	async ensure(words: readonly string[]): Promise<void> {
		const needed = [...new Set(words.filter(Boolean).map(shardOf))];
		await Promise.all(needed.map((shard) => this.load(shard)));
	}

	/** Loads every phrase of these words' first letters, to correct a misspelling against. */
	async ensureLetters(words: readonly string[]): Promise<void> {
		const needed = [...new Set(words.filter(Boolean).map(letterOf))];
		await Promise.all(needed.map((shard) => this.load(shard)));
	}

	private load(shard: string): Promise<void> {
		let loading = this.shards.get(shard);
		if (!loading) {
			loading = this.fetchShard(shard).then(
				(part) => part && this.merge(part),
				() => undefined, // without synonyms search still works, only less well
			);
			this.shards.set(shard, loading);
		}
		return loading;
	}

	private merge(part: SynonymFile) {
		for (const [key, page] of Object.entries(part.terms)) {
			const url = part.pages[page];
			if (url === undefined) continue;
			let at = this.pageIndex.get(url);
			if (at === undefined) this.pageIndex.set(url, (at = this.file.pages.push(url) - 1));
			this.file.terms[key] = at;
		}
		this.vocab = vocabulary(this.file);
	}
}

/** Does some word the synonyms know start with this (a word still being typed)? */
export const startsKnownWord = (word: string, vocab: Vocabulary) => vocab.words.some((w) => w.startsWith(stem(word)) || w.startsWith(word));

/** The known word nearest to a misspelt one, within its typo allowance; undefined when none or a tie. */
export function correctWord(word: string, vocab: Vocabulary): string | undefined {
	const max = typoAllowance(word);
	if (max === 0) return undefined;
	const target = stem(word);
	let best: string | undefined;
	let bestDistance = max + 1;
	let tie = false;
	for (const candidate of vocab.words) {
		if (candidate.length < 4) continue;
		const d = editDistance(target, candidate, max);
		if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
		else if (d === bestDistance && d <= max) tie = true;
	}
	return bestDistance <= max && !tie ? best : undefined;
}

export interface Pin {
	/** The page's URL. */
	url: string;
	/** The words of the query that named it, as typed (after cleaning), to retrieve it with. */
	phrase: string;
}

/**
 * The pages the query names, best first: longer phrases claim their words before shorter ones,
 * and pins keep the order the runner typed them in ("cryotherapy vs ice bath": cryotherapy first).
 */
export function findPins(words: readonly string[], synonyms: SynonymFile | undefined): Pin[] {
	if (!synonyms || words.length === 0) return [];
	const stems = words.map(stem);
	const taken: boolean[] = words.map(() => false);
	const found: { at: number; pin: Pin }[] = [];
	for (let size = Math.min(MAX_PHRASE_WORDS, words.length); size >= 1; size--) {
		for (let at = 0; at + size <= words.length; at++) {
			if (taken.slice(at, at + size).some(Boolean)) continue;
			const key = stems.slice(at, at + size).join(' ');
			const page = Object.hasOwn(synonyms.terms, key) ? synonyms.terms[key] : undefined;
			const url = page === undefined ? undefined : synonyms.pages[page];
			if (!url || found.some((f) => f.pin.url === url)) continue;
			for (let k = at; k < at + size; k++) taken[k] = true;
			found.push({ at, pin: { url, phrase: words.slice(at, at + size).join(' ') } });
		}
	}
	return found
		.sort((a, b) => a.at - b.at)
		.slice(0, MAX_PINS)
		.map((f) => f.pin);
}

/** What the index says about one word, as the search UI found out from Pagefind. */
export type WordStatus = 'indexed' | 'prefix' | 'absent';

export interface QueryPlan {
	/** The words to search for, corrected, in order. */
	terms: string[];
	/** Corrections made, as [typed, used]. */
	corrected: [string, string][];
	/** Words left out because neither the index nor the synonyms know them. */
	unknown: string[];
	pins: Pin[];
}

/**
 * Turns the meaningful words and what the index knows about each into a plan: indexed words and
 * prefixes of indexed words are kept, misspelt words are corrected when a known word is close,
 * anything else is dropped (so Pagefind never backs off to a fragment of it).
 */
export function planQuery(
	words: readonly string[],
	status: (word: string) => WordStatus,
	synonyms?: SynonymFile,
	vocab = vocabulary(synonyms),
): QueryPlan {
	const terms: string[] = [];
	const corrected: [string, string][] = [];
	const unknown: string[] = [];
	const named = new Set(vocab.words);
	for (const word of words) {
		// A word of an alias is kept even when only a page's metadata holds it (DOMS on a goal page).
		if (named.has(stem(word)) || status(word) !== 'absent') terms.push(word);
		else {
			const fix = correctWord(word, vocab);
			if (fix) {
				terms.push(fix);
				corrected.push([word, fix]);
			} else unknown.push(word);
		}
	}
	return { terms: [...new Set(terms)], corrected, unknown, pins: findPins(terms, synonyms) };
}
