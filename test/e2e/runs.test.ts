/**
 * "Your runs" in real Chromium with the browser's clock and time zone fixed: the shared real-device
 * fixtures (2010-2017) and two files written by test/support/run-files.ts (an easy run and a 10K
 * race a week earlier), picked through the file field by its label. The picture, a confirmed race
 * opening the timeline, the quiz filled from the files, the week's .ics; every request after the
 * pick recorded (only GETs of the site's own code); storage empty unless "Remember on this device"
 * is ticked, and empty again after "Forget my runs"; axe on the picture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChrome } from '../support/browser';
import { fitActivity, gpx, stravaExport } from '../support/run-files';
import { baseURL, expectNoAxeViolations, waitForIslands } from './support';

const SHARED = new URL('../fixtures/runs/', import.meta.url);
const sharedFiles = readdirSync(SHARED)
	.filter((f) => /\.(fit|gpx|tcx)$/.test(f))
	.map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(new URL(name, SHARED)) }));

/** "Today" for these tests: the morning after the Fenix 2 run (15 Aug 2015), in Norway where it was run. */
const NOW = new Date('2015-08-16T07:00:00Z');
const TIME_ZONE = 'Europe/Oslo';
const RACE_DAY = new Date('2015-08-09T08:00:00Z');
const race10k = fitActivity([
	{ sport: 'running', start: RACE_DAY, seconds: 2381, speed: (t) => (t === 2381 ? 10_000 - 4.2 * 2380 : 4.2), hr: () => 176 },
]);
const easy = gpx({ sport: 'running', start: new Date('2015-08-12T16:00:00Z'), seconds: 2400, speed: () => 3, hr: () => 140 }, 'garmin');
const written = [
	{ name: 'race-10k.fit', mimeType: 'application/octet-stream', buffer: Buffer.from(race10k) },
	{ name: 'easy.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(easy) },
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchChrome();
});
afterAll(async () => {
	await browser.close();
});

interface Opened {
	context: BrowserContext;
	page: Page;
	errors: string[];
	/** Every request any page or worker of the context made, with its method and body. */
	requests: { url: string; method: string; body: string | null }[];
}

async function openRuns(path = '/tools/runs/'): Promise<Opened> {
	const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: TIME_ZONE, locale: 'en-GB', acceptDownloads: true });
	const page = await context.newPage();
	await page.clock.setFixedTime(NOW);
	const errors: string[] = [];
	const requests: Opened['requests'] = [];
	context.on('request', (r: Request) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
	await waitForIslands(page);
	await page.getByRole('button', { name: 'Read my files' }).and(page.locator(':not([disabled])')).waitFor();
	return { context, page, errors, requests };
}

const storage = (page: Page) =>
	page.evaluate(async () => ({
		local: localStorage.length,
		session: sessionStorage.length,
		databases: (await indexedDB.databases()).map((d) => d.name),
	}));

async function readFiles(o: Opened, files = [...sharedFiles, ...written]) {
	await o.page.getByLabel('Your activity files').setInputFiles(files);
	const from = o.requests.length;
	await o.page.getByRole('button', { name: 'Read my files' }).click();
	await o.page.getByRole('heading', { name: 'What your files hold' }).waitFor();
	return from;
}

describe('Your runs, /tools/runs/', () => {
	test('the shared fixtures and two written files: what each holds, the picture, and nothing sent anywhere', async () => {
		const o = await openRuns();
		const { page } = o;
		const from = await readFiles(o);
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('What your files hold');
		const files = page.locator('.runs-files');
		await expect.poll(() => files.innerText()).toMatch(/Settings\.fit\s+This FIT file holds no activity/);
		const text = await files.innerText();
		expect(text).toMatch(/activity-unexpected-eof\.fit\s+The file stops part-way/);
		expect(text).toMatch(/track-with-empty-segment\.gpx[\s\S]*An empty segment/);
		expect(text).toMatch(/Run, Sat, 15 Aug 2015, 16:45: 47 min moving/);
		expect(text).toMatch(/Walk, [\s\S]*Outside the 28-day picture/);
		const picture = await page.locator('.runs-picture').innerText();
		expect(picture).toMatch(/3 sessions, 0 long runs, 1 hard/);
		expect(picture).toMatch(/Days since your last hard session: 7/);
		expect(picture).toMatch(/Your files do not reach back four weeks/);

		// After the pick: only GETs of the site's own code, with no body and no query string.
		const after = o.requests.slice(from);
		expect(after.length).toBeGreaterThan(0);
		for (const r of after) {
			const url = new URL(r.url);
			expect(r.method, r.url).toBe('GET');
			expect(r.body, r.url).toBeNull();
			expect(url.origin).toBe(new URL(baseURL()).origin);
			expect(url.search, r.url).toBe('');
			expect(url.pathname, r.url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
		}
		expect(await storage(page)).toEqual({ local: 0, session: 0, databases: [] });
		expect(page.url()).toBe(new URL('/tools/runs/', baseURL()).href);
		await expectNoAxeViolations(page);
		expect(o.errors).toEqual([]);
		await o.context.close();
	});

	test('a run the length of a 10K, faster than usual, becomes a race only when confirmed, and opens the timeline with it', async () => {
		const o = await openRuns();
		await readFiles(o);
		const { page } = o;
		await page.getByRole('heading', { name: 'Was one of these a race?' }).waitFor();
		await page.getByRole('button', { name: 'Yes, it was a race' }).click();
		const race = page.getByRole('group', { name: 'The race' });
		expect(await race.getByLabel('Distance').inputValue()).toBe('10k');
		expect(await race.getByLabel('Date').inputValue()).toBe('2015-08-09');
		await race.getByLabel('Effort').selectOption('hard');
		await page.getByRole('button', { name: 'Confirm the race' }).click();
		const link = page.getByRole('link', { name: 'Open the after-race timeline' });
		expect(await link.getAttribute('href')).toBe('/tools/after-race/?distance=10k&raceDay=2015-08-09&effort=hard');
		await link.click();
		await waitForIslands(page);
		expect(await page.getByRole('group', { name: 'Race distance (required)' }).getByLabel('10K').isChecked()).toBe(true);
		expect(await page.getByLabel('Race day (required)').inputValue()).toBe('2015-08-09');
		await o.context.close();
	});

	test('"Use in today’s plan" fills the quiz’s training answers, marked as from your files, and the safety questions are still asked', async () => {
		const o = await openRuns();
		await readFiles(o);
		const { page } = o;
		await page.getByRole('button', { name: 'Yes, it was a race' }).click();
		await page.getByRole('button', { name: 'Confirm the race' }).click();
		await page.getByRole('link', { name: 'Use in today’s plan' }).click();
		await waitForIslands(page);
		expect(new URL(page.url()).search).toBe(
			'?last=easy-run&finished=earlier&racedAgo=7&raceDistance=10k&filled=last%2Cfinished%2CracedAgo%2CraceDistance',
		);
		await page.locator('summary', { hasText: /^Your training/ }).click();
		expect(await page.getByRole('group', { name: 'What did you do in the last 24 hours?' }).getByLabel('Easy run').isChecked()).toBe(true);
		expect(
			await page.getByRole('group', { name: 'Any of these warning signs today?' }).getByRole('checkbox', { checked: true }).count(),
		).toBe(0);
		await page.getByRole('group', { name: 'Any of these warning signs today?' }).getByLabel('None of these').check();
		await page.getByRole('group', { name: 'Does any of these apply to you?' }).getByLabel('None of these').check();
		await page.getByRole('group', { name: 'Have you been ill in the last two weeks?' }).getByLabel('No', { exact: true }).check();
		await page.getByRole('button', { name: 'Get my plan' }).click();
		await page
			.locator('.tool-result')
			.getByText(/^Last 24 hours: easy run \(from your files\)\.$/)
			.waitFor();
		expect(
			await page
				.locator('.tool-result')
				.getByText(/^Last race: 10K, 7 days ago \(from your files\)\.$/)
				.count(),
		).toBe(1);
		await o.context.close();
	});

	test('the week ahead as an .ics calendar of 7 all-day events', async () => {
		const o = await openRuns();
		await readFiles(o);
		const { page } = o;
		await page.getByLabel(/^Tue 18 Aug/).selectOption('hard');
		await page.getByLabel(/^Wed 19 Aug/).selectOption('hard');
		await expect.poll(() => page.getByText('Two hard days in a row: if you can, put an easy day between them.').count()).toBe(1);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Add the week to my calendar (.ics)' }).click(),
		]);
		const ics = readFileSync((await download.path())!, 'utf8');
		expect(download.suggestedFilename()).toBe('my-training-week.ics');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(7);
		expect(ics).toMatch(/DTSTART;VALUE=DATE:20150817/);
		expect(ics).toMatch(/SUMMARY:Hard session \(see note\)/);
		await o.context.close();
	});

	test('storage stays empty unless "Remember on this device" is ticked, and is empty again after "Forget my runs"', async () => {
		const o = await openRuns();
		const { page } = o;
		await page.getByLabel(/^Remember on this device/).check();
		await readFiles(o, written);
		await expect.poll(async () => (await storage(page)).databases).toEqual(['runner-recovery-runs']);
		const kept = await page.evaluate(
			() =>
				new Promise<string>((resolve) => {
					const open = indexedDB.open('runner-recovery-runs');
					open.onsuccess = () => {
						const get = open.result.transaction('runs').objectStore('runs').get('picture');
						get.onsuccess = () => {
							resolve(JSON.stringify(get.result));
							open.result.close();
						};
					};
				}),
		);
		expect(kept).toMatch(/"sport":"running"/);
		expect(kept).not.toMatch(/lat|lon|position/);

		// A fresh page offers the remembered runs back.
		await page.reload({ waitUntil: 'load' });
		await waitForIslands(page);
		await page.getByRole('button', { name: 'Show my remembered runs' }).click();
		await page.getByRole('heading', { name: 'What your files hold' }).waitFor();
		expect(await page.locator('.runs-files').innerText()).toMatch(/race-10k\.fit/);

		await page.getByRole('button', { name: 'Forget my runs' }).click();
		await expect.poll(() => storage(page)).toEqual({ local: 0, session: 0, databases: [] });
		expect(await page.getByRole('status').innerText()).toMatch(/forgotten/);
		expect(o.errors).toEqual([]);
		await o.context.close();
	});

	test('Read my files with nothing chosen says what is expected at the field, and the field takes focus', async () => {
		const o = await openRuns();
		await o.page.getByRole('button', { name: 'Read my files' }).click();
		const field = o.page.getByLabel('Your activity files');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await o.page.locator('.field-error').innerText()).toMatch(/^Choose at least one file first: \.fit, \.fit\.gz, \.gpx/);
		expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
		await o.context.close();
	});

	test('a Strava export: only its last 28 days are read, in the worker, by slices of the file, and nothing is sent', async () => {
		const o = await openRuns();
		const day = 86_400_000;
		const zip = stravaExport([
			{ activity: { sport: 'running', start: new Date(NOW.getTime() - 2 * day), seconds: 1800, speed: () => 3 }, format: 'fit.gz' },
			{ activity: { sport: 'running', start: new Date(NOW.getTime() - 9 * day), seconds: 2400, speed: () => 3.1 }, format: 'gpx' },
			{ activity: { sport: 'running', start: new Date(NOW.getTime() - 90 * day), seconds: 2400, speed: () => 3.1 }, format: 'fit.gz' },
		]);
		const from = await readFiles(o, [{ name: 'export_1234.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
		const text = await o.page.locator('.runs-files').innerText();
		expect(text).toMatch(
			/export_1234\.zip\s+A Strava export of 3 activities: the 2 from the last 28 days read, the older ones left alone\./,
		);
		expect(text).toMatch(/activities\/1000\.fit\.gz[\s\S]*activities\/1001\.gpx/);
		expect(text).not.toMatch(/activities\/1002/);
		for (const r of o.requests.slice(from)) {
			expect(r.method, r.url).toBe('GET');
			expect(new URL(r.url).pathname, r.url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
		}
		expect(o.errors).toEqual([]);
		await o.context.close();
	});
});
