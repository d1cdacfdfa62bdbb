/**
 * Relevance: queries written as runners type them (questions, symptoms, brand names, misspellings,
 * abbreviations, two-word comparisons) must put the right page first, through the real search UI
 * (query understanding, synonyms, Pagefind with its ranking) on /search/ in Chromium.
 *
 * The queries, their pages and why are in ./relevance-queries.ts. The bar (issue 26): the right
 * page first for every one, named or described. Every miss is printed with what came first and
 * why the page was expected, so a regression says which query and why.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support';
import { DESCRIBED_QUERIES, NAMED_QUERIES, type RelevanceQuery } from './relevance-queries';

const ALL = [...NAMED_QUERIES, ...DESCRIBED_QUERIES];
const open = useBrowser();
let page: Page;
const tops = new Map<string, string[]>();

/** Types a query into the /search/ box and reads the first three result URLs once the status names it. */
async function topThree(query: string): Promise<string[]> {
	await page.locator('[data-search-page] input[type="search"]').fill(query);
	const named = `for “${query}”`;
	await page.waitForFunction((text) => document.querySelector('[data-search-page] .search-status')?.textContent?.includes(text), named);
	return page
		.locator('[data-search-page] .search-result-title')
		.evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
}

beforeAll(async () => {
	({ page } = await open('/search/'));
	for (const { query } of ALL) tops.set(query, await topThree(query));
}, 480_000);
afterAll(() => page.context().close());

test("there are at least 300 queries, at least 120 of them described in runners' words, none twice", () => {
	expect(ALL.length).toBeGreaterThanOrEqual(300);
	expect(DESCRIBED_QUERIES.length).toBeGreaterThanOrEqual(120);
	expect(new Set(ALL.map((q) => q.query.toLowerCase())).size).toBe(ALL.length);
});

/** Prints every miss and the score, so one run says all that is wrong. */
function misses(queries: RelevanceQuery[], label: string): RelevanceQuery[] {
	const missed = queries.filter((q) => tops.get(q.query)?.[0] !== q.url);
	for (const q of missed) console.log(`${label} miss: "${q.query}" wanted ${q.url} (${q.why}), got ${JSON.stringify(tops.get(q.query))}`);
	console.log(`${label}: ${queries.length - missed.length}/${queries.length} first`);
	return missed;
}

test('named queries: the right page first for every one', () => {
	expect(misses(NAMED_QUERIES, 'named').map((q) => q.query)).toEqual([]);
});

test("symptoms and situations in runners' words: the right page first for every one", () => {
	expect(misses(DESCRIBED_QUERIES, 'described').map((q) => q.query)).toEqual([]);
});
