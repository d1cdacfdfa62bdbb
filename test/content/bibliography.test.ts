/**
 * The one bibliography: every entry valid, every work in it once, and no DOI typed anywhere else
 * in the code or content, so a citation can only be made by id.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBibliography, root } from '../support/guides';

const entries = loadBibliography();

describe.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
	test('matches the reference schema', () => {
		const problems = entry.parsed.success ? [] : entry.parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(problems, entry.file).toEqual([]);
	});
});

/** Every text file under src/, but the bibliography itself. */
function sourceFiles(dir = join(root, 'src')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return path.endsWith('content/references') ? [] : sourceFiles(path);
		return /\.(ts|tsx|astro|mdx|md|css|yaml|json)$/.test(name) ? [path] : [];
	});
}

test('no DOI appears in more than one source file: works are cited by bibliography id only', () => {
	const doi = /\b10\.\d{4,9}\/[^\s"'`)\]]+/g;
	const where = new Map<string, Set<string>>();
	const add = (found: string, file: string) => {
		const key = found.toLowerCase().replace(/[.,;]+$/, '');
		where.set(key, new Set([...(where.get(key) ?? []), file]));
	};
	for (const e of entries) if (e.parsed.success && e.parsed.data.doi) add(e.parsed.data.doi, e.file);
	for (const file of sourceFiles()) for (const m of readFileSync(file, 'utf8').matchAll(doi)) add(m[0], relative(root, file));
	const repeated = [...where].filter(([, files]) => files.size > 1).map(([d, files]) => `${d}: ${[...files].join(', ')}`);
	expect(repeated).toEqual([]);
});

test('no work has two entries (same DOI, PubMed, PMC id or address)', () => {
	const seen = new Map<string, string>();
	const twice: string[] = [];
	for (const e of entries) {
		if (!e.parsed.success) continue;
		const { doi, pmid, pmc, url } = e.parsed.data;
		for (const key of [doi?.toLowerCase(), pmid && `pmid:${pmid}`, pmc, url?.toLowerCase()].filter(Boolean) as string[]) {
			if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${e.id}`);
			seen.set(key, e.id);
		}
	}
	expect(twice).toEqual([]);
});

test('every entry is cited somewhere in the site', () => {
	const text = sourceFiles()
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	const uncited = entries.filter((e) => !new RegExp(`(^|[^a-z0-9-]|#ref-)${e.id}([^a-z0-9-]|$)`).test(text)).map((e) => e.id);
	expect(uncited).toEqual([]);
});
