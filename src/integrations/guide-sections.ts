/**
 * The hast plugin every guide's Markdown and MDX goes through (Sätteri, Astro's processor): it
 * marks what the short printout leaves out (./print-sections.ts: class FULL_PRINT_ONLY) and what
 * search does not index (./search-sections.ts: data-pagefind-ignore). A component (an embedded
 * tool) that is marked is wrapped in a <div> that carries the marks.
 *
 * One plugin, not one per concern: for each JavaScript plugin Sätteri hands the document's tree to
 * JavaScript in a pass of its own, and at 1,000 guides the first pass cost 1.3 s of the content
 * sync and a second 0.35 s more (three cold syncs each, 6 December 2026).
 */
import type { HastPluginDefinition } from 'satteri';
import { FULL_PRINT_ONLY } from '../lib/print';
import { leftOutOfShortPrint } from './print-sections';
import { leftOutOfSearch } from './search-sections';

/** A top-level node of a guide's HTML tree (an element, text, a component, ...), as Sätteri hands it over. */
export type HastRootChild = Parameters<NonNullable<HastPluginDefinition['before']>>[0]['children'][number];

const classesOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];

export const guideSections: HastPluginDefinition = {
	name: 'runner-recovery:guide-sections',
	before(root, ctx) {
		const printOut = leftOutOfShortPrint(root.children, (node) => ctx.textContent(node));
		const searchOut = leftOutOfSearch(root.children);
		root.children.forEach((node, i) => {
			if (!printOut[i] && !searchOut[i]) return;
			if (node.type === 'element') {
				if (printOut[i]) ctx.setProperty(node, 'className', [...classesOf(node.properties.className), FULL_PRINT_ONLY]);
				if (searchOut[i]) ctx.setProperty(node, 'dataPagefindIgnore', '');
			} else if (node.type === 'mdxJsxFlowElement') {
				const properties = {
					...(printOut[i] ? { className: [FULL_PRINT_ONLY] } : {}),
					...(searchOut[i] ? { dataPagefindIgnore: '' } : {}),
				};
				ctx.wrapNode(node, { type: 'element', tagName: 'div', properties, children: [] });
			}
		});
	},
};
