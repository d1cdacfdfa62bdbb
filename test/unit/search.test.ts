import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	cleanQuery,
	describeResults,
	fromCardWire,
	kindLabel,
	pagefindFilters,
	readSearchState,
	resultCard,
	safeResultUrl,
	searchQueryString,
} from '../../src/lib/search';

describe('search state in the URL', () => {
	test('reads the query and known filter values, ignoring the rest', () => {
		expect(readSearchState('?q=++ice%0Abath++&category=Cold&grade=E&goal=Soreness&region=%3Cb%3E&x=1')).toEqual({
			q: 'ice bath',
			filters: { category: 'Cold', goal: 'Soreness' },
		});
	});

	test('round-trips in a fixed order and drops empty parts', () => {
		const state = { q: 'foam roller', filters: { grade: 'B', category: 'Soft tissue' } };
		const query = searchQueryString(state);
		expect(query).toBe('q=foam+roller&category=Soft+tissue&grade=B');
		expect(readSearchState(query)).toEqual(state);
		expect(searchQueryString({ q: '  ', filters: {} })).toBe('');
	});

	test('caps the query length and strips control characters', () => {
		expect(cleanQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
		expect(cleanQuery('ice\u0000\tbath')).toBe('ice bath');
	});

	test('property: any query string parses without throwing into allowed values', () => {
		fc.assert(
			fc.property(fc.string(), (raw) => {
				const state = readSearchState(raw);
				expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
				// eslint-disable-next-line no-control-regex -- checks that no control character survives
				expect(state.q).not.toMatch(/[\u0000-\u001f]/);
			}),
		);
	});

	test('pagefindFilters passes only chosen filters', () => {
		expect(pagefindFilters({ category: 'Cold', goal: undefined })).toEqual({ category: 'Cold' });
	});
});

describe('result cards', () => {
	const fragment = {
		url: '/methods/ice-baths/',
		content: 'Ice baths &amp; cold tubs.   Sit for 10 minutes.',
		meta: { title: 'Ice baths &amp; cold water', grade: 'B', verdict: 'Worth trying', summary: undefined },
		filters: { kind: ['Method'], goal: ['Soreness'] },
	};

	test('a card keeps the title, kind, grade and verdict, decodes entities, and falls back to the opening words', () => {
		expect(resultCard(fragment)).toEqual({
			url: '/methods/ice-baths/',
			title: 'Ice baths & cold water',
			kind: 'Method',
			grade: 'B',
			verdict: 'Worth trying',
			summary: 'Ice baths & cold tubs. Sit for 10 minutes.',
		});
		expect(resultCard({ ...fragment, meta: { summary: 'Short answer.' } }).summary).toBe('Short answer.');
	});

	test('a page without a summary shows its first 30 words and an ellipsis, and a page without a title its address', () => {
		const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
		const card = resultCard({ url: '/about/', content: words.join(' '), meta: {} });
		expect(card.summary).toBe(`${words.slice(0, 30).join(' ')}…`);
		expect(card.title).toBe('/about/');
	});

	test('a fetched card is read only with its known fields as strings; anything else is refused', () => {
		const card = resultCard(fragment);
		expect(fromCardWire(JSON.parse(JSON.stringify(card)))).toEqual(card);
		expect(fromCardWire({ ...card, extra: '<script>' })).toEqual(card);
		for (const bad of [
			null,
			'x',
			42,
			[],
			{ ...card, url: 1 },
			{ ...card, title: undefined },
			{ ...card, grade: {} },
			{ ...card, summary: null },
		])
			expect(fromCardWire(bad)).toBeUndefined();
	});
});

describe('describeResults', () => {
	test('counts and names the filters', () => {
		expect(describeResults(0, { q: 'xyz', filters: {} })).toBe('No results for “xyz”.');
		expect(describeResults(0, { q: 'xyz', filters: {} }, { unknown: ['xyz'] })).toBe('No results for “xyz”. No guide has “xyz”.');
		expect(describeResults(1, { q: 'nap', filters: {} })).toBe('1 result for “nap”.');
		expect(describeResults(3, { q: '', filters: { category: 'Cold', grade: 'B' } })).toBe('3 results (filtered by Cold, B).');
	});

	test('says when a spelling was corrected or a word left out', () => {
		expect(describeResults(2, { q: 'plantar fascitis', filters: {} }, { corrected: [['fascitis', 'fasciitis']] })).toBe(
			'2 results for “plantar fascitis”. Searched for “fasciitis” instead of “fascitis”.',
		);
		expect(describeResults(4, { q: 'ice bath qqxjvz', filters: {} }, { unknown: ['qqxjvz'] })).toBe(
			'4 results for “ice bath qqxjvz”. Left out “qqxjvz”: no guide has it.',
		);
	});

	test('says when no page had every word and the results have some of them', () => {
		expect(describeResults(5, { q: 'ice bath sauna', filters: {} }, { mode: 'any', terms: ['ice', 'bath', 'sauna'] })).toBe(
			'5 results for “ice bath sauna”: no page has all of “ice”, “bath”, “sauna”, so these have some of them.',
		);
	});
});

test.each([
	['Method', 'Recovery method'],
	['Injury', 'Injury guide'],
	['Tool', 'Tool'],
	[undefined, 'Page'],
	['<b>', 'Page'],
])('kindLabel(%j) is %j', (kind, label) => {
	expect(kindLabel(kind)).toBe(label);
});

test.each([
	['/methods/sleep/', '/methods/sleep/'],
	['/methods/sleep/#naps', '/methods/sleep/#naps'],
	['javascript:alert(1)', '/search/'],
	['//evil.example/', '/search/'],
	['https://evil.example/', '/search/'],
])('safeResultUrl(%j) is %j', (url, safe) => {
	expect(safeResultUrl(url)).toBe(safe);
});
