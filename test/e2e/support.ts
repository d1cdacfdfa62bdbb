/**
 * Shared helpers for the e2e tests: one Chromium per test file, pages that record every request
 * and console error, hydration waits and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChrome } from '../support/browser';

export const baseURL = () => inject('baseURL');
export const distDir = () => inject('distDir');

export interface TrackedPage {
	page: Page;
	/** Every URL the page requested. */
	requests: string[];
	/** Console errors and page errors, CSP violations included. */
	errors: string[];
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
			before?: (page: Page) => void;
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
		page.on('request', (r) => requests.push(r.url()));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		options.before?.(page);
		await page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
		return { page, requests, errors };
	};
}

/** Waits until every Astro island on the page has hydrated (the `ssr` attribute is removed then). */
export async function waitForIslands(page: Page) {
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
}

/** Runs axe with the WCAG 2.2 AA rule set and expects no violations, listing any that are found. */
export async function expectNoAxeViolations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const summary = result.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Requests that left the site's own origin (data: and blob: URLs are local). */
export function thirdPartyRequests(requests: string[]): string[] {
	const origin = new URL(baseURL()).origin;
	return requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
}
