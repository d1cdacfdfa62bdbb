/**
 * The tools also work where they are embedded in guides: the sleep calculator in the sleep guide
 * and the compression chooser in both compression guides, hydrated when scrolled into view.
 */
import { expect, test } from 'vitest';
import { expectNoAxeViolations, useBrowser, waitForIslands } from './support';

const open = useBrowser();

test('the sleep calculator works inside the sleep guide', async () => {
	const { page, errors } = await open('/methods/sleep/');
	const island = page.locator('astro-island').first();
	await island.scrollIntoViewIfNeeded();
	await waitForIslands(page);
	const tool = page.locator('astro-island').first();
	await tool.getByLabel('Age', { exact: true }).fill('34');
	await tool.getByLabel('Average sleep over the last 7 nights').fill('6,5');
	await tool.getByLabel('Wake-up time').fill('06:30');
	await tool.getByRole('button', { name: 'Work out my sleep' }).click();
	// Embedded under the guide's h2, the result heading steps down to h3.
	await tool.getByRole('status').getByRole('heading', { name: 'Your sleep plan', level: 3 }).waitFor();
	expect(await tool.getByRole('status').textContent()).toMatch(/lights out/i);
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
	await page.context().close();
});

test.each(['/methods/compression-garments/', '/methods/compression-boots/'])('the compression chooser works inside %s', async (path) => {
	const { page, errors } = await open(path);
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await waitForIslands(page);
	const tool = page.locator('astro-island').first();
	await tool.getByLabel('None of these').check();
	await tool.getByLabel('Ankle at its narrowest (cm)').fill('22');
	await tool.getByLabel('Calf at its widest (cm)').fill('36');
	await tool.getByRole('button', { name: 'Show my gear' }).click();
	await expect.poll(() => tool.getByRole('status').textContent(), { timeout: 5000 }).toMatch(/15[-–]20 mmHg/);
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
	await page.context().close();
});

test.each(['/tools/sleep/', '/tools/compression/'])('with scripting on, the no-JavaScript note on %s stays hidden', async (path) => {
	const { page } = await open(path);
	await waitForIslands(page);
	expect(await page.getByText(/needs JavaScript/).isVisible()).toBe(false);
	await page.context().close();
});
