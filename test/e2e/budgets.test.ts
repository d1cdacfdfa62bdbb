/**
 * Budgets as a browser sees them (DESIGN.md "Budgets"): every page is opened in Chromium, read to
 * the bottom (so islands that hydrate when visible do), and left until the network is idle.
 * Every script response Chromium fetched before any interaction is counted at its gzip size, and
 * every inline script too. A page with an island, or one that loads search eagerly, is a tool page
 * (20 KB); every other page 4 KB. HTML and CSS are weighed too. The numbers are written to
 * test/.output/budgets.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSize, htmlPages } from '../support/built-site';
import { root } from '../support/guides';
import { distDir, useBrowser } from './support';

const KB = 1024;
export const BUDGET = { jsToolPage: 20 * KB, jsOtherPage: 4 * KB, css: 14 * KB, htmlGzip: 30 * KB, htmlRaw: 300 * KB };

const open = useBrowser();
const pages = htmlPages(distDir());
const measured: Record<string, { js: number; scripts: Record<string, number>; inline: number; css: number; toolPage: boolean }> = {};

afterAll(() => {
	mkdirSync(join(root, 'test/.output'), { recursive: true });
	writeFileSync(join(root, 'test/.output/budgets.json'), JSON.stringify(measured, null, 2));
});

test('the build produced every page kind', () => {
	const paths = pages.map((p) => p.path);
	for (const path of ['/', '/methods/', '/injuries/', '/evidence/', '/red-flags/', '/about/', '/search/', '/404.html', '/after-the-race/'])
		expect(paths).toContain(path);
	for (const tool of ['today', 'sleep', 'compression', 'after-race']) expect(paths).toContain(`/tools/${tool}/`);
});

/** What Chromium fetched and ran on a page before any interaction. */
async function weigh(path: string) {
	const bodies: Promise<{ url: string; type: string; size: number }>[] = [];
	const { page } = await open(path, {
		before: (p) =>
			p.on('response', (r) => {
				const type = r.request().resourceType();
				if (type === 'script' || type === 'stylesheet')
					bodies.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, type, size: gzipSize(b) })));
			}),
	});
	// Read to the bottom, half a screen at a time, so an island that hydrates when visible does.
	await page.evaluate(async () => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
			window.scrollTo(0, y);
			await new Promise((done) => setTimeout(done, 30));
		}
		window.scrollTo(0, document.documentElement.scrollHeight);
	});
	await page.waitForLoadState('networkidle');
	const fetched = await Promise.all(bodies);
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? ''),
	);
	const inlineStyles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
	const toolPage = (await page.locator('astro-island').count()) > 0 || fetched.some((f) => f.url.startsWith('/pagefind/'));
	await page.context().close();
	const scripts = Object.fromEntries(fetched.filter((f) => f.type === 'script').map((f) => [f.url, f.size]));
	const inlineJs = inline.reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0);
	const css =
		fetched.filter((f) => f.type === 'stylesheet').reduce((sum, f) => sum + f.size, 0) +
		inlineStyles.reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0);
	return { js: Object.values(scripts).reduce((a, b) => a + b, 0) + inlineJs, scripts, inline: inlineJs, css, toolPage };
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, file) => {
	test('fits its JavaScript and CSS budgets, as Chromium loads it', async () => {
		const w = await weigh(path);
		measured[path] = w;
		const budget = w.toolPage ? BUDGET.jsToolPage : BUDGET.jsOtherPage;
		expect(w.js, `${(w.js / KB).toFixed(1)} KB: ${JSON.stringify(w.scripts)} + inline ${w.inline}`).toBeLessThanOrEqual(budget);
		expect(w.css).toBeLessThanOrEqual(BUDGET.css);
	});

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
