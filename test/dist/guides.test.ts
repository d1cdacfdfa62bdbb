/**
 * Guides that answer first, read from the built HTML: every method guide opens with its verdict and
 * every guide has "On this page" without JavaScript; the figures exist and are described; every
 * page has a same-origin link-preview image that exists in dist/; print carries the dates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { htmlPages } from '../support/built-site';
import { guideFiles, root, splitFrontmatter } from '../support/guides';
import { guideSlug } from '../../src/lib/guide-files';
import { distDir } from '../support/served-site';

const pages = htmlPages(distDir()).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
/** Figures by element id: "figure-<figure id>" or "figure-<figure id>-<instance>" when a page shows one twice. */
const methodGuides = pages.filter((p) => /^\/methods\/[a-z-]+\/$/.test(p.path));
const injuryGuides = pages.filter((p) => /^\/injuries\/[a-z-]+\/$/.test(p.path));

describe('answer first', () => {
	test.each(methodGuides.map((p) => [p.path, p] as const))('%s opens with its verdict, before the body', (_p, page) => {
		const verdict = page.html.indexOf('id="verdict-heading"');
		expect(verdict).toBeGreaterThan(0);
		expect(verdict).toBeLessThan(page.html.indexOf('id="grades-heading"'));
		for (const label of ['What it does for you', 'How sure we are', 'Time and cost', 'Do it today if', 'Skip it if'])
			expect(page.html).toContain(label);
	});

	test.each([...methodGuides, ...injuryGuides].map((p) => [p.path, p] as const))(
		'%s has "On this page" linking its sections',
		(_p, page) => {
			const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(page.html)?.[0] ?? '';
			const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
			expect(targets.length).toBeGreaterThanOrEqual(6);
			for (const id of targets) expect(page.html, id).toContain(`id="${id}"`);
		},
	);

	test.each(injuryGuides.map((p) => [p.path, p] as const))('%s puts its red flags first', (_p, page) => {
		expect(page.html.indexOf('id="flags-heading"')).toBeLessThan(page.html.indexOf('id="signs-heading"'));
		expect(page.html).toContain('href="/red-flags/#');
	});
});

describe('pictures', () => {
	const figures = pages.flatMap((p) =>
		[...p.html.matchAll(/<figure class="figure" id="figure-([a-z-]+)"[\s\S]*?<\/figure>/g)].map((m) => ({
			path: p.path,
			id: m[1]!,
			html: m[0],
		})),
	);

	test('at least five guides carry a how-to figure, and the compression guides the measuring figure', () => {
		const withHowTo = new Set(figures.filter((f) => f.id !== 'measure-leg').map((f) => f.path));
		expect(withHowTo.size).toBeGreaterThanOrEqual(5);
		expect(figures.some((f) => f.path === '/methods/compression-garments/' && f.id === 'measure-leg')).toBe(true);
	});

	test.each(figures.map((f) => [`${f.path} ${f.id}`, f] as const))('%s has a title, a description and a caption', (_name, f) => {
		expect(f.html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
		expect(f.html).toMatch(/<title id="[^"]+-title"[^>]*>[^<]{10,}<\/title>/);
		expect(f.html).toMatch(/<desc id="[^"]+-desc"[^>]*>[^<]{20,}<\/desc>/);
		expect(f.html).toMatch(/<figcaption[^>]*>[^<]{10,}<\/figcaption>/);
	});

	test('the evidence map is on /evidence/ and /methods/, with its data as a table', () => {
		for (const path of ['/evidence/', '/methods/']) {
			const html = pages.find((p) => p.path === path)!.html;
			expect(html).toMatch(/<figure class="evidence-map"[\s\S]*?role="group" aria-labelledby="[^"]+-title" aria-describedby="[^"]+-desc"/);
			expect(html).toContain('The map as a table');
		}
	});
});

describe('link previews', () => {
	test.each(pages.map((p) => [p.path, p] as const))('%s has a same-origin preview image that exists', (_p, page) => {
		const image = /<meta property="og:image" content="([^"]+)"/.exec(page.html)?.[1];
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
		expect(image).toBeDefined();
		const url = new URL(image!);
		expect(url.origin).toBe(new URL(canonical!).origin);
		expect(existsSync(join(distDir(), url.pathname)), url.pathname).toBe(true);
		expect(page.html).toContain('<meta name="twitter:card" content="summary_large_image"');
	});

	test("a guide's preview is its own image, a PNG of 1200 x 630", () => {
		const file = join(distDir(), 'og/methods/ice-baths.png');
		const png = readFileSync(file);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
});

test('a printout carries the date the evidence was checked and a printed date to fill', () => {
	const html = pages.find((p) => p.path === '/methods/ice-baths/')!.html;
	expect(html).toMatch(/Evidence checked <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>/);
	expect(html).toContain('data-print-date');
});

/**
 * The works a guide cites, from its file: the body's `#ref-<id>` links in order of first use, then
 * the `refs` of its frontmatter the body does not cite. Read here from the source, so the page's
 * list is checked against the file and not against what the build kept of it (the content store
 * holds no raw body: citedText in src/data/collections.ts).
 */
function citedInFile(file: string): string[] {
	const { yaml, body } = splitFrontmatter(readFileSync(file, 'utf8'), file);
	const ids = [...body.matchAll(/#ref-([a-z0-9-]+)/g)].map((m) => m[1]!);
	const walk = (value: unknown): string[] =>
		Array.isArray(value)
			? value.flatMap(walk)
			: value && typeof value === 'object'
				? Object.entries(value).flatMap(([key, inner]) =>
						key === 'refs' && Array.isArray(inner) ? inner.filter((v): v is string => typeof v === 'string') : walk(inner),
					)
				: [];
	return [...new Set([...ids, ...walk(parseYaml(yaml))])];
}

describe('every guide lists the works it cites, in the order its file cites them', () => {
	const guides = (['methods', 'injuries', 'articles'] as const).flatMap((collection) =>
		guideFiles(collection).map((file) => ({
			file: join(root, 'src/content', collection, file),
			path: collection === 'articles' ? `/${guideSlug(file)}/` : `/${collection}/${guideSlug(file)}/`,
		})),
	);

	test('there is a guide of every kind, Markdown and MDX', () => {
		expect(guides.length).toBeGreaterThanOrEqual(29);
		expect(guides.some((g) => g.file.endsWith('.md')) && guides.some((g) => g.file.endsWith('.mdx'))).toBe(true);
	});

	test.each(guides.map((g) => [g.path, g] as const))('%s', (path, guide) => {
		const page = pages.find((p) => p.path === path);
		expect(page, `no page at ${path}`).toBeDefined();
		const listed = [...page!.html.matchAll(/<li id="ref-([a-z0-9-]+)"/g)].map((m) => m[1]!);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed).toEqual(citedInFile(guide.file));
	});
});

describe('the studies pages', () => {
	const studies = pages.filter((p) => /^\/evidence\/studies\/(\d+\/)?$/.test(p.path));
	const listed = studies.flatMap((p) => [...p.html.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1]!));

	test('list every work of the bibliography exactly once, across their numbered pages', () => {
		const works = readdirSync(join(root, 'src/content/references'))
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => f.replace(/\.yaml$/, ''));
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual([...works].sort());
	});

	test('each page holds at most 400 lines and links', () => {
		for (const page of studies) {
			const items = page.html.match(/<li id="ref-/g)?.length ?? 0;
			const citerLinks = [...page.html.matchAll(/<p class="cited"[^>]*>([\s\S]*?)<\/p>/g)].reduce(
				(n, m) => n + (m[1]!.match(/<a /g)?.length ?? 0),
				0,
			);
			expect(items + citerLinks, page.path).toBeLessThanOrEqual(400);
		}
	});
});
