/**
 * Search in real Chromium against the built index: the dialog opens by click and both shortcuts,
 * keyboard-only use works, focus stays inside and returns to the trigger, five results load
 * first and "Show more" the next five, each card is one target (with its section links still
 * their own), on a phone the dialog fills the screen with the filters folded and the first result
 * above the keyboard, filters narrow the results, /search/?q= restores a search, no search code
 * loads before the reader asks, and axe finds nothing on a phone or a desktop, light or dark.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, useBrowser } from './support';

const open = useBrowser();
const PHONE = { width: 390, height: 844 };
/** A phone's on-screen keyboard covers about this much of the screen's bottom. */
const KEYBOARD = 300;
const searchCode = (requests: string[]) => requests.filter((u) => /\/pagefind\/|search-ui|\/search\/(synonyms|cards|symptoms)\b/.test(u));
const fragments = (requests: string[]) => requests.filter((u) => u.includes('/pagefind/fragment/'));
const cards = (requests: string[]) => requests.filter((u) => u.includes('/search/cards/'));

async function resultTitles(page: Page, scope = 'body') {
	await page.waitForFunction(
		(s) => [...document.querySelectorAll(`${s} .search-status`)].some((st) => /\d+ results?\b|No results/.test(st.textContent ?? '')),
		scope,
	);
	return page.locator(`${scope} .search-result-title`).allTextContents();
}

/** Opens the search dialog with "/" and types a query into it. */
async function searchInDialog(page: Page, query: string) {
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect.poll(() => dialog.isVisible()).toBe(true);
	await dialog.getByLabel('Search the guides').fill(query);
	return { dialog, titles: await resultTitles(page, '#search-dialog') };
}

/**
 * axe on the open dialog in each state a search leaves it: results, a described pain with its
 * red-flag line, and no results with the suggestions, each in light and dark.
 */
async function expectDialogAxeClean(page: Page, query: string) {
	const { dialog } = await searchInDialog(page, query);
	const box = dialog.getByLabel('Search the guides');
	for (const [typed, shown] of [
		[query, '.search-result'],
		['one spot on my shin bone hurts', '[data-search-flag]:not([hidden])'],
		['qqxjvz', '[data-search-none]:not([hidden])'],
	] as const) {
		await box.fill(typed);
		await page.waitForFunction((q) => document.querySelector('#search-dialog .search-status')?.textContent?.includes(`“${q}”`), typed);
		await expect.poll(() => dialog.locator(shown).first().isVisible()).toBe(true);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(page);
		}
	}
}

describe('the search dialog', () => {
	test('no search code or index loads before the reader asks, even on /search/ without a query', async () => {
		for (const path of ['/methods/ice-baths/', '/search/']) {
			const { page, requests } = await open(path);
			await page.waitForLoadState('networkidle');
			expect(searchCode(requests)).toEqual([]);
			await page.context().close();
		}
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
		expect((await resultTitles(page, '#search-dialog'))[0]).toBe('Ice baths and contrast baths');
		// Only the synonym shards the query's words start with are fetched.
		const shards = searchCode(requests).filter((u) => u.includes('/search/synonyms/'));
		expect(shards.map((u) => u.split('/').pop()).sort()).toEqual(['ba.json', 'ic.json']);
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
		const box = page.getByRole('dialog', { name: 'Search' }).getByLabel('Search the guides');
		await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
		// One input event for the whole query (typing letter by letter searches for "yoga t" too, and
		// a list redrawn for a later letter can take the focus away from under the arrow key).
		await page.keyboard.insertText('yoga toes');
		expect((await resultTitles(page, '#search-dialog'))[0]).toMatch(/toe separators/i);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/toe separators/i);
		await Promise.all([page.waitForURL(/\/methods\/toe-separators\//), page.keyboard.press('Enter')]);
		await page.context().close();
	});

	test('focus stays inside the open dialog, forwards and backwards, and returns to where it was', async () => {
		const { page } = await open('/');
		await page.locator('main a').first().focus();
		const before = await page.evaluate(() => document.activeElement?.outerHTML);
		await searchInDialog(page, 'nap');
		for (const key of [...Array(14).fill('Tab'), ...Array(14).fill('Shift+Tab')]) {
			await page.keyboard.press(key);
			expect(await page.evaluate(() => !!document.activeElement?.closest('#search-dialog'))).toBe(true);
		}
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
		await page.context().close();
	});

	test('loads five results first, and five more on "Show more", which takes focus to the first new one', async () => {
		const { page, requests } = await open('/');
		const { dialog, titles } = await searchInDialog(page, 'soreness');
		expect(titles).toHaveLength(5);
		expect(cards(requests).length).toBeLessThanOrEqual(5);
		const more = dialog.getByRole('button', { name: /^Show \d+ more/ });
		await more.click();
		await expect.poll(() => dialog.locator('.search-result').count()).toBe(10);
		expect(
			await page.evaluate(
				() => document.activeElement?.closest('.search-result') === document.querySelectorAll('#search-dialog .search-result')[5],
			),
		).toBe(true);
		expect(cards(requests).length).toBeLessThanOrEqual(10);
		await page.context().close();
	});

	test('each result says what it is; a guide shows its verdict and grade', async () => {
		const { page } = await open('/');
		const { dialog } = await searchInDialog(page, 'foam rolling');
		const first = dialog.locator('.search-result').first();
		expect(await first.locator('.search-kind').textContent()).toBe('Recovery method');
		expect(await first.locator('.search-grade').count()).toBe(1);
		expect(await first.locator('.search-verdict').textContent()).toMatch(/^Verdict: /);
		for (const [query, kind] of [
			['shin splints', 'Injury guide'],
			['bedtime calculator', 'Tool'],
			['DOMS', 'Page'],
			['marathon recovery', 'Guide'],
		]) {
			await dialog.getByLabel('Search the guides').fill(query!);
			await page.waitForFunction(
				(q) => document.querySelector('#search-dialog .search-status')?.textContent?.includes(`for “${q}”`),
				query,
			);
			expect(await dialog.locator('.search-result .search-kind').first().textContent()).toBe(kind);
		}
		await page.context().close();
	});

	test('the whole card is one target: a tap on its text follows its title', async () => {
		const { page } = await open('/');
		const { dialog } = await searchInDialog(page, 'plantar fasciitis');
		const card = dialog.locator('.search-result').first();
		const href = await card.locator('.search-result-title').getAttribute('href');
		// What a tap on the card's text hits is the title link (stretched over the card).
		const excerpt = await card.locator('.search-excerpt').first().boundingBox();
		const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href'), {
			x: excerpt!.x + 5,
			y: excerpt!.y + 5,
		});
		expect(hit).toBe(href);
		await Promise.all([page.waitForURL((u) => u.pathname === href), page.mouse.click(excerpt!.x + 5, excerpt!.y + 5)]);
		await page.context().close();
	});

	test('has no axe violations with results, with a red-flag line and with none, on a desktop, light and dark', async () => {
		const { page } = await open('/methods/sleep/');
		await expectDialogAxeClean(page, 'nap');
		await page.context().close();
	});
});

describe('the search dialog on a phone (390 x 844)', () => {
	test('fills the screen, folds the filters behind one "Filters" button, and shows the first result above the keyboard', async () => {
		const { page } = await open('/', { viewport: PHONE });
		await page.locator('header [data-search-trigger]').tap();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const box = (await dialog.boundingBox())!;
		expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, PHONE.width, PHONE.height]);
		const filters = dialog.locator('summary', { hasText: 'Filters' });
		expect(await filters.isVisible()).toBe(true);
		expect(await dialog.getByLabel('Body region').isVisible()).toBe(false);
		await dialog.getByLabel('Search the guides').fill('shin splints');
		await resultTitles(page, '#search-dialog');
		const first = (await dialog.locator('.search-result').first().boundingBox())!;
		expect(first.y + 40).toBeLessThanOrEqual(PHONE.height - KEYBOARD);
		await filters.tap();
		expect(await dialog.getByLabel('Body region').isVisible()).toBe(true);
		expect(await dialog.locator('details.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await page.context().close();
	});

	test('has no axe violations with results, with a red-flag line and with none, light and dark', async () => {
		const { page } = await open('/', { viewport: PHONE });
		await expectDialogAxeClean(page, 'ice bath');
		await page.context().close();
	});
});

describe('the search page', () => {
	test("restores a search from ?q= and shows each result's own summary, as the page itself words it", async () => {
		const { page } = await open('/search/?q=plantar+fasciitis');
		const titles = await resultTitles(page);
		expect(titles[0]).toMatch(/plantar heel pain/i);
		expect(await page.locator('[data-search-page]').getByLabel('Search the guides').inputValue()).toBe('plantar fasciitis');
		const first = page.locator('.search-result').first();
		const href = (await first.locator('.search-result-title').getAttribute('href'))!;
		// The oracle is the guide page's own summary paragraph, not the card file.
		const guide = await page.request.get(new URL(href, page.url()).href).then((r) => r.text());
		const summary = /<p class="summary"[^>]*>([\s\S]*?)<\/p>/
			.exec(guide)?.[1]
			?.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		expect(summary).toBeTruthy();
		expect(await first.locator('.search-excerpt').textContent()).toBe(summary);
		await page.context().close();
	});

	test('a cold search fetches little: Pagefind in our worker, no stemmer, at most one index chunk a word, five result cards and no fragment, nothing twice', async () => {
		const { page, requests } = await open('/search/?q=recovery+soreness');
		expect(await resultTitles(page)).toHaveLength(5);
		// Pagefind runs in the search's own worker, not in its own (pagefind-worker.js) nor on the page.
		expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/pagefind-worker-[\w-]+\.js$/)]);
		const data = searchCode(requests).filter((u) => !u.includes('search-ui'));
		expect(data.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname)).toEqual(['/pagefind/pagefind.js']);
		expect(data.filter((u) => u.includes('/wasm.')).map((u) => u.split('/').pop())).toEqual(['wasm.unknown.pagefind']);
		expect(data.filter((u) => u.includes('/pagefind/index/')).length).toBeLessThanOrEqual(2);
		expect(cards(data).length).toBe(5);
		expect(fragments(data)).toEqual([]);
		expect(new Set(data).size).toBe(data.length);
		await page.context().close();
	});

	test('filters narrow the results and are written to the URL', async () => {
		const { page } = await open('/search/?q=soreness');
		await resultTitles(page);
		const all = await page.locator('[data-search-page] .search-status').textContent();
		const form = page.locator('[data-search-page]');
		await form.locator('summary', { hasText: 'Filters' }).click();
		await form.getByLabel('Kind').selectOption('Cold');
		await page.waitForFunction(() => /filtered by Cold/.test(document.querySelector('.search-status')?.textContent ?? ''));
		const cold = await page.locator('.search-result-title').allTextContents();
		expect(cold.length).toBeGreaterThan(0);
		expect(Number(/\d+/.exec((await page.locator('[data-search-page] .search-status').textContent()) ?? '')?.[0])).toBeLessThan(
			Number(/\d+/.exec(all ?? '')?.[0]),
		);
		for (const t of cold) expect(t).toMatch(/ice|cold|cryo/i);
		expect(new URL(page.url()).searchParams.get('category')).toBe('Cold');
		expect(await form.locator('summary').textContent()).toBe('Filters (1)');
		await page.context().close();
	});

	test('a filter alone lists the matching guides, and opens the filters to show it', async () => {
		const { page } = await open('/search/?grade=D');
		await resultTitles(page);
		expect(await page.locator('.search-result').count()).toBe(0);
		await page.goto(page.url().replace('grade=D', 'grade=B'));
		const titles = await resultTitles(page);
		expect(titles.length).toBeGreaterThan(0);
		expect(await page.locator('.search-grade-b').count()).toBe(titles.length);
		expect(await page.locator('[data-search-page] details.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await page.context().close();
	});

	test('a misspelling is corrected and says so; words no page has are left out', async () => {
		const { page } = await open('/search/?q=plantar+fascitis');
		expect((await resultTitles(page))[0]).toMatch(/plantar heel pain/i);
		expect(await page.locator('[data-search-page] .search-status').textContent()).toContain(
			'Searched for “fasciitis” instead of “fascitis”.',
		);
		await page.goto(new URL('/search/?q=ice+bath+qqxjvz', page.url()).href);
		expect((await resultTitles(page))[0]).toBe('Ice baths and contrast baths');
		expect(await page.locator('[data-search-page] .search-status').textContent()).toContain('Left out “qqxjvz”');
		await page.context().close();
	});

	test('when no page has every word, pages with any of them are listed, and the status says so', async () => {
		const { page } = await open('/search/?q=chafing+hamstring+nipple+cryosauna');
		const titles = await resultTitles(page);
		expect(titles.length).toBeGreaterThan(0);
		expect(await page.locator('[data-search-page] .search-status').textContent()).toMatch(
			/no page has all of .*so these have some of them/,
		);
		await page.context().close();
	});

	test('a short word matches whole words only, never as the start of a longer one', async () => {
		const { page } = await open('/search/?q=DOMS');
		expect(await resultTitles(page)).toEqual(['Methods for soreness']);
		await page.goto(new URL('/search/?q=ART', page.url()).href);
		const titles = await resultTitles(page);
		expect(titles[0]).toMatch(/Active Release Technique/);
		// Every page listed holds "art" as a word of its own, read from the page itself.
		for (const href of await page.locator('.search-result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
			const html = await page.request.get(new URL(href, page.url()).href).then((r) => r.text());
			expect(html.replace(/<[^>]+>/g, ' '), href).toMatch(/\bart\b/i);
		}
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

	test('a described pain puts its guide first with its red-flag line; another query has none', async () => {
		const { page, errors } = await open('/search/?q=dull+ache+around+my+kneecap+going+down+stairs');
		expect((await resultTitles(page, '[data-search-page]'))[0]).toMatch(/Runner’s knee|Runner's knee/);
		const flag = page.locator('[data-search-page] [data-search-flag]');
		expect(await flag.isVisible()).toBe(true);
		expect(await flag.innerText()).toMatch(/^See a clinician first if: .+\. All red flags$/);
		expect(await flag.getByRole('link', { name: 'All red flags' }).getAttribute('href')).toBe('/red-flags/');
		await expectNoAxeViolations(page);
		await page.locator('[data-search-page]').getByLabel('Search the guides').fill('foam roller');
		await expect.poll(() => flag.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('nonsense finds nothing and says so', async () => {
		const { page } = await open('/search/?q=qqxjvz');
		expect(await resultTitles(page)).toEqual([]);
		const form = page.locator('[data-search-page]');
		expect(await form.locator('.search-status').textContent()).toBe('No results for “qqxjvz”. No guide has “qqxjvz”.');
		// No dead end: the quiz and the injury guides by region, and no "Show 0 more".
		const none = form.locator('[data-search-none]');
		expect(await none.isVisible()).toBe(true);
		expect(await none.getByRole('link', { name: 'What should I do today?' }).getAttribute('href')).toBe('/tools/today/');
		const regions = await none.locator('.search-regions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(regions.length).toBeGreaterThan(3);
		for (const href of regions) expect(href).toMatch(/^\/injuries\/#region-[a-z-]+$/);
		expect(await form.getByRole('button', { name: /more/ }).isVisible()).toBe(false);
		// A word that matches hides the suggestions again.
		await form.getByLabel('Search the guides').fill('foam rolling');
		await expect.poll(() => none.isVisible()).toBe(false);
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
