import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, thirdPartyRequests, useBrowser, waitForIslands } from './support';

const open = useBrowser();

async function resultText(page: Page, heading = 'Your compression gear') {
	const status = page.getByRole('status');
	await status.getByRole('heading', { name: heading }).waitFor();
	return status.innerText();
}

async function show(page: Page) {
	await page.getByLabel('None of these').check();
	await page.getByRole('button', { name: 'Show my gear' }).click();
}

describe('/tools/compression/', () => {
	test('in cm, filled by label: garment, pressure, size and boots; a shared link gives the same answer', async () => {
		const { page, errors, requests } = await open('/tools/compression/');
		await waitForIslands(page);
		await page.getByLabel('Wearing during runs').check();
		await page.getByLabel('Sock', { exact: true }).check();
		await page.getByLabel('Ankle at its narrowest (cm)').fill('22');
		await page.getByLabel('Calf at its widest (cm)').fill('38,5');
		await page.getByLabel('Heel-to-knee length (cm)').fill('42');
		await show(page);

		const text = await resultText(page);
		expect(text).toContain('Garment: Knee-high running compression sock');
		expect(text).toContain('Pressure: 15–20 mmHg');
		expect(text).toContain('Size: Large calf');
		expect(text).toContain('You measured: ankle 22 cm (8.7 in), calf 38.5 cm (15.2 in).');
		expect(text).toContain('the brand’s own chart wins');
		expect(text).toContain('Pneumatic boots: not for this purpose');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your compression gear');
		await expectNoAxeViolations(page);

		const shared = page.url();
		expect(shared).toContain('calf=38%2C5');
		expect(shared).not.toMatch(/none|screen/);
		const again = await open(shared);
		await waitForIslands(again.page);
		expect(await again.page.getByLabel('Calf at its widest (cm)').inputValue()).toBe('38,5');
		expect(await again.page.getByLabel('Sock', { exact: true }).isChecked()).toBe(true);
		// The health check is never in the link: the reader answers it for themselves.
		expect(await again.page.getByLabel('None of these').isChecked()).toBe(false);
		await show(again.page);
		expect(await resultText(again.page)).toBe(text);

		expect(errors).toEqual([]);
		expect(again.errors).toEqual([]);
		expect(thirdPartyRequests([...requests, ...again.requests])).toEqual([]);
	});

	test('in inches, the answers survive a reload through localStorage', async () => {
		const { page, errors } = await open('/tools/compression/');
		await waitForIslands(page);
		await page.getByLabel('Inches (in)').check();
		await page.getByLabel('Ankle at its narrowest (in)').fill('8.5');
		await page.getByLabel('Calf at its widest (in)').fill('12.3');
		await page.goto(new URL('/tools/compression/', page.url()).href);
		await waitForIslands(page);
		expect(await page.getByLabel('Inches (in)').isChecked()).toBe(true);
		expect(await page.getByLabel('Calf at its widest (in)').inputValue()).toBe('12.3');
		await show(page);
		const text = await resultText(page);
		expect(text).toContain('Garment: Knee-high recovery sock');
		expect(text).toContain('Size: between small calf and medium calf');
		expect(text).toContain('calf 12.3 in (31.2 cm)');
		expect(text).toContain('Take the larger size');
		expect(text).toContain('Pneumatic boots: optional');
		expect(errors).toEqual([]);
	});

	test('a calf of 15 "cm" is questioned at the field, switching units answers it, and axe finds nothing', async () => {
		const { page, errors } = await open('/tools/compression/');
		await waitForIslands(page);
		await page.getByLabel('Ankle at its narrowest (cm)').fill('9');
		await page.getByLabel('Calf at its widest (cm)').fill('15');
		await show(page);

		const calf = page.getByLabel('Calf at its widest (cm)');
		expect(await calf.getAttribute('aria-invalid')).toBe('true');
		const described = await calf.evaluate((el) =>
			(el.getAttribute('aria-describedby') ?? '')
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent)
				.join(' '),
		);
		expect(described).toContain('Calf of 15 cm is smaller than any runner’s calf. Did you measure in inches?');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('9');
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Switch to inches' }).first().click();
		expect(await resultText(page)).toContain('Size: Medium calf');
		expect(errors).toEqual([]);
	});

	test('a health-check "yes" means see a clinician, with no pressure class', async () => {
		const { page, errors } = await open('/tools/compression/');
		await waitForIslands(page);
		await page.getByLabel('Known peripheral arterial disease, or calf pain on walking that eases with rest').check();
		await page.getByRole('button', { name: 'Show my gear' }).click();
		const text = await resultText(page, 'See a clinician before using compression');
		expect(text).toContain('until a clinician has checked');
		expect(text).not.toMatch(/\d+–\d+ mmHg/);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('a hostile link is ignored and breaks nothing', async () => {
		const { page, errors } = await open('/tools/compression/?calf=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&unit=javascript%3Aalert(1)&purpose=__proto__&ankle=1e309');
		await waitForIslands(page);
		expect(await page.getByLabel('Calf at its widest (cm)').inputValue()).toBe('');
		expect(await page.getByLabel('Recovery after runs').isChecked()).toBe(true);
		expect(await page.locator('.compression-chooser img').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	test('without JavaScript the page says so, the controls stay disabled, and the tables are readable', async () => {
		const { page } = await open('/tools/compression/', { javaScript: false });
		expect(await page.getByText('This chooser needs JavaScript').isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Show my gear' }).isDisabled()).toBe(true);
		expect(await page.getByRole('table', { name: /Brand-neutral calf sizes/ }).innerText()).toContain('32–38');
		await page.context().close();
	});

	test('printing shows the answer without the form', async () => {
		const { page, errors } = await open('/tools/compression/?ankle=21&calf=33');
		await waitForIslands(page);
		await show(page);
		await resultText(page);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.cc-form').isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'Size: Medium calf' }).isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});
});
