/**
 * A guide that breaks the schema, or cites a work the bibliography does not have, fails the build
 * with a message naming the file, the field and what was expected. Proven on a scratch copy of the
 * project with one thing broken, run through `astro sync`, the step of `astro build` that loads and
 * validates the collections.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { root } from '../support/guides';

const scratch = mkdtempSync(join(tmpdir(), 'schema-errors-'));
for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
	cpSync(join(root, entry), join(scratch, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syncWith(slug: string, edit: (source: string) => string, collection = 'methods') {
	const file = ['md', 'mdx'].map((ext) => join(scratch, 'src/content', collection, `${slug}.${ext}`)).find((f) => existsSync(f));
	if (!file) throw new Error(`No guide ${collection}/${slug}`);
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, edit(original));
	try {
		// CI sets CI=true, which turns colours on; the messages are checked as plain text.
		const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
		const run = spawnSync(join(scratch, 'node_modules/.bin/astro'), ['sync'], { cwd: scratch, encoding: 'utf8', env });
		// eslint-disable-next-line no-control-regex -- strips the terminal's colour codes
		const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
		return { status: run.status, output, file };
	} finally {
		writeFileSync(file, original);
	}
}

test('an unknown category fails with the file, the field and the allowed values', () => {
	const { status, output, file } = syncWith('heat', (s) => s.replace(/^category: .*$/m, 'category: frozen'));
	expect(status).not.toBe(0);
	expect(output).toContain('methods → heat data does not match collection schema');
	expect(output).toMatch(/category: expected one of: cold, heat, soft-tissue/);
	expect(output).toContain(file);
});

test('a grade citing a work the bibliography does not have fails, naming the field and the id', () => {
	const { status, output } = syncWith('elevation', (s) => s.replace(/(evidence:\n(?:.*\n)*?\s+refs: \[)/, '$1ghost2020, '));
	expect(status).not.toBe(0);
	expect(output).toContain('methods → elevation');
	expect(output).toMatch(/evidence\.0\.refs\.0: "ghost2020" is not in the bibliography: add src\/content\/references\/ghost2020\.yaml/);
});

test('a grade that disagrees with its effect size and certainty fails, saying what the grade needs', () => {
	const { status, output } = syncWith('elevation', (s) => s.replace(/(evidence:\n\s+- outcome: \S+\n\s+grade: )[A-D]/, '$1A'));
	expect(status).not.toBe(0);
	expect(output).toMatch(/evidence\.0\.grade: grade A needs a moderate, large effect with high, moderate certainty/);
});

test('an injury guide pointing at a red flag that does not exist fails, listing the flags', () => {
	const { status, output } = syncWith('shin-pain', (s) => s.replace(/(redFlags:\n(?:.*\n)*?\s+flags: \[)/, '$1made-up-flag, '), 'injuries');
	expect(status).not.toBe(0);
	expect(output).toContain('injuries → shin-pain');
	expect(output).toMatch(/redFlags\.flags\.0: expected one of: cardiac, heat-illness/);
});

test('a bibliography entry without any link fails, naming the file', () => {
	const file = join(scratch, 'src/content/references/moore2022.yaml');
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, original.replace(/^(doi|pmid|pmc|url):.*$/gm, ''));
	try {
		const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
		const run = spawnSync(join(scratch, 'node_modules/.bin/astro'), ['sync'], { cwd: scratch, encoding: 'utf8', env });
		// eslint-disable-next-line no-control-regex -- strips the terminal's colour codes
		const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
		expect(run.status).not.toBe(0);
		expect(output).toContain('references → moore2022');
		expect(output).toContain('give at least one of doi, pmid, pmc or url');
	} finally {
		writeFileSync(file, original);
	}
});

test('the unbroken copy syncs cleanly (the failures above are the edits, not the copy)', () => {
	const { status, output } = syncWith('heat', (s) => s);
	expect(output).not.toContain('does not match collection schema');
	expect(status).toBe(0);
});
