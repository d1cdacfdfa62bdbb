/**
 * "Your runs" loads its readers on first use, each format's only when a file of that format is
 * picked (ISSUE-NOTES for issue 23): the worker with the FIT reader (parser and message table) at
 * most 70 KB gzip, with the GPX/TCX reader at most 25 KB, with the .zip/.gz reader at most 15 KB.
 * Worked out from the built files: the page's island names the worker, the worker's dynamic
 * imports name the readers, and each reader's static imports are followed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KB } from '../support/budgets';
import { gzipSize } from '../support/built-site';
import { distDir } from '../support/served-site';
import { staticScripts } from '../support/static-budget';

const astro = join(distDir(), '_astro');
const read = (file: string) => readFileSync(join(astro, file), 'utf8');
const STATIC = /\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;
const DYNAMIC = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

/** A file and everything it imports statically, at gzip size, each file once. */
function withStaticImports(file: string, seen = new Set<string>()): number {
	if (seen.has(file)) return 0;
	seen.add(file);
	const source = read(file);
	return (
		gzipSize(Buffer.from(source)) + [...source.matchAll(STATIC)].reduce((sum, m) => sum + withStaticImports(posix.basename(m[1]!), seen), 0)
	);
}

const island = readdirSync(astro).find((f) => /^RunsTool\..*\.js$/.test(f))!;
const worker = /read-worker-[\w-]+\.js/.exec(read(island))?.[0];
const readers = worker ? [...new Set([...read(worker).matchAll(DYNAMIC)].map((m) => posix.basename(m[1]!)))] : [];
const readerOf = (name: string) => readers.find((f) => f.startsWith(`${name}-`));

describe('Your runs: the readers load on first use, within their budgets', () => {
	test('the island names its worker, and the worker loads fit, xml, archive and strava readers by dynamic import', () => {
		expect(worker).toBeDefined();
		expect(readers.map((f) => f.replace(/-[\w-]+\.js$/, '')).sort()).toEqual(['archive', 'fit', 'strava', 'xml']);
	});

	test.each([
		['FIT', 70, ['fit']],
		['GPX and TCX', 25, ['xml']],
		['.zip and .gz (a Strava export)', 15, ['archive', 'strava']],
	] as const)('%s: the worker and its reader at most %s KB gzip', (_what, kb, names) => {
		const seen = new Set<string>();
		const bytes = withStaticImports(worker!, seen) + names.reduce((sum, n) => sum + withStaticImports(readerOf(n)!, seen), 0);
		expect(bytes, `${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(kb * KB);
	});

	test('none of it loads before interaction: the page’s own scripts name no reader and no worker', () => {
		const page = staticScripts(distDir(), readFileSync(join(distDir(), 'tools/runs/index.html'), 'utf8'));
		const names = Object.keys(page.files).join(' ');
		expect(names).not.toMatch(/read-worker|fit-|xml-|archive-|strava-|RunsPicture/);
	});
});
