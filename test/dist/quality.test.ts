/**
 * Quality gates on the built site's files: valid HTML, no broken internal link or anchor, sized
 * images, structured data, a strict Content-Security-Policy on every page and the security headers
 * as served. That the tools and search work under the policy is checked in Chromium
 * (test/e2e/csp.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlPages } from '../support/built-site';
import { root } from '../support/guides';
import { baseURL, distDir } from '../support/served-site';

const pages = htmlPages(distDir()).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const pathsOf = new Set(pages.map((p) => p.path));

/** Astro writes its island runtime style inline where the first island renders; it is Astro's, not ours. */
const withoutAstroRuntime = (html: string) =>
	html.replace(/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g, '');

describe('valid HTML (html-validate, recommended rules)', async () => {
	const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
	test.each(pages.map((p) => [p.path, p] as const))('%s', async (_path, page) => {
		const report = await validator.validateString(withoutAstroRuntime(page.html), page.file);
		const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
		expect(messages).toEqual([]);
	});
});

describe('links', () => {
	const ids = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

	test.each(pages.map((p) => [p.path, p] as const))('every internal link and anchor on %s resolves', (_path, page) => {
		const broken: string[] = [];
		for (const [, href] of page.html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
			if (!href || /^(https?:|mailto:)/.test(href)) continue;
			const url = new URL(href.replaceAll('&amp;', '&'), `http://site${page.path}`);
			const target = url.pathname;
			const exists = pathsOf.has(target) || target.endsWith('.xml') || target.endsWith('.txt');
			if (!exists) broken.push(href);
			else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(href);
		}
		expect(broken).toEqual([]);
	});

	test('every image has a width, a height and alt text', () => {
		const bad = pages.flatMap((p) =>
			[...p.html.matchAll(/<img\b[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag) || !/\salt="/.test(tag))
				.map((tag) => `${p.path}: ${tag}`),
		);
		expect(bad).toEqual([]);
	});
});

describe('structured data', () => {
	const jsonLd = (html: string) =>
		[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));

	test('every guide carries a valid schema.org Article that matches the page', () => {
		const guides = pages.filter((p) => /^\/(methods|injuries)\/[a-z-]+\/$/.test(p.path) || p.path === '/after-the-race/');
		expect(guides.length).toBeGreaterThanOrEqual(30);
		for (const page of guides) {
			const [article, ...rest] = jsonLd(page.html);
			expect(rest).toEqual([]);
			expect(article).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', inLanguage: 'en' });
			const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(page.html)?.[1];
			expect(article.headline).toBe(title?.replaceAll('&amp;', '&').replaceAll('&#39;', "'"));
			expect(article.url).toMatch(new RegExp(`^https://[^/]+${page.path}$`));
			expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(article.citation.length).toBeGreaterThanOrEqual(2);
			for (const c of article.citation) expect(c.url).toMatch(/^https:\/\//);
		}
	});

	test('the home page declares the site and its search action', () => {
		const [site] = jsonLd(pages.find((p) => p.path === '/')!.html);
		expect(site['@type']).toBe('WebSite');
		const template: string = site.potentialAction.target.urlTemplate;
		expect(template).toMatch(/^https:\/\/[^/]+\/search\/\?q=\{search_term_string\}$/);
		expect(site.potentialAction['query-input']).toBe('required name=search_term_string');
	});
});

describe('security', () => {
	const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

	test.each(pages.map((p) => [p.path, p] as const))('%s carries a strict Content-Security-Policy', (_path, page) => {
		const policy = policyOf(page.html);
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|(^| )\*( |$)/);
		expect(/style-src ([^;]+)/.exec(policy)?.[1]).not.toContain('unsafe-inline');
		// Every inline script and style on the page must be allowed by its own hash in the policy.
		const styleSrc = /style-src ([^;]+)/.exec(policy)?.[1] ?? '';
		const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		const inlineScripts = [
			...page.html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g),
		].map((m) => m[1] ?? '');
		const inlineStyles = [...page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
		expect(inlineScripts.filter((text) => !scriptSrc.includes(sha(text))).map((t) => t.slice(0, 60))).toEqual([]);
		expect(inlineStyles.filter((text) => !styleSrc.includes(sha(text))).map((t) => t.slice(0, 60))).toEqual([]);
	});

	test('responses carry the security headers of public/_headers', async () => {
		for (const path of ['/', '/methods/heat/', '/tools/today/']) {
			const response = await fetch(new URL(path, baseURL()));
			expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8,}/);
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
			expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			expect(response.headers.get('x-frame-options')).toBe('DENY');
		}
		const asset = pages.flatMap((p) => [...p.html.matchAll(/"(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))[0];
		expect(asset).toBeDefined();
		const cached = await fetch(new URL(asset!, baseURL()));
		expect(cached.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const html = await fetch(new URL('/', baseURL()));
		expect(html.headers.get('cache-control')).toBeNull();
	});
});
