/**
 * What of a guide's prose search indexes (src/integrations/search-sections.ts): headings and each
 * section's first paragraph or list; everything else in a section is left out. And how the one
 * hast plugin (src/integrations/guide-sections.ts) marks what search and the short printout leave
 * out, run on a hand-made tree with a context that records what it does.
 */
import { expect, test } from 'vitest';
import { guideSections } from '../../src/integrations/guide-sections';
import { leftOutOfSearch } from '../../src/integrations/search-sections';
import { FULL_PRINT_ONLY } from '../../src/lib/print';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; name?: string; text?: string; wrappedIn?: unknown };
const el = (tagName: string, text = ''): Node => ({ type: 'element', tagName, properties: {}, text });

test('keeps headings and the first paragraph or list of each section; leaves out the rest, before the first h2 nothing', () => {
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
	expect(leftOutOfSearch(children as never).map((out) => (out ? 'ignored' : 'indexed'))).toEqual([
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
});

test('one pass marks both: an element gets the print class and the search attribute, a component one <div> with both', () => {
	// "How to do it" is kept in the short printout (src/lib/print.ts); "The evidence" is not.
	const children: Node[] = [
		el('h2', 'How to do it'),
		el('p'),
		{ type: 'mdxJsxFlowElement', name: 'SleepTool' }, // in the printout, not indexed
		el('h2', 'The evidence'),
		el('p'), // left out of the printout, indexed
		el('p'), // left out of both
		{ type: 'mdxJsxFlowElement', name: 'Figure' }, // left out of both
	];
	const ctx = {
		setProperty: (node: Node, name: string, value: unknown) => (node.properties = { ...node.properties, [name]: value }),
		wrapNode: (node: Node, wrapper: unknown) => {
			expect(node.wrappedIn, 'wrapped twice').toBeUndefined();
			node.wrappedIn = wrapper;
		},
		textContent: (node: Node) => node.text ?? '',
	};
	(guideSections.before as (root: unknown, context: unknown) => void)({ type: 'root', children }, ctx);
	const printOnly = { className: [FULL_PRINT_ONLY] };
	expect(children.map((n) => n.properties ?? {})).toEqual([{}, {}, {}, printOnly, printOnly, { ...printOnly, dataPagefindIgnore: '' }, {}]);
	expect(children[2]!.wrappedIn).toEqual({ type: 'element', tagName: 'div', properties: { dataPagefindIgnore: '' }, children: [] });
	expect(children[6]!.wrappedIn).toEqual({
		type: 'element',
		tagName: 'div',
		properties: { className: [FULL_PRINT_ONLY], dataPagefindIgnore: '' },
		children: [],
	});
});
