/**
 * The search index as built: Pagefind's index in small chunks (a search fetches the whole chunk
 * each word falls in), and a result card for every page Pagefind indexed, saying what the page
 * itself says. Read from dist/, no browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CARDS_DIR, INDEX_CHUNK_SIZE } from '../../src/integrations/pagefind';
import { distDir } from '../support/served-site';

const dist = distDir();
const unzipped = (file: string) => gunzipSync(readFileSync(file));

describe('the index', () => {
	test("is cut into small chunks: the median chunk is under four times the chunk size unzipped (Pagefind's default made it about 58 KB here)", () => {
		const dir = join(dist, 'pagefind/index');
		const sizes = readdirSync(dir)
			.map((f) => unzipped(join(dir, f)).length)
			.sort((a, b) => a - b);
		expect(sizes.length).toBeGreaterThan(10);
		expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(4 * INDEX_CHUNK_SIZE);
	});
});

describe('what a guide puts in the index (src/integrations/search-sections.ts)', () => {
	const dir = join(dist, 'pagefind/fragment');
	const guides = readdirSync(dir)
		.map(
			(f) =>
				JSON.parse(unzipped(join(dir, f)).toString('utf8').slice('pagefind_dcd'.length)) as {
					url: string;
					content: string;
					word_count: number;
				},
		)
		.filter((f) => /^\/(methods|injuries)\/[a-z-]+\/$/.test(f.url));

	test.each(guides.map((g) => [g.url, g] as const))("%s: its headings and runners' questions, under half its words", (url, guide) => {
		const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
		const main = /<main[\s\S]*<\/main>/.exec(html)![0];
		const words = main
			.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			.split(/\s+/)
			.filter(Boolean).length;
		expect(guide.word_count).toBeLessThan(words / 2);
		const flat = (t: string) => t.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
		const questions = [...main.matchAll(/<div class="ask"[^>]*>\s*<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => flat(m[1]!));
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) expect(flat(guide.content)).toContain(q);
	});
});

describe('result cards', () => {
	const fragmentDir = join(dist, 'pagefind/fragment');
	const fragments = readdirSync(fragmentDir).map((f) => {
		const text = unzipped(join(fragmentDir, f)).toString('utf8');
		return { id: f.replace(/\.pf_fragment$/, ''), url: (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url };
	});

	test('every page Pagefind indexed has one, for the same address, and there is no other', () => {
		expect(fragments.length).toBeGreaterThan(40);
		for (const { id, url } of fragments) {
			const file = join(dist, CARDS_DIR, `${id}.json`);
			expect(existsSync(file), url).toBe(true);
			expect((JSON.parse(readFileSync(file, 'utf8')) as { url: string }).url).toBe(url);
		}
		expect(readdirSync(join(dist, CARDS_DIR)).length).toBe(fragments.length);
	});

	test("a card's title is the page's own heading, and a guide's summary its own summary line", () => {
		const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
		const text = (html: string | undefined) =>
			(html ?? '')
				.replace(/<[^>]+>/g, '')
				.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
				.replace(/&([a-z]+);/g, (whole, name: string) => named[name] ?? whole)
				.replace(/\s+/g, ' ')
				.trim();
		for (const { id, url } of fragments) {
			const card = JSON.parse(readFileSync(join(dist, CARDS_DIR, `${id}.json`), 'utf8')) as { title: string; summary: string };
			const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
			expect(card.title, url).toBe(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]));
			const summary = /<p class="summary"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
			if (summary) expect(card.summary, url).toBe(text(summary));
		}
	});
});
