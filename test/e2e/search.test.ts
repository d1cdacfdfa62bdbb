/**
 * Search in real Chromium against the built index: the dialog opens by click and both shortcuts,
 * keyboard-only use works, filters narrow the results, /search/?q= restores a search, no search
 * code loads before the reader asks, and axe finds nothing with the dialog open.
 */
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './support';

const open = useBrowser();
const searchCode = (requests: string[]) => requests.filter((u) => /\/pagefind\/|search-ui/.test(u));

async function resultTitles(page: import('playwright-core').Page) {
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.search-status')].some((s) => /\d+ results?\b|No results/.test(s.textContent ?? '')),
	);
	return page.locator('.search-result-title').allTextContents();
}

describe('the search dialog', () => {
	test('no search code or index loads before the reader asks', async () => {
		const { page, requests } = await open('/methods/ice-baths/');
		await page.waitForLoadState('networkidle');
		expect(searchCode(requests)).toEqual([]);
		await page.context().close();
	});

	test('opens from the header button, finds a guide, and Escape closes it and returns focus', async () => {
		const { page, requests, errors } = await open('/');
		const trigger = page.locator('header [data-search-trigger]');
		await trigger.click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const box = dialog.getByLabel('Search the guides');
		await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
		await box.fill('ice bath');
		expect((await resultTitles(page))[0]).toBe('Ice baths and contrast baths');
		expect(searchCode(requests).length).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await expect.poll(() => trigger.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('opens with "/" and with Ctrl+K, but "/" typed into a field stays a character', async () => {
		const { page } = await open('/methods/');
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const box = dialog.getByLabel('Search the guides');
		await box.pressSequentially('a/b');
		expect(await box.inputValue()).toBe('a/b');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.isVisible()).toBe(false);
		await page.keyboard.press('Control+k');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.context().close();
	});

	test('works with the keyboard alone: type, arrow to a result, Enter follows it', async () => {
		const { page } = await open('/about/');
		await page.keyboard.press('Control+k');
		await page.keyboard.type('yoga toes');
		await resultTitles(page);
		await page.keyboard.press('ArrowDown');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toMatch(/toe separators/i);
		await Promise.all([page.waitForURL(/\/methods\/toe-separators\//), page.keyboard.press('Enter')]);
		await page.context().close();
	});

	test('focus stays inside the open dialog', async () => {
		const { page } = await open('/');
		await page.keyboard.press('/');
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() => !!document.activeElement?.closest('#search-dialog'));
			expect(inside).toBe(true);
		}
		await page.context().close();
	});

	test('has no axe violations with the dialog open and results shown', async () => {
		const { page } = await open('/methods/sleep/');
		await page.keyboard.press('/');
		await page.keyboard.type('nap');
		await resultTitles(page);
		await expectNoAxeViolations(page);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page);
		await page.context().close();
	});
});

describe('the search page', () => {
	test('restores a search from ?q= and shows grades, excerpts and sub-results', async () => {
		const { page } = await open('/search/?q=plantar+fasciitis');
		const titles = await resultTitles(page);
		expect(titles[0]).toMatch(/foot/i);
		expect(await page.locator('[data-search-page]').getByLabel('Search the guides').inputValue()).toBe('plantar fasciitis');
		const first = page.locator('.search-result').first();
		expect(await first.locator('.search-grade').count()).toBe(1);
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		expect(await page.locator('.search-subresults a[href*="#"]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	test('filters narrow the results and are written to the URL', async () => {
		const { page } = await open('/search/?q=soreness');
		const all = await resultTitles(page);
		await page.locator('[data-search-page]').getByLabel('Kind').selectOption('Cold');
		await page.waitForFunction(() => /filtered by Cold/.test(document.querySelector('.search-status')?.textContent ?? ''));
		const cold = await page.locator('.search-result-title').allTextContents();
		expect(cold.length).toBeGreaterThan(0);
		expect(cold.length).toBeLessThan(all.length);
		for (const t of cold) expect(t).toMatch(/ice|cold|cryo/i);
		expect(new URL(page.url()).searchParams.get('category')).toBe('Cold');
		await page.context().close();
	});

	test('a filter alone lists the matching guides, and the grade filter works', async () => {
		const { page } = await open('/search/?grade=D');
		await resultTitles(page);
		expect(await page.locator('.search-result').count()).toBe(0);
		await page.goto(page.url().replace('grade=D', 'grade=B'));
		const titles = await resultTitles(page);
		expect(titles.length).toBeGreaterThan(0);
		expect(await page.locator('.search-grade-b').count()).toBe(titles.length);
		await page.context().close();
	});

	test('hostile query strings are shown as text and ignored as filters', async () => {
		const { page, errors } = await open('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&category=%3Cscript%3E&__proto__=x');
		await resultTitles(page);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.locator('[data-search-page]').getByLabel('Kind').inputValue()).toBe('');
		expect(await page.locator('[data-search-page] .search-status').textContent()).toContain('<img src=x onerror=alert(1)>');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('nonsense finds nothing and says so', async () => {
		const { page } = await open('/search/?q=qqxjvz');
		expect(await resultTitles(page)).toEqual([]);
		expect(await page.locator('[data-search-page] .search-status').textContent()).toMatch(/^No results for “qqxjvz”/);
		await page.context().close();
	});

	test('without JavaScript the header search is a link to /search/, which points to the methods list', async () => {
		const { page } = await open('/', { javaScript: false });
		expect(await page.locator('header [data-search-trigger]').getAttribute('href')).toBe('/search/');
		await page.goto(new URL('/search/', page.url()).href);
		expect(await page.locator('noscript').count()).toBe(1);
		await page.context().close();
	});
});
