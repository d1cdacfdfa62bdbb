/**
 * What of a guide's prose goes into the search index: its headings, and the first paragraph or
 * list of each section (the section's answer, as the guides are written: CONTENT.md); the rest of
 * each section is marked data-pagefind-ignore. The title, aliases, summary, verdict and the
 * questions runners ask are indexed by the layouts.
 *
 * Why: a search fetches every page's positions for each word it holds, so the index grows with
 * the words per guide. With every word of every guide, one cold search for a common term fetched
 * 126 KB of index at 5,000 guides; the relevance suite (test/e2e/relevance-queries.ts) is what
 * says this loses no answer runners look for.
 *
 * A hast plugin for Sätteri, Astro's Markdown and MDX processor. Top-level nodes only: the guides'
 * h2s are never nested. A component after a section's first block is wrapped in a <div> that
 * carries the attribute.
 */
import type { HastPluginDefinition } from 'satteri';

const KEPT_HEADINGS = new Set(['h2', 'h3', 'h4']);
const FIRST_BLOCKS = new Set(['p', 'ul', 'ol']);

export const searchSections: HastPluginDefinition = {
	name: 'runner-recovery:search-sections',
	before(root, ctx) {
		let inSection = false;
		let answered = false;
		for (const node of root.children) {
			if (node.type === 'element' && node.tagName === 'h2') [inSection, answered] = [true, false];
			if (!inSection || (node.type === 'element' && KEPT_HEADINGS.has(node.tagName))) continue;
			if (node.type === 'element' && !answered && FIRST_BLOCKS.has(node.tagName)) {
				answered = true;
				continue;
			}
			if (node.type === 'element') ctx.setProperty(node, 'dataPagefindIgnore', '');
			else if (node.type === 'mdxJsxFlowElement')
				ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { dataPagefindIgnore: '' }, children: [] });
		}
	},
};
