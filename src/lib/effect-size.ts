/**
 * One rule for the words of size: how big a standardised mean difference (SMD, Hedges' g, Cohen's
 * d, an "effect size") is called on every page, as data, so no guide can call 0.47 "moderate" on
 * one page and "small" on another. /evidence/ shows the rule with its source; a content test reads
 * every guide's prose and frontmatter and checks each such figure against the word beside it.
 *
 * PUBLISHED: Cohen's conventions (cohen1988): 0.2 small, 0.5 medium, 0.8 large.
 * THIS SITE'S WORDS: "moderate" for Cohen's "medium"; "trivial" below 0.2. The sign says which way
 * the effect goes, not how big it is.
 * NOT YET: ratios (risk, odds, hazard) have no size words here until a source for their bands has
 * been read; guides give them as numbers.
 */
export const SMD_SOURCE = 'cohen1988';

/** The bands, smallest first: a value below `below` gets the band's word. */
export const SMD_BANDS = [
	{ below: 0.2, word: 'trivial' },
	{ below: 0.5, word: 'small' },
	{ below: 0.8, word: 'moderate' },
	{ below: Infinity, word: 'large' },
] as const;
export type SizeWord = (typeof SMD_BANDS)[number]['word'];

/** The size word for a standardised mean difference, whatever its sign. */
export const smdWord = (value: number): SizeWord => SMD_BANDS.find((b) => Math.abs(value) < b.below)!.word;
