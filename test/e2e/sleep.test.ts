import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, thirdPartyRequests, useBrowser, waitForIslands } from './support';

const open = useBrowser();

async function planText(page: Page) {
	const status = page.getByRole('status');
	await status.getByRole('heading', { name: 'Your sleep plan' }).waitFor();
	return status.innerText();
}

describe('/tools/sleep/', () => {
	test('filled by label, it shows the plan, focuses it, and a shared link gives the same plan', async () => {
		const { page, errors, requests } = await open('/tools/sleep/');
		await waitForIslands(page);
		await page.getByLabel('Age', { exact: true }).fill('30');
		await page.getByLabel('Average sleep over the last 7 nights').fill('7,5');
		await page.getByLabel('Wake-up time').fill('06:30');
		await page.getByLabel('24-hour (22:30)').check();
		await page.getByLabel('A nap is possible today').check();
		await page.getByRole('button', { name: 'Work out my sleep' }).click();

		const text = await planText(page);
		expect(text).toContain('9 h 30 min of sleep');
		expect(text).toContain('Lights out at 20:45');
		expect(text).toContain('Nap for 30 to under 60 minutes, between 12:30 and 16:50');
		expect(text).toContain('When to see a clinician');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your sleep plan');
		await expectNoAxeViolations(page);

		const shared = page.url();
		expect(shared).toContain('age=30');
		const again = await open(shared);
		await waitForIslands(again.page);
		expect(await again.page.getByLabel('Age', { exact: true }).inputValue()).toBe('30');
		expect(await planText(again.page)).toBe(text);

		expect(errors).toEqual([]);
		expect(again.errors).toEqual([]);
		expect(thirdPartyRequests([...requests, ...again.requests])).toEqual([]);
	});

	test('the answers survive a reload through localStorage, and the clock switch re-formats the times', async () => {
		const { page, errors } = await open('/tools/sleep/');
		await waitForIslands(page);
		await page.getByLabel('Age', { exact: true }).fill('45');
		await page.getByLabel('Average sleep over the last 7 nights').fill('9');
		await page.getByLabel('Wake-up time').fill('9:00 am');
		await page.getByLabel('Light', { exact: true }).check();
		await page.getByLabel('24-hour (22:30)').check();
		await page.goto(new URL('/tools/sleep/', page.url()).href);
		await waitForIslands(page);
		expect(await planText(page)).toContain('Lights out at 00:45 (after midnight)');
		await page.getByLabel('12-hour (10:30 pm)').check();
		expect(await planText(page)).toContain('Lights out at 12:45 am (after midnight)');
		expect(errors).toEqual([]);
	});

	test('bad input gets a message at each field, and axe finds nothing with the messages showing', async () => {
		const { page, errors } = await open('/tools/sleep/');
		await waitForIslands(page);
		await page.getByLabel('Age', { exact: true }).fill('9');
		await page.getByLabel('Average sleep over the last 7 nights').fill('7,5');
		await page.getByLabel('Wake-up time').fill('7:60');
		await page.getByRole('button', { name: 'Work out my sleep' }).click();

		const age = page.getByLabel('Age', { exact: true });
		expect(await age.getAttribute('aria-invalid')).toBe('true');
		const described = await age.evaluate((el) =>
			(el.getAttribute('aria-describedby') ?? '')
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent)
				.join(' '),
		);
		expect(described).toContain('Age must be between 13 and 100 years: this tool is for teens and adults.');
		expect(await page.getByLabel('Wake-up time').getAttribute('aria-invalid')).toBe('true');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check your answers');
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('a hostile link is ignored and breaks nothing', async () => {
		const { page, errors } = await open(
			'/tools/sleep/?age=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&wake=javascript%3Aalert(1)&load=__proto__&recent=1e309&clock=%22',
		);
		await waitForIslands(page);
		expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe('');
		expect(await page.getByLabel('Wake-up time').inputValue()).toBe('');
		expect(await page.locator('.sleep-calc img').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('without JavaScript the page says so, points to the guide, and the controls stay disabled', async () => {
		const { page } = await open('/tools/sleep/', { javaScript: false });
		expect(await page.getByText('This calculator needs JavaScript').isVisible()).toBe(true);
		expect(await page.getByLabel('Age', { exact: true }).isDisabled()).toBe(true);
		expect(await page.getByRole('button', { name: 'Work out my sleep' }).isDisabled()).toBe(true);
		expect(await page.getByRole('heading', { name: 'How this works' }).isVisible()).toBe(true);
	});

	test('printing shows the plan without the form', async () => {
		const { page } = await open('/tools/sleep/?age=30&recent=8&wake=07%3A00&clock=24');
		await waitForIslands(page);
		await planText(page);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.sleep-calc__form').isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'Your sleep plan' }).isVisible()).toBe(true);
	});
});
