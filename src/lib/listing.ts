/**
 * Bounded lists: how many items a list page shows, so no page grows with the collection (every
 * item stays reachable through numbered pages, without JavaScript), and what the map shows.
 */
export const PAGE_SIZE = { grades: 40, studies: 100, methods: 50, map: 40 } as const;

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
