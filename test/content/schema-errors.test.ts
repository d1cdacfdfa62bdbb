/**
 * A guide that breaks the schema fails the build with a message naming the file, the field and
 * what was expected. Proven on a scratch copy of the project with one field broken, run through
 * `astro sync`, the step of `astro build` that loads and validates the collection.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { root } from '../support/guides';

const scratch = mkdtempSync(join(tmpdir(), 'schema-errors-'));
for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syncWith(slug: string, edit: (source: string) => string) {
	const file = join(scratch, 'src/content/methods', `${slug}.mdx`);
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, edit(original));
	try {
		// CI sets CI=true, which turns colours on; the messages are checked as plain text.
		const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
		const run = spawnSync(join(scratch, 'node_modules/.bin/astro'), ['sync'], { cwd: scratch, encoding: 'utf8', env });
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

test('a grade citing a missing reference fails with the path to the bad entry', () => {
	const { status, output } = syncWith('elevation', (s) => s.replace(/(evidence:\n(?:.*\n)*?\s+refs: \[)/, '$1ghost2020, '));
	expect(status).not.toBe(0);
	expect(output).toContain('methods → elevation');
	expect(output).toMatch(/evidence\.0\.refs\.0: "ghost2020" is not a reference id; expected one of: /);
});

test('the unbroken copy syncs cleanly (the failures above are the edits, not the copy)', () => {
	const { status, output } = syncWith('heat', (s) => s);
	expect(output).not.toContain('does not match collection schema');
	expect(status).toBe(0);
});
