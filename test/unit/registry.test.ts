/**
 * The tool registry (src/lib/tools/registry.ts): every tool folder is registered and every entry
 * has its folder and its page, so a new tool is its folder plus one line; and the registry stays
 * data, out of the pages' client code, while its sources stay at build time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NAV_LINKS } from '../../src/consts';
import { TOOL_SEARCH } from '../../src/lib/search';
import { TOOLS } from '../../src/lib/tools/registry';
import { TOOL_SOURCES } from '../../src/lib/tools/registry-sources';
import { root } from '../support/guides';

const toolsDir = join(root, 'src/lib/tools');
const folders = readdirSync(toolsDir).filter((f) => statSync(join(toolsDir, f)).isDirectory());

describe('the tool registry', () => {
	test('lists every tool folder once, and only those', () => {
		expect(TOOLS.map((t) => t.id).sort()).toEqual([...folders].sort());
	});

	test.each(TOOLS.map((t) => [t.id, t] as const))('%s has its shape, its page and its sources', (id, t) => {
		expect(existsSync(join(toolsDir, id, 'form.ts'))).toBe(true);
		expect(t.href).toBe(`/tools/${id}/`);
		const page = [join(root, `src/pages/tools/${id}.astro`), join(root, `src/pages/tools/${id}/index.astro`)];
		expect(page.some(existsSync), `${page.join(' or ')}`).toBe(true);
		expect(TOOL_SOURCES[id].length).toBeGreaterThan(0);
		expect(NAV_LINKS.map((l) => l.href)).toContain(t.href);
		expect(TOOL_SEARCH[id]).toEqual({ url: t.href, title: t.title, aliases: [...t.aliases] });
	});

	test('the navigation keeps its order: the primary tools, the guides’ indexes, then the other tools', () => {
		expect(NAV_LINKS.map((l) => l.label)).toEqual(['Today', 'After a race', 'Where it hurts', 'Methods', 'Sleep', 'Compression', 'Runs']);
	});

	test('the registry imports nothing (so the search UI and the audit script can read it), and no island reads its sources', () => {
		expect(readFileSync(join(toolsDir, 'registry.ts'), 'utf8')).not.toMatch(/^import /m);
		const islands = join(root, 'src/components/islands');
		for (const f of readdirSync(islands, { recursive: true }) as string[])
			if (/\.tsx?$/.test(f)) expect(readFileSync(join(islands, f), 'utf8'), f).not.toMatch(/registry/);
	});
});
