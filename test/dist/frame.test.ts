/**
 * The shared frame in the built files and as served: guides indexed for search and the 404 page not,
 * canonical and Open Graph tags, robots.txt and the sitemap, and the 404 status.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseURL, distDir } from '../support/served-site';

describe('the page frame', () => {
	test('guides are indexed for search and the 404 page is not', () => {
		const guide = readFileSync(join(distDir(), 'methods/foam-rolling/index.html'), 'utf8');
		const notFound = readFileSync(join(distDir(), '404.html'), 'utf8');
		expect(guide).toMatch(/<main[^>]*data-pagefind-body/);
		expect(notFound).not.toMatch(/data-pagefind-body/);
		expect(notFound).toMatch(/<meta name="robots" content="noindex"/);
	});

	test('pages carry a canonical URL and Open Graph tags on the configured site', () => {
		const html = readFileSync(join(distDir(), 'methods/foam-rolling/index.html'), 'utf8');
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		expect(canonical).toMatch(/^https:\/\/[^/]+\/methods\/foam-rolling\/$/);
		expect(html).toContain(`<meta property="og:url" content="${canonical}"`);
		expect(html).toMatch(/<meta property="og:type" content="article"/);
		expect(html).toMatch(/<meta name="description" content="[^"]{40,160}"/);
	});

	test('robots.txt points at the sitemap, and the sitemap lists the guides but not the 404 page', async () => {
		const robots = await (await fetch(new URL('/robots.txt', baseURL()))).text();
		expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
		const sitemap = readFileSync(join(distDir(), 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/methods/foam-rolling/</loc>');
		expect(sitemap).not.toContain('404');
	});

	test("an unknown address answers 404 with the site's not-found page", async () => {
		const response = await fetch(new URL('/no-such-page/', baseURL()));
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Page not found');
	});
});
