/**
 * Marks the parts of a guide's prose that its short printout leaves out (src/lib/print.ts): each
 * h2 whose heading is not kept, and everything after it up to the next h2, get FULL_PRINT_ONLY.
 * Print CSS cannot select "from this heading to the next", so the build marks them. Top-level
 * nodes only: the guides' h2s are never nested. A component (an embedded tool) in a left-out
 * section is wrapped in a <div> that carries the class.
 *
 * A hast plugin for Sätteri, Astro's Markdown and MDX processor.
 */
import type { HastPluginDefinition } from 'satteri';
import { FULL_PRINT_ONLY, keepsInShortPrint } from '../lib/print';

const classesOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];

export const printSections: HastPluginDefinition = {
	name: 'runner-recovery:print-sections',
	before(root, ctx) {
		let leftOut = false;
		for (const node of root.children) {
			if (node.type === 'element' && node.tagName === 'h2') leftOut = !keepsInShortPrint(ctx.textContent(node));
			if (!leftOut) continue;
			if (node.type === 'element') ctx.setProperty(node, 'className', [...classesOf(node.properties?.className), FULL_PRINT_ONLY]);
			else if (node.type === 'mdxJsxFlowElement')
				ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: [FULL_PRINT_ONLY] }, children: [] });
		}
	},
};
