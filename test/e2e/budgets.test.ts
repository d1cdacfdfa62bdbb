/**
 * Built-site budgets (DESIGN.md "Budgets"), measured on dist/ after a real build, never timed:
 * gzipped JavaScript each page loads before interaction, CSS and HTML weight.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlPages, pageWeight } from '../support/built-site';
import { distDir } from './support';

const KB = 1024;
export const BUDGET = {
	jsWithoutIsland: 4 * KB,
	jsWithIsland: 20 * KB,
	css: 14 * KB,
	html: 30 * KB,
};

const pages = htmlPages(distDir());

test('the build produced every page kind', () => {
	const paths = pages.map((p) => p.path);
	for (const path of ['/', '/methods/', '/evidence/', '/red-flags/', '/about/', '/search/', '/404.html', '/tools/today/', '/tools/sleep/', '/tools/compression/'])
		expect(paths).toContain(path);
	expect(paths.filter((p) => /^\/methods\/[a-z-]+\/$/.test(p)).length).toBeGreaterThanOrEqual(3);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
	const weight = pageWeight(distDir(), page);
	const jsBudget = weight.hasIsland ? BUDGET.jsWithIsland : BUDGET.jsWithoutIsland;

	test(`ships at most ${jsBudget / KB} KB of gzipped JavaScript before interaction`, () => {
		expect(weight.jsGzip + weight.inlineJsGzip, weight.scripts.join(', ')).toBeLessThanOrEqual(jsBudget);
	});

	test(`ships at most ${BUDGET.css / KB} KB of gzipped CSS and ${BUDGET.html / KB} KB of gzipped HTML`, () => {
		expect(weight.cssGzip).toBeLessThanOrEqual(BUDGET.css);
		expect(weight.htmlGzip).toBeLessThanOrEqual(BUDGET.html);
	});

	test('references no resource on another origin', () => {
		const html = readFileSync(page.file, 'utf8');
		const external = [...html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/g)]
			.map((m) => m[0])
			// canonical and sitemap links name the site's own public URL; the browser fetches neither.
			.filter((tag) => !/\srel="(canonical|sitemap)"/.test(tag))
			.filter((tag) => /\s(src|href|srcset|data)="(https?:)?\/\//.test(tag));
		expect(external).toEqual([]);
	});
});
