/**
 * Relevance: realistic queries a runner types (symptoms, brands, everyday words, abbreviations,
 * word stems) must put the right guide in the top 3, searched with the real Pagefind index in
 * Chromium. Titles, summaries and frontmatter aliases carry the weight that makes this work.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support';

export const QUERIES: [query: string, slug: string][] = [
	['ice bath', 'ice-baths'],
	['CWI', 'ice-baths'],
	['cold plunge', 'ice-baths'],
	['contrast bath', 'ice-baths'],
	['cryo chamber', 'cryotherapy'],
	['whole body cryotherapy', 'cryotherapy'],
	['ice pack', 'ice-packs'],
	['frozen peas', 'ice-packs'],
	['hot tub', 'heat'],
	['epsom salt', 'heat'],
	['heating pad', 'heat'],
	['foam roller', 'foam-rolling'],
	['R8', 'massage-sticks'],
	['tiger tail', 'massage-sticks'],
	['massage gun', 'massage-sticks'],
	['plantar fasciitis', 'foot-rolling'],
	['heel pain', 'foot-rolling'],
	['golf ball', 'foot-rolling'],
	['calf sleeves', 'compression-garments'],
	['compression socks', 'compression-garments'],
	['NormaTec', 'compression-boots'],
	['Rapid Reboot', 'compression-boots'],
	['air relax', 'compression-boots'],
	['aqua jogging', 'cross-training'],
	['pool running', 'cross-training'],
	['legs up the wall', 'elevation'],
	['chafing', 'chafing-care'],
	['nipple', 'chafing-care'],
	['nap', 'sleep'],
	['sleep debt', 'sleep'],
	['tart cherry', 'nutrition'],
	['ibuprofen', 'nutrition'],
	['yoga', 'stretching-mobility'],
	['stretches', 'stretching-mobility'],
	['glute bridge', 'hip-glute-strength'],
	['chiropractor', 'chiropractic-art'],
	['active release', 'chiropractic-art'],
	['yoga toes', 'toe-separators'],
	['bunion', 'toe-separators'],
	['rest day', 'rest-easy-days'],
	['easy run', 'rest-easy-days'],
	['chiro', 'chiropractic-art'],
	['compres', 'compression-garments'],
];

const open = useBrowser();
let page: Page;

beforeAll(async () => {
	({ page } = await open('/'));
	// A string, so Vitest does not rewrite the browser's dynamic import.
	await page.evaluate("import('/pagefind/pagefind.js').then((pf) => { window.pf = pf; })");
});
afterAll(() => page.context().close());

test(`there are at least 30 relevance queries`, () => {
	expect(QUERIES.length).toBeGreaterThanOrEqual(30);
});

test.each(QUERIES)('"%s" puts /methods/%s/ in the top 3', async (query, slug) => {
	const top = await page.evaluate(async (q) => {
		type Pf = { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
		const pf = (window as unknown as { pf: Pf }).pf;
		const search = await pf.search(q);
		return Promise.all(search.results.slice(0, 3).map(async (r) => (await r.data()).url));
	}, query);
	expect(top).toContain(`/methods/${slug}/`);
});
