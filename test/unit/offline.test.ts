/**
 * The offline layer's data (src/lib/offline.ts), the app icons (src/lib/app-icons.ts) and the short
 * printout's rule (src/lib/print.ts). The browser behaviour is in test/e2e/offline.test.ts and the
 * print page counts in test/e2e/pages.test.ts; these hold the lists to what the issue asks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { APP_ICONS, iconSvg } from '../../src/lib/app-icons';
import { OFFLINE_PAGE, PRECACHED_PAGES } from '../../src/lib/offline';
import { keepsInShortPrint } from '../../src/lib/print';
import { TOOLS } from '../../src/lib/tools/registry';

describe('cached on install', () => {
	test('every tool, the home page, the after-race and red-flag pages, both indexes and the offline page', () => {
		const hrefs = PRECACHED_PAGES.map((p) => p.href);
		for (const href of ['/', ...TOOLS.map((t) => t.href), '/after-the-race/', '/red-flags/', '/injuries/', '/methods/', OFFLINE_PAGE])
			expect(hrefs).toContain(href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
	});
});

describe('app icons from the favicon', () => {
	const favicon = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');
	test('a plain icon is the favicon itself', () => {
		expect(iconSvg(favicon, APP_ICONS[0])).toBe(favicon);
	});
	test('the maskable icon fills the square and keeps the mark in the middle 80%', () => {
		const svg = iconSvg(
			favicon,
			APP_ICONS.find((i) => i.maskable)!,
		);
		expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 512 512"><rect width="512" height="512" fill="#0b5d6b"\/>/);
		// 80% of 512 is 409.6, drawn at 410 from (51, 51): the safe zone's circle of radius 204.8 holds it.
		expect(svg).toContain('<svg x="51" y="51" width="410" height="410" viewBox="0 0 32 32">');
	});
});

describe('the short printout', () => {
	test.each([
		['How to do it', true],
		['Red flags: when to see a clinician', true],
		['Red flags after a race', true],
		['The short answer', true],
		['What the evidence says', false],
		['Safety and when not to', false],
		['Cost and time', false],
	])('%j kept: %s', (heading, kept) => {
		expect(keepsInShortPrint(heading)).toBe(kept);
	});
});
