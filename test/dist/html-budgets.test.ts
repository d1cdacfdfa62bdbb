/**
 * Budgets on the built files (DESIGN.md "Budgets"): every page kind was built, and every page's HTML
 * fits its raw and gzip budgets with nothing loaded from another origin. JavaScript and CSS are
 * weighed as Chromium loads them, in test/e2e/every-page.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUDGET, KB } from '../support/budgets';
import { gzipSize, htmlPages } from '../support/built-site';
import { distDir } from '../support/served-site';

const pages = htmlPages(distDir());

test('the build produced every page kind', () => {
	const paths = pages.map((p) => p.path);
	for (const path of ['/', '/methods/', '/injuries/', '/evidence/', '/red-flags/', '/about/', '/search/', '/404.html', '/after-the-race/'])
		expect(paths).toContain(path);
	for (const tool of ['today', 'sleep', 'compression', 'after-race']) expect(paths).toContain(`/tools/${tool}/`);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, file) => {
	test(`HTML at most ${BUDGET.htmlRaw / KB} KB raw and ${BUDGET.htmlGzip / KB} KB gzipped, with nothing from another origin`, () => {
		const html = readFileSync(file.file);
		expect(html.length).toBeLessThanOrEqual(BUDGET.htmlRaw);
		expect(gzipSize(html)).toBeLessThanOrEqual(BUDGET.htmlGzip);
		const external = [...html.toString('utf8').matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g)]
			.map((m) => m[0])
			// canonical and sitemap links name the site's own public URL; the browser fetches neither.
			.filter((tag) => !/\srel="(canonical|sitemap)"/.test(tag))
			.filter((tag) => /\s(src|href|srcset|data)="(https?:)?\/\//.test(tag));
		expect(external).toEqual([]);
	});
});
