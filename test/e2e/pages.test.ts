/**
 * Pages in real Chromium beyond the one visit every page gets (test/e2e/every-page.test.ts, which
 * also runs axe in the dark colour scheme on a sample and counts every guide's printed pages): a
 * sample as printed, "Print the full guide", and the shared frame (skip link, header, footer
 * disclaimer). The frame's tags in the files are checked in
 * test/dist/frame.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './support';

const open = useBrowser();

describe('print', () => {
	const sample = ['/methods/ice-baths/', '/injuries/shin-pain/', '/after-the-race/', '/red-flags/'];
	test.each(sample)('%s prints its content only, black on white, and passes axe as printed', async (path) => {
		const { page } = await open(path);
		await page.emulateMedia({ media: 'print' });
		await expectNoAxeViolations(page);
		const hidden = await page.evaluate(() =>
			['.site-header nav', '.site-footer nav', '.skip-link', '.search-trigger'].map((s) => {
				const el = document.querySelector(s);
				return el === null || getComputedStyle(el).display === 'none';
			}),
		);
		expect(hidden).toEqual([true, true, true, true]);
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
		// The footer's disclaimer stays on paper.
		expect(
			await page
				.locator('footer')
				.getByText(/not medical advice/i)
				.first()
				.isVisible(),
		).toBe(true);
		await page.context().close();
	});
});

describe('the short printout', () => {
	test('"Print the full guide" prints everything, then the short printout is back', async () => {
		const { page } = await open('/methods/foam-rolling/', {
			before: (p) =>
				p.addInitScript(
					() => (window.print = () => void document.documentElement.setAttribute('data-printed', document.documentElement.className)),
				),
		});
		await page.getByRole('button', { name: 'Print the full guide' }).click();
		expect(await page.evaluate(() => document.documentElement.dataset.printed)).toContain('print-full');
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(await page.evaluate(() => document.documentElement.classList.contains('print-full'))).toBe(false);
		await page.context().close();
	});
});

describe('the page frame', () => {
	test('the skip link is the first thing Tab reaches and moves focus to main', async () => {
		const { page } = await open('/methods/');
		await page.keyboard.press('Tab');
		const first = page.locator(':focus');
		await expect.poll(() => first.textContent()).toBe('Skip to content');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.context().close();
	});

	test('every page has the header navigation, a search entry and the footer disclaimer', async () => {
		const { page } = await open('/evidence/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const name of ['Today', 'After a race', 'Where it hurts', 'Methods', 'Sleep', 'Compression'])
			expect(await nav.getByRole('link', { name }).count()).toBe(1);
		expect(await page.locator('header [data-search-trigger]').count()).toBe(1);
		expect(await page.locator('footer').textContent()).toContain('Not medical advice');
		await page.context().close();
	});
});
