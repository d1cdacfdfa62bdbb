/**
 * The evidence map's layout: each method placed in a grid by how much it helps (the size of the
 * effect for its verdict's outcome) and how sure the evidence is (the certainty), with its cost.
 * Pure data for src/components/EvidenceMap.astro, which draws it as SVG at build time and gives
 * the same data as a table. A cell lists at most MAX_PER_CELL methods and counts the rest, so the
 * picture stays the same size however many guides there are.
 */
import { CERTAINTIES, EFFECT_SIZES, type Certainty, type CostLevel, type EffectSize, type Outcome } from './vocabulary';

export interface MapMethod {
	slug: string;
	title: string;
	outcome: Outcome;
	size: EffectSize;
	certainty: Certainty;
	cost: CostLevel;
	minutes: { min: number; max: number };
}

/** Columns, left to right: no effect to large. 'unclear' sits apart, at the left. */
export const MAP_SIZES: readonly EffectSize[] = ['unclear', 'none', 'trivial', 'small', 'moderate', 'large'];
/** Rows, top to bottom: high certainty first. */
export const MAP_CERTAINTIES: readonly Certainty[] = [...CERTAINTIES];
export const MAX_PER_CELL = 4;

export interface MapCell {
	size: EffectSize;
	certainty: Certainty;
	column: number;
	row: number;
	shown: MapMethod[];
	more: number;
}

/** The grid's cells that hold at least one method, in reading order. */
export function mapCells(methods: readonly MapMethod[]): MapCell[] {
	const cells: MapCell[] = [];
	MAP_CERTAINTIES.forEach((certainty, row) =>
		MAP_SIZES.forEach((size, column) => {
			const here = methods.filter((m) => m.size === size && m.certainty === certainty).sort((a, b) => a.title.localeCompare(b.title, 'en'));
			if (here.length > 0)
				cells.push({ size, certainty, column, row, shown: here.slice(0, MAX_PER_CELL), more: Math.max(0, here.length - MAX_PER_CELL) });
		}),
	);
	return cells;
}

/** A label short enough for a cell: the title up to its first colon or bracket, at most 22 characters. */
export function shortTitle(title: string): string {
	const head = title.split(/[:(]/)[0]!.trim();
	return head.length <= 22 ? head : `${head.slice(0, 21).trimEnd()}…`;
}

export { EFFECT_SIZES };
