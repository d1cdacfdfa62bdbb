/**
 * Each guide is in the cheaper format it can be (src/lib/guide-files.ts): Markdown, rendered once
 * when the content is synced, unless its body places a component, which needs MDX (compiled and
 * bundled, seconds and memory at 1,000 guides). A component written in a Markdown file would not run:
 * it would reach the page as an unknown tag, so that fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isGuideFile } from '../../src/lib/guide-files';
import { contentDir, splitFrontmatter } from '../support/guides';

/** A JSX element with a capitalised name (a component), or an ES import: what only MDX can run. */
const COMPONENT = /<[A-Z][\w.]*[\s/>]|^import\s/m;

const placesComponent = (body: string): boolean => COMPONENT.test(body);

const guides = ['methods', 'injuries', 'articles'].flatMap((dir) =>
	readdirSync(join(contentDir, dir))
		.filter(isGuideFile)
		.map((file) => ({ name: `${dir}/${file}`, body: splitFrontmatter(readFileSync(join(contentDir, dir, file), 'utf8'), file).body })),
);

describe('guide format', () => {
	test('the check tells a component from prose', () => {
		expect(placesComponent('Rest <RaceDay race="marathon" milestone="restUntil" /> days.')).toBe(true);
		expect(placesComponent('<Figure id="foam-roll-calf" />')).toBe(true);
		expect(placesComponent("import SleepTool from '../../components/tools/SleepTool.astro';\n\nText.")).toBe(true);
		expect(placesComponent('A pace < 5 min/km, <abbr>RPE</abbr>, and an important point.')).toBe(false);
	});

	test('there are guides in both formats', () => {
		expect(guides.filter((g) => g.name.endsWith('.md')).length).toBeGreaterThan(0);
		expect(guides.filter((g) => g.name.endsWith('.mdx')).length).toBeGreaterThan(0);
	});

	test.each(guides)('$name is MDX only if it places a component', ({ name, body }) => {
		expect(
			placesComponent(body),
			name.endsWith('.mdx') ? `${name}: no component, so it should be .md` : `${name}: places a component, so it must be .mdx`,
		).toBe(name.endsWith('.mdx'));
	});
});
