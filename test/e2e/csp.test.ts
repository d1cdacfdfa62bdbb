/**
 * The tools and search run under the site's Content-Security-Policy in Chromium with no violation
 * (the policy itself is checked on every page's file in test/dist/quality.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, waitForIslands } from './support';

describe('security', () => {
	const open = useBrowser();
	test.each([
		'/tools/today/',
		'/tools/sleep/',
		'/tools/compression/',
		'/tools/after-race/',
		'/methods/sleep/',
		'/after-the-race/',
		'/search/?q=ice',
	])('%s runs under the policy with no violation', async (path) => {
		const { page, errors } = await open(path);
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
		await page.evaluate(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
			),
		);
		// Embedded islands hydrate when visible; the search page has none (and must not wait for one).
		if ((await page.locator('astro-island').count()) > 0) await page.locator('astro-island').first().scrollIntoViewIfNeeded();
		await waitForIslands(page);
		if (path.startsWith('/search/')) await page.waitForSelector('.search-result');
		// Controls are enabled by an effect just after hydration: wait for it rather than sample once.
		else await page.locator('astro-island form button:not([disabled])').first().waitFor({ timeout: 10_000 });
		// Open search with the header button: on /search/ focus may sit in a field, where "/" is just a character.
		await page.locator('header [data-search-trigger]').click();
		await page.locator('#search-dialog input[type="search"]').fill('ice bath');
		await page.waitForSelector('#search-dialog .search-result');
		expect(violations).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
		await page.context().close();
	});
});
