/**
 * What a guide's short printout leaves out (src/lib/print.ts): each h2 whose heading is not kept,
 * and everything after it up to the next h2. Print CSS cannot select "from this heading to the
 * next", so the build marks them with FULL_PRINT_ONLY (./guide-sections.ts applies the mark).
 * Top-level nodes only: the guides' h2s are never nested.
 */
import type { HastRootChild } from './guide-sections';
import { keepsInShortPrint } from '../lib/print';

/** For each top-level node of a guide, whether its short printout leaves it out. */
export function leftOutOfShortPrint(children: readonly HastRootChild[], textContent: (node: HastRootChild) => string): boolean[] {
	let leftOut = false;
	return children.map((node) => {
		if (node.type === 'element' && node.tagName === 'h2') leftOut = !keepsInShortPrint(textContent(node));
		return leftOut;
	});
}
