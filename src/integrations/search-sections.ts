/**
 * What of a guide's prose goes into the search index: its headings, and the first paragraph or
 * list of each section (the section's answer, as the guides are written: CONTENT.md); the rest of
 * each section is marked data-pagefind-ignore (./guide-sections.ts applies the mark). The title,
 * aliases, summary, verdict and the questions runners ask are indexed by the layouts.
 *
 * Why: a search fetches every page's positions for each word it holds, so the index grows with
 * the words per guide. With every word of every guide, one cold search for a common term fetched
 * 126 KB of index at 5,000 guides; the relevance suite (test/e2e/relevance-queries.ts) is what
 * says this loses no answer runners look for.
 *
 * Top-level nodes only: the guides' h2s are never nested.
 */
import type { HastRootChild } from './guide-sections';

const KEPT_HEADINGS = new Set(['h2', 'h3', 'h4']);
const FIRST_BLOCKS = new Set(['p', 'ul', 'ol']);

/** For each top-level node of a guide, whether search leaves it out of the index. */
export function leftOutOfSearch(children: readonly HastRootChild[]): boolean[] {
	let inSection = false;
	let answered = false;
	return children.map((node) => {
		const tag = node.type === 'element' ? node.tagName : undefined;
		if (tag === 'h2') [inSection, answered] = [true, false];
		if (!inSection || (tag && KEPT_HEADINGS.has(tag))) return false;
		if (tag && !answered && FIRST_BLOCKS.has(tag)) {
			answered = true;
			return false;
		}
		return node.type === 'element' || node.type === 'mdxJsxFlowElement';
	});
}
