/**
 * Shared helpers for the e2e tests: one Chromium per test file, pages that record every request
 * and console error, hydration waits and axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChrome } from '../support/browser';

import { baseURL } from '../support/served-site';

export { baseURL, distDir } from '../support/served-site';

export interface TrackedPage {
	page: Page;
	/** Every URL the page requested. */
	requests: string[];
	/** Console errors and page errors, CSP violations included. */
	errors: string[];
	/**
	 * Resolves when the page has settled: every island hydrated, the fonts ready, and no request in
	 * flight on two checks a frame apart (what networkidle's fixed half-second window approximated).
	 */
	settled: () => Promise<void>;
}

/** Registers a browser for the current test file and returns a function that opens tracked pages. */
export function useBrowser() {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChrome();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return async function open(
		path: string,
		options: {
			javaScript?: boolean;
			reducedMotion?: boolean;
			viewport?: { width: number; height: number };
			/** Runs before the page is opened, and is awaited: an init script not yet registered would miss the page. */
			before?: (page: Page) => Promise<unknown> | void;
		} = {},
	): Promise<TrackedPage> {
		if (!browser) throw new Error('browser not started');
		const context = await browser.newContext({
			// The offline worker is tested on its own (offline.test.ts): elsewhere it would download the
			// whole offline set in every fresh context, and answer requests these tests expect the server to.
			serviceWorkers: 'block',
			javaScriptEnabled: options.javaScript ?? true,
			reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
			...(options.viewport ? { viewport: options.viewport, isMobile: true, hasTouch: true } : {}),
		});
		const page = await context.newPage();
		const requests: string[] = [];
		const errors: string[] = [];
		let inFlight = 0;
		page.on('request', (r) => {
			requests.push(r.url());
			inFlight++;
		});
		page.on('requestfinished', () => inFlight--);
		page.on('requestfailed', () => inFlight--);
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await options.before?.(page);
		await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
		const settled = async () => {
			await waitForIslands(page);
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			for (let quiet = 0; quiet < 2;) {
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 20))));
				quiet = inFlight === 0 ? quiet + 1 : 0;
			}
		};
		return { page, requests, errors, settled };
	};
}

/** Waits until every Astro island on the page has hydrated (the `ssr` attribute is removed then). */
export async function waitForIslands(page: Page) {
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
}

/** Chooses the after-race timeline's race day by its name in the list ("Today, Sun 6 Dec"). */
export async function chooseRaceDay(page: Page, day: 'Today' | 'Yesterday') {
	const list = page.getByLabel('Race day (required)');
	const value = await list.locator('option', { hasText: new RegExp(`^${day}, `) }).getAttribute('value');
	await list.selectOption(value ?? '');
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe (the WCAG 2.2 AA rule set and best practice) and expects no violations, listing any that
 * are found. axe-core runs in the page itself: @axe-core/playwright's analyze() opens a second page
 * to merge per-frame results, which made each check two to three times slower, and these pages
 * have no frames (asserted, so a page that gains one is not checked partly).
 */
export async function expectNoAxeViolations(page: Page) {
	expect(page.frames(), `${page.url()} has frames: run axe across them`).toHaveLength(1);
	// Injected once per document: a second check on the same page (dark, print) reuses it.
	if (await page.evaluate(() => !('axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	}, AXE_TAGS);
	const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Requests that left the site's own origin (data: and blob: URLs are local). */
export function thirdPartyRequests(requests: string[]): string[] {
	const origin = new URL(baseURL()).origin;
	return requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
}
