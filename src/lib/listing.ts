/**
 * Bounded lists: how many items a list page shows, so no page grows with the collection (every
 * item stays reachable through numbered pages, without JavaScript), and what the map shows.
 */
export const PAGE_SIZE = { grades: 40, methods: 50, map: 40 } as const;

/**
 * The studies pages are cut by weight, not count: a study weighs one line plus one link per guide
 * that cites it, so a page of much-cited studies stays as small as a page of rarely cited ones.
 * 400 is about 100 studies at today's three or four citers each.
 */
export const STUDIES_PAGE_WEIGHT = 400;

/**
 * A study lists at most this many of the guides that cite it, then says how many more: at 5,000
 * guides one review is cited by thousands, and its page would otherwise grow with the collection.
 * Each guide still links to the study from its own reference list.
 */
export const CITERS_SHOWN = 40;

/** A study's weight on a studies page: its line and the citing guides it shows. */
export const studyWeight = (citers: number) => 1 + Math.min(citers, CITERS_SHOWN);

/**
 * Splits a list, in order, into pages whose items weigh at most `maxWeight` together; an item
 * heavier than that on its own gets a page of its own. Never an empty page, except for an empty list.
 */
export function pagesByWeight<T>(items: readonly T[], weight: (item: T) => number, maxWeight: number): T[][] {
	const pages: T[][] = [[]];
	let load = 0;
	for (const item of items) {
		const w = weight(item);
		const current = pages[pages.length - 1]!;
		if (current.length > 0 && load + w > maxWeight) {
			pages.push([item]);
			load = w;
		} else {
			current.push(item);
			load += w;
		}
	}
	return pages;
}

/** One numbered page of a list cut by pagesByWeight, shaped like Astro's paginate() pages for Pager. */
export function listPage<T>(pages: readonly T[][], index: number, base: string) {
	const start = pages.slice(0, index).reduce((n, p) => n + p.length, 0);
	const href = (n: number) => (n === 1 ? base : `${base}${n}/`);
	return {
		data: pages[index]!,
		start,
		end: start + pages[index]!.length - 1,
		total: pages.reduce((n, p) => n + p.length, 0),
		currentPage: index + 1,
		lastPage: pages.length,
		url: { prev: index > 0 ? href(index) : undefined, next: index < pages.length - 1 ? href(index + 2) : undefined },
	};
}

/** Method data for the evidence map: its verdict's outcome, with that entry's size and certainty. */
export function mapEntry(
	slug: string,
	data: {
		title: string;
		verdict: { outcome: import('./vocabulary').Outcome };
		evidence: readonly {
			outcome: import('./vocabulary').Outcome;
			size: import('./vocabulary').EffectSize;
			certainty: import('./vocabulary').Certainty;
		}[];
		cost: { level: import('./vocabulary').CostLevel };
		minutes: { min: number; max: number };
	},
) {
	const e = data.evidence.find((x) => x.outcome === data.verdict.outcome) ?? data.evidence[0]!;
	return {
		slug,
		title: data.title,
		outcome: e.outcome,
		size: e.size,
		certainty: e.certainty,
		cost: data.cost.level,
		minutes: data.minutes,
	};
}

/**
 * Guides grouped by their first region, in the regions' order, empty regions left out: the injury
 * index's sections, and the regions search suggests when nothing matched (each links to its section,
 * `/injuries/#region-<region>`).
 */
export function byFirstRegion<R extends string, T extends { data: { regions: readonly R[] } }>(
	items: readonly T[],
	regions: readonly R[],
): { region: R; items: T[] }[] {
	return regions.map((region) => ({ region, items: items.filter((i) => i.data.regions[0] === region) })).filter((g) => g.items.length > 0);
}
