/**
 * What of a guide's prose search indexes (src/integrations/search-sections.ts): headings and each
 * section's first paragraph or list; everything else in a section is marked data-pagefind-ignore,
 * components wrapped. Run on a hand-made tree with a context that records what the plugin does.
 */
import { expect, test } from 'vitest';
import { searchSections } from '../../src/integrations/search-sections';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; name?: string; wrappedIn?: unknown };
const el = (tagName: string): Node => ({ type: 'element', tagName, properties: {} });

test('keeps headings and the first paragraph or list of each section; marks the rest, before the first h2 nothing', () => {
	const children: Node[] = [
		el('p'), // the introduction, before any h2: indexed
		el('h2'),
		el('p'), // the section's answer
		el('p'),
		el('ul'),
		el('h2'),
		el('ol'), // a list can be the answer
		el('p'),
		{ type: 'mdxJsxFlowElement', name: 'Figure' },
		el('h3'),
		el('p'),
		{ type: 'text' },
	];
	const ctx = {
		setProperty: (node: Node, name: string, value: unknown) => (node.properties = { ...node.properties, [name]: value }),
		wrapNode: (node: Node, wrapper: unknown) => (node.wrappedIn = wrapper),
		textContent: () => '',
	};
	(searchSections.before as (root: unknown, context: unknown) => void)({ type: 'root', children }, ctx);
	const ignored = children.map((n) => (n.properties?.dataPagefindIgnore === '' || n.wrappedIn !== undefined ? 'ignored' : 'indexed'));
	expect(ignored).toEqual([
		'indexed',
		'indexed',
		'indexed',
		'ignored',
		'ignored',
		'indexed',
		'indexed',
		'ignored',
		'ignored',
		'indexed',
		'ignored',
		'indexed',
	]);
	expect(children[8]!.wrappedIn).toEqual({ type: 'element', tagName: 'div', properties: { dataPagefindIgnore: '' }, children: [] });
});
