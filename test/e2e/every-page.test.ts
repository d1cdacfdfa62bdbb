/**
 * Every built page, visited once in real Chromium (DESIGN.md "Budgets"; this was two visits, one
 * for axe and one for the budget): every island brought into view and the page read to the bottom,
 * so islands that hydrate when visible do; then, once it has settled (islands hydrated, fonts ready, no request in
 * flight):
 *   - its JavaScript and CSS as Chromium loaded them before any interaction: every script and
 *     stylesheet response at its gzip size, inline scripts and styles too. A page with an island, or
 *     one that loads search eagerly, is a tool page (20 KB); every other page 4 KB. The numbers are
 *     written to test/.output/budgets.json;
 *   - axe (WCAG 2.2 AA and best practice) finds nothing;
 *   - nothing requested from another origin, no console error (CSP violations included);
 *   - on a sample, axe again in the dark colour scheme; on every guide, its short printout: at most
 *     two A4 pages as Chromium prints them, and more with "Print the full guide".
 * Pages are visited a few at a time in one browser: the work is in Chromium's processes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUDGET, KB, type PageWeight } from '../support/budgets';
import { gzipSize, htmlPages } from '../support/built-site';
import { root } from '../support/guides';
import { staticScripts } from '../support/static-budget';
import { TOOLS } from '../../src/lib/tools/registry';
import { distDir, expectNoAxeViolations, thirdPartyRequests, useBrowser, type TrackedPage } from './support';

/**
 * Pages where the static count (test/support/static-budget.ts, used by the dist layer for every
 * page) must agree with Chromium's within 2%: every tool page, a guide with an embedded tool, a
 * guide without, the after-race guide and search.
 */
const CROSS_CHECKED = new Set([...TOOLS.map((t) => t.href), '/methods/sleep/', '/methods/ice-baths/', '/after-the-race/', '/search/']);
const AGREE_WITHIN = 0.02;
/** Pages also checked by axe in the dark colour scheme, on the same visit. */
const DARK_SAMPLE = new Set([
	'/',
	'/methods/',
	'/methods/foam-rolling/',
	'/injuries/plantar-heel-pain/',
	'/evidence/',
	'/tools/after-race/',
	'/red-flags/',
	'/404.html',
]);
/**
 * Native date and time controls, which no page may build before interaction: the first one a page
 * builds costs Chromium 25-35 ms of main thread on this project's machine (four times that as
 * Lighthouse counts it). The after-race timeline's race day was one, and that page was the one
 * whose Lighthouse performance fell to 96-99 on busy CI runs; it is a list of days now
 * (raceDayChoices in src/lib/tools/after-race/form.ts).
 */
const NATIVE_DATE_CONTROLS = ['date', 'time', 'datetime-local', 'month', 'week'].map((t) => `input[type=${t}]`).join(', ');
/** Guides (and the after-race guide) print short: at most two A4 pages (src/lib/print.ts). */
const printsShort = (path: string) =>
	path === '/after-the-race/' || (/^\/(methods|injuries)\/[a-z-]+\/$/.test(path) && !/\/(category|goal|region)\/$/.test(path));
/** Pages in a PDF as Chromium prints it on A4. */
const pdfPages = async (page: TrackedPage['page']) =>
	((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** A guide prints its answer and what to act on in two A4 pages; "Print the full guide" brings the rest back. */
async function expectShortPrintout(page: TrackedPage['page']) {
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	const short = await pdfPages(page);
	expect(short).toBeLessThanOrEqual(2);
	// What is left out comes back with "Print the full guide" (the print itself is the browser's).
	const references = page.getByRole('heading', { name: 'References', level: 2 });
	expect(await references.isVisible()).toBe(false);
	expect(await page.getByText('A short printout:').isVisible()).toBe(true);
	await page.evaluate(() => document.documentElement.classList.add('print-full'));
	expect(await references.isVisible()).toBe(true);
	expect(await pdfPages(page)).toBeGreaterThan(short);
}

/** What the one visit checks on a page, as its test's name. */
const checks = (path: string) =>
	[
		'fits its JavaScript and CSS budgets as Chromium loads it, with no native date control',
		`axe finds nothing${DARK_SAMPLE.has(path) ? ', light or dark' : ''}`,
		'no third-party request or console error',
		...(printsShort(path) ? ['prints its answer and what to act on in at most two A4 pages'] : []),
	].join('; ');

const open = useBrowser();
const pages = htmlPages(distDir()).map((p) => p.path);
const measured: Record<string, PageWeight> = {};

afterAll(() => {
	mkdirSync(join(root, 'test/.output'), { recursive: true });
	const sorted = Object.fromEntries(Object.entries(measured).sort(([a], [b]) => a.localeCompare(b)));
	writeFileSync(join(root, 'test/.output/budgets.json'), JSON.stringify(sorted, null, 2));
});

/**
 * Brings each island into view and waits there until it has hydrated, then goes to the bottom of
 * the page: what a reader scrolling down makes load, without scrolling half a screen at a time.
 * (An island that hydrates when visible needs to stay in view until its observer has fired.)
 */
const readToBottom = (page: TrackedPage['page']) =>
	page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
		for (const island of document.querySelectorAll('astro-island')) {
			// An island is display: contents (no box to scroll to): bring its first element into view.
			(island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
			for (let waited = 0; island.hasAttribute('ssr') && waited < 100; waited++) await frame();
		}
		window.scrollTo(0, document.documentElement.scrollHeight);
		await frame();
	});

/** What Chromium fetched and ran on a page before any interaction, at gzip sizes. */
async function weigh({ page }: TrackedPage, bodies: Promise<{ url: string; type: string; size: number }>[]): Promise<PageWeight> {
	const fetched = await Promise.all(bodies);
	const [inline, inlineStyles] = await page.evaluate(() => [
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? ''),
		[...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
	]);
	const toolPage = (await page.locator('astro-island').count()) > 0 || fetched.some((f) => f.url.startsWith('/pagefind/'));
	const scripts = Object.fromEntries(fetched.filter((f) => f.type === 'script').map((f) => [f.url, f.size]));
	const inlineJs = inline!.reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0);
	const css =
		fetched.filter((f) => f.type === 'stylesheet').reduce((sum, f) => sum + f.size, 0) +
		inlineStyles!.reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0);
	return { js: Object.values(scripts).reduce((a, b) => a + b, 0) + inlineJs, scripts, inline: inlineJs, css, toolPage };
}

describe.concurrent.each(pages)('%s', (path) => {
	test(checks(path), async () => {
		const bodies: Promise<{ url: string; type: string; size: number }>[] = [];
		const tracked = await open(path, {
			before: (p) => {
				p.on('response', (r) => {
					const type = r.request().resourceType();
					if (type === 'script' || type === 'stylesheet')
						bodies.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, type, size: gzipSize(b) })));
				});
			},
		});
		await readToBottom(tracked.page);
		await tracked.settled();
		const w = await weigh(tracked, bodies);
		measured[path] = w;
		const budget = w.toolPage ? BUDGET.jsToolPage : BUDGET.jsOtherPage;
		expect(w.js, `${(w.js / KB).toFixed(1)} KB: ${JSON.stringify(w.scripts)} + inline ${w.inline}`).toBeLessThanOrEqual(budget);
		expect(w.css).toBeLessThanOrEqual(BUDGET.css);
		expect(await tracked.page.locator(NATIVE_DATE_CONTROLS).count(), 'native date or time controls built at load').toBe(0);
		if (CROSS_CHECKED.has(path)) {
			const html = readFileSync(join(distDir(), path.endsWith('/') ? `${path}index.html` : path), 'utf8');
			const computed = staticScripts(distDir(), html);
			expect(Math.abs(computed.js - w.js) / w.js, `static ${computed.js} B, Chromium ${w.js} B`).toBeLessThanOrEqual(AGREE_WITHIN);
		}
		await expectNoAxeViolations(tracked.page);
		expect(thirdPartyRequests(tracked.requests)).toEqual([]);
		expect(tracked.errors).toEqual([]);
		if (DARK_SAMPLE.has(path)) {
			await tracked.page.emulateMedia({ colorScheme: 'dark' });
			await expectNoAxeViolations(tracked.page);
		}
		if (printsShort(path)) await expectShortPrintout(tracked.page);
		await tracked.page.context().close();
	});
});
