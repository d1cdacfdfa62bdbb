/**
 * Lists cut into pages by weight (src/lib/listing.ts): order kept, nothing lost or repeated, no
 * page over the limit unless one item alone is, and page objects that number and link correctly.
 * The invariants are checked here by counting, not by the code under test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CITERS_SHOWN, listPage, pagesByWeight, studyWeight } from '../../src/lib/listing';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('pagesByWeight', () => {
	test('fills pages in order up to the limit', () => {
		expect(pagesByWeight([3, 3, 3, 1, 5], (x) => x, 6)).toEqual([[3, 3], [3, 1], [5]]);
	});
	test('an item heavier than the limit gets a page of its own', () => {
		expect(pagesByWeight([1, 50, 1], (x) => x, 10)).toEqual([[1], [50], [1]]);
	});
	test('an empty list is one empty page', () => {
		expect(pagesByWeight([], () => 1, 10)).toEqual([[]]);
	});
	test('properties: order kept, nothing lost, each page within the limit or a single item, never an empty page', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 200 }),
				fc.integer({ min: 1, max: 100 }),
				(items, limit) => {
					const pages = pagesByWeight(items, (x) => x, limit);
					expect(pages.flat()).toEqual(items);
					for (const p of pages) {
						expect(p.length).toBeGreaterThan(0);
						if (p.length > 1) expect(sum(p)).toBeLessThanOrEqual(limit);
					}
					// Greedy: a page and the next page's first item would not have fitted together.
					for (let i = 0; i + 1 < pages.length; i++) expect(sum(pages[i]!) + pages[i + 1]![0]!).toBeGreaterThan(limit);
				},
			),
		);
	});
});

describe('listPage', () => {
	const pages = [['a', 'b'], ['c'], ['d', 'e', 'f']];
	test.each([
		[0, { start: 0, end: 1, currentPage: 1, prev: undefined, next: '/s/2/' }],
		[1, { start: 2, end: 2, currentPage: 2, prev: '/s/', next: '/s/3/' }],
		[2, { start: 3, end: 5, currentPage: 3, prev: '/s/2/', next: undefined }],
	])('page %i numbers its items and links its neighbours', (index, want) => {
		const page = listPage(pages, index, '/s/');
		expect(page).toMatchObject({ start: want.start, end: want.end, currentPage: want.currentPage, lastPage: 3, total: 6 });
		expect(page.url).toEqual({ prev: want.prev, next: want.next });
		expect(page.data).toEqual(pages[index]);
	});
});

test('a study weighs its line and at most CITERS_SHOWN citing guides, so no study outweighs a page', () => {
	expect(studyWeight(0)).toBe(1);
	expect(studyWeight(3)).toBe(4);
	expect(studyWeight(CITERS_SHOWN + 3000)).toBe(1 + CITERS_SHOWN);
});
