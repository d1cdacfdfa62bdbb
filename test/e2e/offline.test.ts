/**
 * Offline, as a runner at a race venue meets it: one online visit, then no connection. The site is
 * served by this file's own server, which is stopped for the offline part (a browser context set
 * offline does not stop a service worker's own fetches, so a worker that went to the network first
 * would pass that alone), and the context is set offline too.
 *
 * The worker serves a copy of the build whose sw.js can change, to see an update offered, not forced.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PRECACHED_PAGES, SERVICE_WORKER_URL } from '../../src/lib/offline';
import { TOOLS } from '../../src/lib/tools/registry';
import { launchChrome } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';
import { chooseRaceDay, distDir, expectNoAxeViolations, waitForIslands } from './support';

let browser: Browser;
let site: string;
let context: BrowserContext;
const errors: string[] = [];
/** Bytes the server sent (as sent: gzip where the browser asked for it), per path. */
const sent = new Map<string, number>();

/** The build, linked into a folder of its own with a copy of sw.js this file may change. */
function copyOfBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'rr-offline-'));
	for (const entry of readdirSync(distDir())) if (entry !== 'sw.js') symlinkSync(join(distDir(), entry), join(dir, entry));
	copyFileSync(join(distDir(), 'sw.js'), join(dir, 'sw.js'));
	return dir;
}

/** The static server, counting the body bytes it sends (gzip where the browser asked for it) per path. */
async function countingServer(dir: string): Promise<RunningServer> {
	const running = await serveStatic(dir);
	running.server.prependListener('request', (req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const count = (chunk: unknown) => {
			if (chunk && typeof chunk !== 'function') sent.set(path, (sent.get(path) ?? 0) + Buffer.byteLength(chunk as Buffer));
		};
		const [write, end] = [res.write.bind(res), res.end.bind(res)];
		res.write = ((chunk: unknown, ...rest: never[]) => (count(chunk), write(chunk as Buffer, ...rest))) as typeof res.write;
		res.end = ((chunk?: unknown, ...rest: never[]) => (count(chunk), end(chunk as Buffer, ...rest))) as typeof res.end;
	});
	return running;
}

let root: string;
let served: RunningServer;

beforeAll(async () => {
	root = copyOfBuild();
	served = await countingServer(root);
	site = served.url;
	browser = await launchChrome();
	context = await browser.newContext({ serviceWorkers: 'allow' });
	context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`)));
});

afterAll(async () => {
	await browser?.close();
	await served?.close().catch(() => undefined);
	rmSync(root, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, site).href;

async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

async function cut() {
	await served.close();
	await context.setOffline(true);
}

/** What the worker has cached on install, by cache: the precache's paths. */
const precached = (page: Page) =>
	page.evaluate(async () => {
		const names = (await caches.keys()).filter((n) => n.includes('precache'));
		const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
		return keys.map((k) => new URL(k.url).pathname);
	});

describe('offline, after one online visit', () => {
	let page: Page;

	test('online: the manifest is valid, the worker installs and controls the page, within 1 MB gzip at the server', async () => {
		page = await context.newPage();
		await page.goto(url('/'), { waitUntil: 'load' });
		await controlled(page);
		// The manifest and its icons, read as a browser would.
		const manifest = await (await page.request.get(url('/manifest.webmanifest'))).json();
		expect(manifest).toMatchObject({ name: 'Runner Recovery', start_url: '/', display: 'standalone' });
		expect(manifest.icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual(['any', 'any', 'maskable']);
		for (const icon of manifest.icons as { src: string; sizes: string }[]) {
			const png = await (await page.request.get(url(icon.src))).body();
			// PNG's IHDR: width and height are the big-endian words at bytes 16 and 20.
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
		expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');
		// Everything in the offline set was cached on install, and the first visit cost at most 1 MB.
		const paths = await precached(page);
		for (const p of PRECACHED_PAGES) expect(paths).toContain(`${p.href}index.html`);
		expect(paths.some((p) => p.startsWith('/tools/today/m/'))).toBe(true);
		// Search opens offline: Pagefind's loader is precached, not only kept once a search has run.
		for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind'])
			expect(paths).toContain(file);
		expect(paths.some((p) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(p))).toBe(true);
		const total = [...sent.values()].reduce((a, b) => a + b, 0);
		expect(total).toBeLessThan(1024 * 1024);
		// A guide read online, a word searched online, a guide kept with its button.
		await page.goto(url('/methods/foam-rolling/'), { waitUntil: 'load' });
		await page.goto(url('/search/?q=foam'), { waitUntil: 'load' });
		await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-search-page] .search-status')?.textContent ?? ''));
		await page.goto(url('/injuries/shin-pain/'), { waitUntil: 'load' });
		const keep = page.locator('[data-keep-offline] button');
		expect(await keep.innerText()).toBe('Keep for offline');
		await keep.click();
		await expect
			.poll(() => page.locator('[data-keep-offline] [role="status"]').textContent())
			.toBe('Kept on this device: it opens without a connection.');
		expect(await keep.getAttribute('aria-pressed')).toBe('true');
		expect(await keep.innerText()).toBe('Kept for offline');
		await expectNoAxeViolations(page);
	});

	test('offline: the home page, the after-race guide, the kept and the read guide, the offline page for the rest', async () => {
		await cut();
		await page.goto(url('/'), { waitUntil: 'load' });
		expect(await page.locator('h1').innerText()).not.toBe('');
		await page.goto(url('/after-the-race/'), { waitUntil: 'load' });
		expect(await page.locator('h1').innerText()).toMatch(/after the race/i);
		await page.goto(url('/injuries/shin-pain/'), { waitUntil: 'load' });
		expect(await page.locator('h1').innerText()).toMatch(/shin/i);
		await page.goto(url('/methods/foam-rolling/'), { waitUntil: 'load' });
		expect(await page.locator('h1').innerText()).toMatch(/foam/i);
		// Never read: the offline page, which lists what there is, the kept guide among it.
		await page.goto(url('/methods/heat/'), { waitUntil: 'load' });
		expect(await page.locator('h1').innerText()).toBe('Without a connection');
		for (const p of PRECACHED_PAGES.filter((x) => x.href !== '/offline/'))
			expect(await page.locator(`main a[href="${p.href}"]`).count()).toBeGreaterThan(0);
		await page.locator('[data-offline-pages] a[href="/injuries/shin-pain/"]').waitFor();
		await expectNoAxeViolations(page);
	});

	test('offline: each tool gives its result', async () => {
		const fills: Record<string, (p: Page) => Promise<void>> = {
			today: async (p) => {
				for (const name of ['Any of these warning signs today?', 'Does any of these apply to you?'])
					await p.getByRole('group', { name }).getByLabel('None of these').check();
				await p.getByRole('group', { name: 'Have you been ill in the last two weeks?' }).getByLabel('No', { exact: true }).check();
			},
			'after-race': async (p) => {
				await p.getByLabel('Marathon', { exact: true }).check();
				await chooseRaceDay(p, 'Yesterday');
				await p.getByRole('group', { name: 'Have you been ill in the last two weeks?' }).getByLabel('No', { exact: true }).check();
			},
			sleep: async (p) => {
				await p.getByLabel('Wake-up time').fill('06:30');
			},
			// Offline, the readers come from the worker's cache: a FIT file needs the FIT reader's chunk.
			runs: async (p) => {
				await p.getByLabel('Your activity files').setInputFiles({
					name: 'run.fit',
					mimeType: 'application/octet-stream',
					buffer: readFileSync(new URL('../fixtures/runs/activity-small-fenix2-run.fit', import.meta.url)),
				});
			},
			compression: async (p) => {
				await p.getByLabel('None of these').check();
				await p.getByLabel('Calf at its widest (cm)').fill('38');
			},
		};
		for (const tool of TOOLS) {
			await page.goto(url(tool.href), { waitUntil: 'load' });
			await waitForIslands(page);
			await page.locator('astro-island form button[type="submit"]:not([disabled])').first().waitFor();
			await fills[tool.id]!(page);
			await page.locator('astro-island form button[type="submit"]').first().click();
			await page.locator('.tool-result h2').first().waitFor({ timeout: 10_000 });
			expect(await page.locator('.tool-result').innerText(), tool.href).not.toMatch(/could not load/);
		}
	});

	test('offline search: a word searched online is found; any other says search needs a connection and lists the pages here, also where the browser thinks it is online', async () => {
		await page.goto(url('/search/?q=foam'), { waitUntil: 'load' });
		await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-search-page] .search-status')?.textContent ?? ''));
		expect(await page.locator('[data-search-page] .search-result-title').first().innerText()).toMatch(/foam/i);
		await page.goto(url('/search/?q=sauna'), { waitUntil: 'load' });
		const status = page.locator('[data-search-page] .search-status');
		await expect.poll(() => status.textContent()).toMatch(/^No connection: search needs one to look for “sauna”/);
		const listed = page.locator('[data-search-page] .search-results');
		expect(await listed.locator('a[href="/injuries/shin-pain/"]').count()).toBe(1);
		expect(await listed.locator('a[href="/tools/today/"]').count()).toBe(1);
		await expectNoAxeViolations(page);
		// A network without internet (a race venue's wifi): navigator.onLine is true, the site is out
		// of reach. Pagefind alone would answer "no results" here.
		await context.setOffline(false);
		await page.goto(url('/search/?q=sauna'), { waitUntil: 'load' });
		expect(await page.evaluate(() => navigator.onLine)).toBe(true);
		await expect.poll(() => status.textContent()).toMatch(/^No connection: search needs one to look for “sauna”/);
		await page.goto(url('/search/?q=foam'), { waitUntil: 'load' });
		await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-search-page] .search-status')?.textContent ?? ''));
		await context.setOffline(true);
	});

	test('no page error anywhere, online or off', () => {
		expect(errors).toEqual([]);
	});
});

describe('a new version', () => {
	test('is offered ("Update ready"), never forced: the page reloads only when the runner says so', async () => {
		served = await countingServer(root);
		const ctx = await browser.newContext({ serviceWorkers: 'allow' });
		const page = await ctx.newPage();
		const at = (path: string) => new URL(path, served.url).href;
		await page.goto(at('/'), { waitUntil: 'load' });
		await controlled(page);
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		writeFileSync(join(root, 'sw.js'), `${readFileSync(join(root, 'sw.js'), 'utf8')}\n// the next version\n`);
		await page.evaluate(async (sw) => (await navigator.serviceWorker.getRegistration(sw))?.update(), SERVICE_WORKER_URL);
		const offer = page.getByRole('status').filter({ hasText: 'Update ready' });
		await offer.waitFor({ timeout: 20_000 });
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
		await expectNoAxeViolations(page);
		await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
		expect(await page.getByRole('status').filter({ hasText: 'Update ready' }).count()).toBe(0);
		await ctx.close();
	});
});
