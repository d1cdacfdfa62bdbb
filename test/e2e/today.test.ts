/**
 * The recovery quiz in real Chromium: fill it by label, read the plan, reload the shared link in a
 * fresh page and get the same plan, no console errors, no third-party requests, axe on the result.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../support/built-site';
import { distDir, expectNoAxeViolations, thirdPartyRequests, useBrowser, waitForIslands } from './support';

const open = useBrowser();
const PATH = '/tools/today/';

describe('/tools/today/', () => {
	test('fill the quiz, get a plan, share it and get the same plan back', async () => {
		const { page, errors, requests } = await open(PATH);
		await waitForIslands(page);

		await page.getByLabel('None of these').check();
		await page.getByLabel('Long run').check();
		await page.getByLabel('Leg soreness, 0 to 10').fill('5');
		await page.getByLabel('Quads').check();
		await page.getByLabel('Calves and shins').check();
		await page.getByLabel('Hours slept last night').fill('6,5');
		await page.getByLabel('30 minutes').check();
		await page.getByLabel('Foam roller').check();
		await page.getByRole('button', { name: 'Get my plan' }).click();

		const result = page.locator('[aria-live="polite"]');
		const heading = result.getByRole('heading', { level: 2 });
		await expect.poll(() => heading.textContent()).toBe('Your plan for today: go easy or cross-train');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('today-plan');
		const text = await result.innerText();
		expect(text).toContain('Your legs are at 5/10');
		expect(text).toContain('Sleep last night: 6.5 hours.');
		expect(text).toMatch(/Recovery: \d+ of 30 minutes/);
		// Sleep under 7 hours links the sleep calculator.
		expect(await result.getByRole('link', { name: 'sleep calculator' }).getAttribute('href')).toBe('/tools/sleep/');
		for (const href of await result.locator('.today-methods a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			expect(href).toMatch(/^\/methods\/[a-z0-9-]+\/$/);

		await expectNoAxeViolations(page);

		const shared = page.url();
		expect(shared).toContain('legs=5');
		const again = await open(new URL(shared).pathname + new URL(shared).search);
		await waitForIslands(again.page);
		const againResult = again.page.locator('[aria-live="polite"]');
		await expect.poll(() => againResult.getByRole('heading', { level: 2 }).textContent()).toBe('Your plan for today: go easy or cross-train');
		expect(await againResult.innerText()).toBe(text);
		expect(await again.page.getByLabel('Leg soreness, 0 to 10').inputValue()).toBe('5');

		expect(errors).toEqual([]);
		expect(again.errors).toEqual([]);
		expect(thirdPartyRequests([...requests, ...again.requests])).toEqual([]);
	});

	test('a warning sign gives the stop plan, linked to the red flags, and passes axe', async () => {
		const { page, errors } = await open(PATH);
		await waitForIslands(page);
		await page.getByLabel('Foam roller').check();
		await page.getByLabel('Swelling in one calf only').check();
		await page.getByRole('button', { name: 'Get my plan' }).click();
		const result = page.locator('[aria-live="polite"]');
		await expect.poll(() => result.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Stop self-treating\. Urgent/);
		expect(await result.getByRole('link', { name: /red flags:/i }).getAttribute('href')).toBe('/red-flags/#clot');
		expect(await result.locator('.today-methods').count()).toBe(0);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('the required question is enforced at the field, from the keyboard alone', async () => {
		const { page } = await open(PATH);
		await waitForIslands(page);
		await page.getByRole('button', { name: 'Get my plan' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('warnings-none');
		expect(await page.getByText(/^Warning signs: tick any that apply/).isVisible()).toBe(true);
		await page.keyboard.press('Space');
		await page.getByRole('button', { name: 'Get my plan' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('today-plan');
	});

	test('without JavaScript the page says what to do instead', async () => {
		const { page } = await open(PATH, { javaScript: false });
		expect(await page.getByRole('button', { name: 'Get my plan' }).isDisabled()).toBe(true);
		// Chromium's script-disabled emulation still parses <noscript> as raw text, so read the markup.
		const noscript = await page.locator('noscript').first().innerHTML();
		expect(noscript).toContain('The quiz needs JavaScript');
		expect(noscript).toContain('href="/red-flags/"');
		expect(noscript).toContain('href="/methods/"');
		// The static "How this works" section and the guide list are there without JavaScript.
		expect(await page.getByRole('heading', { name: 'How this works' }).isVisible()).toBe(true);
	});

	test('prints the plan without the form', async () => {
		const { page } = await open(`${PATH}?warnings=none&legs=3&time=15`);
		await waitForIslands(page);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.today-form').isVisible()).toBe(false);
		expect(await page.locator('.today-plan').isVisible()).toBe(true);
	});

	test('ships at most 20 KB of gzipped JavaScript', () => {
		const weight = pageWeight(distDir(), { path: PATH, file: join(distDir(), 'tools/today/index.html') });
		console.info(`/tools/today/ JavaScript: ${weight.jsGzip + weight.inlineJsGzip} bytes gzipped (${weight.scripts.join(', ')})`);
		expect(weight.jsGzip + weight.inlineJsGzip).toBeLessThanOrEqual(20 * 1024);
	});
});
