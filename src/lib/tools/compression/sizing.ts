/**
 * Sizing by the calf at its widest, in whole millimetres: a length typed in cm or in is turned into
 * millimetres once (rounded to the nearest mm), then looked up, so the same length gives the same
 * size in either unit at every band edge.
 *
 * THIS SITE'S RULE OF THUMB: the bands are brand-neutral, derived from the one numeric chart the
 * research notes found (one maker's calf bands in inches: 9.5-12.25, 12.5-15, 15.25-17.5 and
 * 17.75-20 in), converted exactly (1 in = 25.4 mm) and renamed so they cannot be mistaken for any
 * brand's letters. The gaps between bands are "between sizes". The brand's own chart wins.
 */
import { parseOptionalNumber } from '../../parse-number';
import type { Unit } from './form';

export const MM_PER_INCH = 25.4;

/** A length as typed, in whole millimetres. */
export const toMm = (value: number, unit: Unit): number => Math.round(unit === 'cm' ? value * 10 : value * MM_PER_INCH);

export interface SizeBand {
	id: 'small' | 'medium' | 'large' | 'extra-large';
	label: string;
	/** Calf at its widest, inclusive, in millimetres. */
	minMm: number;
	maxMm: number;
}

const band = (id: SizeBand['id'], label: string, minIn: number, maxIn: number): SizeBand => ({
	id,
	label,
	minMm: Math.round(minIn * MM_PER_INCH),
	maxMm: Math.round(maxIn * MM_PER_INCH),
});

export const SIZE_BANDS: readonly SizeBand[] = [
	band('small', 'Small calf', 9.5, 12.25),
	band('medium', 'Medium calf', 12.5, 15),
	band('large', 'Large calf', 15.25, 17.5),
	band('extra-large', 'Extra-large calf', 17.75, 20),
];

export type SizeLookup =
	{ kind: 'size'; band: SizeBand } | { kind: 'between'; lower: SizeBand; upper: SizeBand } | { kind: 'below-table' | 'above-table' };

/** Where a calf of `mm` millimetres falls. */
export function sizeForCalfMm(mm: number): SizeLookup {
	const first = SIZE_BANDS[0]!;
	const last = SIZE_BANDS[SIZE_BANDS.length - 1]!;
	if (!(mm >= first.minMm)) return { kind: 'below-table' };
	if (mm > last.maxMm) return { kind: 'above-table' };
	for (let i = 0; i < SIZE_BANDS.length; i++) {
		const b = SIZE_BANDS[i]!;
		if (mm <= b.maxMm) return mm >= b.minMm ? { kind: 'size', band: b } : { kind: 'between', lower: SIZE_BANDS[i - 1]!, upper: b };
	}
	return { kind: 'above-table' };
}

const one = (n: number) => String(Math.round(n * 10) / 10);
const quarter = (n: number) => String(Math.round(n * 4) / 4);

/** "31.8–38.1 cm (12.5–15 in)". */
export const bandRange = (b: SizeBand) =>
	`${one(b.minMm / 10)}–${one(b.maxMm / 10)} cm (${quarter(b.minMm / MM_PER_INCH)}–${quarter(b.maxMm / MM_PER_INCH)} in)`;

/** "38 cm (15 in)": the runner's unit first. */
export function lengthText(value: number, unit: Unit): string {
	const mm = unit === 'cm' ? value * 10 : value * MM_PER_INCH;
	return unit === 'cm' ? `${one(value)} cm (${one(mm / MM_PER_INCH)} in)` : `${one(value)} in (${one(mm / 10)} cm)`;
}

/**
 * The widest measurements accepted as a runner's leg, in mm (this site's rule of thumb, generous:
 * swollen or very muscular legs included). A value outside them that would fit in the other unit
 * is treated as a probable unit mix-up and the runner is asked.
 */
export const LEG_LIMITS_MM = {
	ankle: { min: 120, max: 500 },
	calf: { min: 200, max: 800 },
	length: { min: 250, max: 650 },
} as const;

export const LENGTH_NAMES = { calf: 'Calf', ankle: 'Ankle', length: 'Heel-to-knee length' } as const;

/** The unit a length probably was measured in, when it is no leg in the chosen unit but is one in the other. */
export function unitMixUp(raw: string, field: keyof typeof LEG_LIMITS_MM, unit: Unit): Unit | undefined {
	const parsed = parseOptionalNumber(raw, { label: LENGTH_NAMES[field], min: 0, max: 10_000 });
	if (!parsed.ok || parsed.value === undefined || parsed.value <= 0) return undefined;
	const limits = LEG_LIMITS_MM[field];
	const inRange = (mm: number) => mm >= limits.min && mm <= limits.max;
	const other: Unit = unit === 'cm' ? 'in' : 'cm';
	return !inRange(toMm(parsed.value, unit)) && inRange(toMm(parsed.value, other)) ? other : undefined;
}
