import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	FILLER,
	MIN_ROOT,
	LETTER_SHARDS,
	PAIR_SHARDS,
	letterOf,
	SHORT_TERMS,
	SynonymStore,
	buildSynonyms,
	correctWord,
	editDistance,
	findPins,
	fromWire,
	normalize,
	phraseKey,
	planQuery,
	queryWords,
	searchRoot,
	stem,
	shardOf,
	titlePieces,
	toShards,
	toWire,
	vocabulary,
	type NamedPage,
	type WordStatus,
} from '../../src/lib/search-query';

const PAGES: NamedPage[] = [
	{ url: '/methods/foam-rolling/', title: 'Foam rolling', aliases: ['foam roller', 'SMR'] },
	{
		url: '/methods/massage-sticks/',
		title: 'Massage sticks, handheld rollers, massage guns and massage',
		aliases: ['Theragun', 'R8 roller', 'The Stick'],
	},
	{ url: '/methods/ice-baths/', title: 'Ice baths and contrast baths', aliases: ['ice bath', 'CWI'] },
	{ url: '/methods/cryotherapy/', title: 'Cryotherapy chambers', aliases: ['cryotherapy', 'cryo'] },
	{ url: '/injuries/plantar-heel-pain/', title: 'Plantar heel pain (plantar fasciitis)', aliases: ['plantar fasciitis', 'PF'] },
	{ url: '/injuries/shin-pain/', title: 'Shin splints (medial tibial stress syndrome)', aliases: ['shin splints', 'sore shins'] },
	{
		url: '/after-the-race/',
		title: 'After the race: when to run, train and race again',
		aliases: ['marathon recovery', 'day after marathon'],
	},
];
const SYNONYMS = buildSynonyms(PAGES);
const VOCAB = vocabulary(SYNONYMS);

describe('normalize and stem', () => {
	test.each([
		['Runner’s Knee', 'runners knee'],
		['cross-training', 'cross training'],
		['  Épsom   SALTS!! ', 'epsom salts'],
		['2XU / CEP', '2xu cep'],
	])('normalize(%j) is %j', (raw, out) => {
		expect(normalize(raw)).toBe(out);
	});

	test.each([
		['baths', 'bath'],
		['injuries', 'injury'],
		['fasciitis', 'fasciitis'],
		['stress', 'stress'],
		['gas', 'gas'],
	])('stem(%j) is %j', (word, out) => {
		expect(stem(word)).toBe(out);
	});
});

describe('searchRoot: the prefix searched for, so other forms of a word match too', () => {
	/**
	 * Forms a runner might type or a guide might use, written out by hand (not derived from the
	 * rules): searching any form must find every other, so each form's root must start all of them.
	 */
	const FAMILIES = [
		['stretch', 'stretches', 'stretched', 'stretching'],
		['sore', 'soreness'],
		['recover', 'recovery', 'recovered', 'recovering'],
		['injury', 'injuries', 'injured'],
		['massage', 'massaged', 'massaging', 'massages'],
		['roll', 'rolls', 'rolled', 'rolling'],
		['rollers', 'roller'],
		['compress', 'compression', 'compressed', 'compressing'],
		['sleep', 'sleeping', 'sleeps'],
		['swim', 'swimming'],
		['ankle', 'ankles'],
		['knee', 'knees'],
		['shoe', 'shoes'],
		['blister', 'blisters'],
		['heat', 'heated', 'heating'],
		['cramp', 'cramps', 'cramping'],
		['sprain', 'sprained', 'sprains'],
		['therapy', 'therapies'],
		['stocking', 'stockings'],
	];

	test.each(FAMILIES)('every form of "%s" finds every other', (...family) => {
		for (const form of family)
			for (const other of family) expect(other.startsWith(searchRoot(form)), `${form} -> ${searchRoot(form)} misses ${other}`).toBe(true);
	});

	test.each([
		['tender', 'tender'], // not "tend", which starts "tendon"
		['running', 'runn'], // "run" is a short term, matched whole
		['fasciitis', 'fasciitis'],
		['stress', 'stress'],
		['doms', 'doms'],
		['legs', 'legs'],
		['hydration', 'hydration'], // "-ion" only after ss, ct or pt
		['iced', 'iced'],
	])('searchRoot(%j) is %j', (word, root) => {
		expect(searchRoot(word)).toBe(root);
	});

	test('a root starts its word, is never shorter than MIN_ROOT letters unless the word is, and words that short are searched as typed', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (word) => {
				const root = searchRoot(word);
				expect(word.startsWith(root)).toBe(true);
				expect(root.length).toBeGreaterThanOrEqual(Math.min(word.length, MIN_ROOT));
				if (word.length <= MIN_ROOT) expect(root).toBe(word);
			}),
		);
	});
});

describe('queryWords drops question and filler words and unknown fragments', () => {
	test.each([
		['is foam rolling worth it', ['foam', 'rolling']],
		['DOMS', ['doms']],
		['how do I treat shin splints', ['treat', 'shin', 'splints']],
		['should I use an ice bath vs cryotherapy', ['ice', 'bath', 'cryotherapy']],
		['is cryotherapy the same as a 45 minute ice bath', ['cryotherapy', 'minute', 'ice', 'bath']],
		['R8', ['r8']],
		['ART therapy', ['art', 'therapy']],
		['nap', ['nap']],
		['PF', ['pf']],
		['CWI', ['cwi']],
		['a b c xy', []],
		['the the the', []],
	])('%j gives %j', (raw, words) => {
		expect(queryWords(raw)).toEqual(words);
	});

	test('short words an alias uses are kept once the synonyms are known', () => {
		expect(queryWords('SMR', new Set())).toEqual([]);
		expect(queryWords('SMR', VOCAB.short)).toEqual(['smr']);
	});
});

describe('phrase keys and title pieces', () => {
	test('match as the search compares: case, punctuation, filler words and plurals ignored', () => {
		expect(phraseKey('The Stick')).toBe('stick');
		expect(phraseKey('Ice baths')).toBe(phraseKey('ice bath'));
		expect(phraseKey("runner's knee")).toBe(phraseKey('Runners knee'));
		expect(phraseKey('When can I run after a marathon?')).toBe('run after marathon');
	});

	test('a title gives its name, its bracketed name and its comma-separated names, not its subtitle', () => {
		expect(titlePieces('Shin splints (medial tibial stress syndrome)')).toEqual(
			expect.arrayContaining(['Shin splints', 'medial tibial stress syndrome']),
		);
		expect(titlePieces('Massage sticks, handheld rollers, massage guns and massage')).toEqual(expect.arrayContaining(['handheld rollers']));
		expect(titlePieces('After the race: when to run, train and race again').map((p) => phraseKey(p))).not.toContain('run');
		expect(titlePieces('Foot and arch rolling').map((p) => phraseKey(p))).not.toContain('foot');
	});
});

describe('buildSynonyms', () => {
	test('maps aliases and title pieces to their page', () => {
		expect(SYNONYMS.pages[SYNONYMS.terms['foam roller']!]).toBe('/methods/foam-rolling/');
		expect(SYNONYMS.pages[SYNONYMS.terms['shin splint']!]).toBe('/injuries/shin-pain/');
		expect(SYNONYMS.pages[SYNONYMS.terms['handheld roller']!]).toBe('/methods/massage-sticks/');
	});

	test('drops a key two pages claim, and lets an alias win over another page’s title piece', () => {
		const file = buildSynonyms([
			{ url: '/a/', title: 'Alpha', aliases: ['shared name', 'beta'] },
			{ url: '/b/', title: 'Beta', aliases: ['Shared names'] },
		]);
		expect(file.terms['shared name']).toBeUndefined();
		expect(file.pages[file.terms.beta!]).toBe('/a/');
	});

	test('round-trips through the compact file format, and rejects anything malformed', () => {
		expect(fromWire(JSON.parse(JSON.stringify(toWire(SYNONYMS))))).toEqual(SYNONYMS);
		for (const junk of [null, 3, 'x', {}, { v: 2, pages: [] }, { v: 1, pages: [[1, 'a']] }, { v: 1, pages: 'x' }])
			expect(fromWire(junk)).toBeUndefined();
	});
});

describe('shards', () => {
	const shards = toShards(SYNONYMS);

	test('every key lands in the shard of its first two characters and in that of its first, and every shard exists', () => {
		expect(Object.keys(shards).sort()).toEqual([...new Set([...PAIR_SHARDS, ...LETTER_SHARDS])].sort());
		expect(PAIR_SHARDS).toHaveLength(36 * 37 + 1);
		expect([shardOf('foam roller'), letterOf('foam roller')]).toEqual(['fo', 'f']);
		expect([shardOf('2xu'), shardOf('r8'), shardOf('a-b'), shardOf('x')]).toEqual(['2x', 'r8', 'a_', 'x_']);
		expect([shardOf('ßport'), letterOf('ßport')]).toEqual(['_', '_']);
		const keysIn = (shard: string) => shards[shard]!.pages.flatMap(([, keys]) => keys.split('|'));
		for (const shard of PAIR_SHARDS) for (const key of keysIn(shard)) expect(shardOf(key)).toBe(shard);
		for (const shard of LETTER_SHARDS) for (const key of keysIn(shard)) expect(letterOf(key)).toBe(shard);
		// Each key is in exactly one pair shard and one letter shard.
		const all = Object.keys(SYNONYMS.terms).sort();
		expect(PAIR_SHARDS.flatMap(keysIn).sort()).toEqual(all);
		expect(LETTER_SHARDS.flatMap(keysIn).sort()).toEqual(all);
	});

	test('the store fetches only the shards a query needs, once each, and merges them', async () => {
		const fetched: string[] = [];
		const store = new SynonymStore(async (shard) => {
			fetched.push(shard);
			return fromWire(JSON.parse(JSON.stringify(shards[shard])));
		});
		await store.ensure(['cryotherapy', 'ice', 'bath']);
		await store.ensure(['ice', 'cwi']);
		expect(fetched.sort()).toEqual(['ba', 'cr', 'cw', 'ic']);
		expect(findPins(['cryotherapy', 'ice', 'bath'], store.file).map((p) => p.url)).toEqual([
			'/methods/cryotherapy/',
			'/methods/ice-baths/',
		]);
		expect(store.vocab.short.has('cwi')).toBe(true);
	});

	test("a misspelt word loads its letter's shard, so it can be corrected against every phrase of that letter", async () => {
		const store = new SynonymStore(async (shard) => fromWire(JSON.parse(JSON.stringify(shards[shard]))));
		await store.ensure(['cyrotherapy']);
		expect(correctWord('cyrotherapy', store.vocab)).toBeUndefined();
		await store.ensureLetters(['cyrotherapy']);
		expect(correctWord('cyrotherapy', store.vocab)).toBe('cryotherapy');
	});

	test('a shard that fails to load leaves search without those synonyms, not broken', async () => {
		const store = new SynonymStore(async () => {
			throw new Error('offline');
		});
		await expect(store.ensure(['foam'])).resolves.toBeUndefined();
		expect(findPins(['foam', 'roller'], store.file)).toEqual([]);
	});
});

describe('findPins', () => {
	test.each([
		['foam roller', ['/methods/foam-rolling/']],
		['theragun', ['/methods/massage-sticks/']],
		['cryotherapy ice bath', ['/methods/cryotherapy/', '/methods/ice-baths/']],
		['ice bath cryotherapy', ['/methods/ice-baths/', '/methods/cryotherapy/']],
		['day after marathon', ['/after-the-race/']],
		['sore shins running', ['/injuries/shin-pain/']],
		['constructor prototype', []],
	])('%j pins %j', (query, urls) => {
		expect(findPins(queryWords(query, VOCAB.short), SYNONYMS).map((p) => p.url)).toEqual(urls);
	});

	test('the longest phrase claims its words first', () => {
		const file = buildSynonyms([
			{ url: '/plantar/', title: 'Plantar', aliases: ['plantar fasciitis'] },
			{ url: '/fasciitis/', title: 'Fasciitis', aliases: ['fasciitis'] },
		]);
		expect(findPins(['plantar', 'fasciitis'], file).map((p) => p.url)).toEqual(['/plantar/']);
	});
});

describe('spelling', () => {
	test.each([
		['abc', 'abd', 1, 1],
		['fascitis', 'fasciitis', 2, 1],
		['achillies', 'achilles', 2, 1],
		['form', 'from', 1, 1],
		['kitten', 'sitting', 1, 2],
	])('editDistance(%j, %j) within %i is %i', (a, b, max, d) => {
		expect(editDistance(a, b, max)).toBe(d);
	});

	test('corrects a misspelt word to the nearest known word, and leaves short or far ones alone', () => {
		expect(correctWord('fascitis', VOCAB)).toBe('fasciitis');
		expect(correctWord('theragum', VOCAB)).toBe('theragun');
		expect(correctWord('icee', VOCAB)).toBeUndefined();
		expect(correctWord('zzzzzzzz', VOCAB)).toBeUndefined();
	});
});

describe('planQuery', () => {
	const status = (known: Record<string, WordStatus>) => (w: string) => known[w] ?? 'absent';

	test('keeps indexed words and prefixes, corrects misspellings, and drops the rest', () => {
		const plan = planQuery(['plantar', 'fascitis', 'qqxjvz', 'eccentr'], status({ plantar: 'indexed', eccentr: 'prefix' }), SYNONYMS);
		expect(plan.terms).toEqual(['plantar', 'fasciitis', 'eccentr']);
		expect(plan.corrected).toEqual([['fascitis', 'fasciitis']]);
		expect(plan.unknown).toEqual(['qqxjvz']);
		expect(plan.pins.map((p) => p.url)).toEqual(['/injuries/plantar-heel-pain/']);
	});

	test('keeps a word an alias names even when only a page’s metadata holds it', () => {
		expect(planQuery(['smr'], status({}), SYNONYMS).terms).toEqual(['smr']);
	});
});

describe('properties', () => {
	const text = fc.oneof(
		fc.string(),
		fc.stringMatching(/^[a-zA-Z0-9 '’-]{0,40}$/),
		fc.constantFrom(...FILLER, ...SHORT_TERMS, 'foam roller', 'ice bath'),
	);
	const short = VOCAB.short;

	test('queryWords never throws and never returns a 1-3 letter fragment unless it is a known short term', () => {
		fc.assert(
			fc.property(text, (raw) => {
				for (const word of queryWords(raw, short)) {
					expect(word).not.toBe('');
					if ([...word].length <= 3) expect(short.has(word)).toBe(true);
					expect(FILLER.has(word)).toBe(false);
				}
			}),
		);
	});

	test('queryWords is idempotent', () => {
		fc.assert(
			fc.property(text, (raw) => {
				const once = queryWords(raw, short);
				expect(queryWords(once.join(' '), short)).toEqual(once);
			}),
		);
	});

	test('planning never throws, pins only known pages and pins each page once', () => {
		fc.assert(
			fc.property(text, fc.constantFrom<WordStatus>('indexed', 'prefix', 'absent'), (raw, known) => {
				const plan = planQuery(queryWords(raw, short), () => known, SYNONYMS, VOCAB);
				const urls = plan.pins.map((p) => p.url);
				expect(new Set(urls).size).toBe(urls.length);
				for (const url of urls) expect(SYNONYMS.pages).toContain(url);
			}),
		);
	});
});
