/**
 * The no-JavaScript filters of /methods/: which filter pages exist and which methods each shows.
 * Only values that at least one guide uses get a page, so no filter leads to an empty table.
 */
import type { MethodData } from './method-schema';
import { CATEGORIES, CATEGORY_LABELS, GOALS, GOAL_LABELS, REGIONS, REGION_LABELS } from './vocabulary';

export const FILTER_KINDS = ['goal', 'region', 'category'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

type FilterMethod = Pick<MethodData, 'goals' | 'regions' | 'category'>;

const valuesOf: Record<FilterKind, (m: FilterMethod) => readonly string[]> = {
	goal: (m) => m.goals,
	region: (m) => m.regions,
	category: (m) => [m.category],
};

const vocab: Record<FilterKind, { title: string; ids: readonly string[]; labels: Record<string, string> }> = {
	goal: { title: 'By goal', ids: GOALS, labels: GOAL_LABELS },
	region: { title: 'By body region', ids: REGIONS, labels: REGION_LABELS },
	category: { title: 'By kind', ids: CATEGORIES, labels: CATEGORY_LABELS },
};

/** Does the method show under this filter? */
export const matchesFilter = (method: FilterMethod, kind: FilterKind, value: string) => valuesOf[kind](method).includes(value);

/** The label of a filter value, e.g. ('region', 'it-band') -> 'IT band and outer thigh'. */
export const filterLabel = (kind: FilterKind, value: string) => vocab[kind].labels[value] ?? value;

/** Every filter group with its options that match at least one method, in vocabulary order. */
export function filterGroups(methods: readonly FilterMethod[]) {
	return FILTER_KINDS.map((kind) => ({
		kind,
		title: vocab[kind].title,
		options: vocab[kind].ids
			.map((value) => ({
				value,
				label: vocab[kind].labels[value] ?? value,
				count: methods.filter((m) => matchesFilter(m, kind, value)).length,
			}))
			.filter((o) => o.count > 0),
	}));
}
