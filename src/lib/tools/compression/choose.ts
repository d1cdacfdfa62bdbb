/**
 * The chooser's decision, in this order:
 *  1. The health check. A calf swollen, hot, red or painful now on one side is a warning sign
 *     (possible clot): urgent, no garment. Any other "yes" means a clinician first: no garment, no
 *     pressure class, no boots. These are the cautions makers publish (advice.ts cites them).
 *  2. The garment, from purpose x area x preference (this site's rule of thumb where the evidence is
 *     silent: a recovery sock for recovery, a sleeve or running sock on the run, an everyday sock for
 *     travel and standing, a sleeve for knee, thigh and arm).
 *  3. The pressure: 15-20 mmHg for every healthy runner (advice.ts: DEFAULT_PRESSURE).
 *  4. The size, from the calf in whole millimetres (sizing.ts).
 *  5. Boots: optional after exercise, never a thing to wear.
 */
import { parseOptionalNumber } from '../../parse-number';
import { pick, pickList, type Evaluation, type FieldErrors } from '../contract';
import {
	AREAS,
	LOWER_LEG_AREAS,
	PURPOSES,
	SCREEN_ANSWERS,
	STYLES,
	UNITS,
	type Area,
	type CompressionField,
	type CompressionForm,
	type Purpose,
	type ScreenCondition,
	type Style,
	type Unit,
} from './form';
import { LEG_LIMITS_MM, LENGTH_NAMES as NAMES, MM_PER_INCH, lengthText, sizeForCalfMm, toMm, unitMixUp, type SizeLookup } from './sizing';

export const GARMENTS = [
	'calf-sleeve',
	'running-sock',
	'recovery-sock',
	'everyday-sock',
	'ankle-sleeve',
	'knee-sleeve',
	'thigh-sleeve',
	'arm-sleeve',
] as const;
export type Garment = (typeof GARMENTS)[number];
export const GARMENT_LABELS: Record<Garment, string> = {
	'calf-sleeve': 'Calf sleeve',
	'running-sock': 'Knee-high running compression sock',
	'recovery-sock': 'Knee-high recovery sock',
	'everyday-sock': 'Knee-high everyday (travel and standing) compression sock',
	'ankle-sleeve': 'Ankle sleeve',
	'knee-sleeve': 'Knee sleeve',
	'thigh-sleeve': 'Thigh sleeve',
	'arm-sleeve': 'Arm sleeve',
};
/** Garments that cover the calf, so the calf sizes them. */
export const CALF_SIZED: readonly Garment[] = ['calf-sleeve', 'running-sock', 'recovery-sock', 'everyday-sock'];
export const SOCKS: readonly Garment[] = ['running-sock', 'recovery-sock', 'everyday-sock'];

type Kind = 'recovery' | 'performance' | 'everyday';
const PURPOSE_KIND: Record<Purpose, Kind> = {
	recovery: 'recovery',
	overnight: 'recovery',
	'during-runs': 'performance',
	travel: 'everyday',
	standing: 'everyday',
};
const SOCK_FOR: Record<Kind, Garment> = { recovery: 'recovery-sock', performance: 'running-sock', everyday: 'everyday-sock' };

export function pickGarment(purpose: Purpose, area: Area, style: Style): Garment {
	const kind = PURPOSE_KIND[purpose];
	if (area === 'knee') return 'knee-sleeve';
	if (area === 'thigh') return 'thigh-sleeve';
	if (area === 'arm') return 'arm-sleeve';
	// Travel and standing: the 15-20 mmHg everyday level is leg hosiery that covers foot, ankle and calf.
	if (kind === 'everyday') return 'everyday-sock';
	if (area === 'ankle') return style === 'sock' ? SOCK_FOR[kind] : 'ankle-sleeve';
	if (style === 'sleeve') return 'calf-sleeve';
	if (style === 'sock') return SOCK_FOR[kind];
	return kind === 'recovery' ? 'recovery-sock' : 'calf-sleeve';
}

export interface Measured {
	mm: number;
	text: string;
}

export interface GearAdvice {
	kind: 'advice';
	purpose: Purpose;
	area: Area;
	style: Style;
	garment: Garment;
	calf?: Measured;
	ankle?: Measured;
	length?: Measured;
	shoe?: number;
	size: SizeLookup | { kind: 'brand-chart' };
}

export type CompressionResult = { kind: 'urgent' | 'see-clinician'; conditions: ScreenCondition[] } | GearAdvice;

/** A raw answer as text: a form built from a crafted link or a bug may hold any type, and must not crash. */
const asText = (raw: unknown): string => (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '');

/** A leg length: empty (when optional), or a number a human leg has, in whole mm. */
function readLength(
	input: unknown,
	field: keyof typeof LEG_LIMITS_MM,
	unit: Unit,
	required: boolean,
): { ok: true; value?: Measured } | { ok: false; error: string } {
	const raw = asText(input);
	const label = NAMES[field];
	if (required && raw.trim() === '')
		return { ok: false, error: `${label} is required: measure it at its widest, in ${unit === 'in' ? 'inches' : 'cm'}.` };
	const limits = LEG_LIMITS_MM[field];
	const range = `${limits.min / 10} to ${limits.max / 10} cm (${Math.round((limits.min / MM_PER_INCH) * 10) / 10} to ${Math.round((limits.max / MM_PER_INCH) * 10) / 10} in)`;
	// The parse range only keeps out negatives and absurd values; its message names the leg's range, not 0 to 10000.
	const parsed = parseOptionalNumber(raw, {
		label,
		min: 0,
		max: 10_000,
		unit,
		rangeHint: `${label} must be a length a human leg has: this tool takes ${range}`,
	});
	if (!parsed.ok) return { ok: false, error: parsed.error };
	if (parsed.value === undefined) return { ok: true };
	const mm = toMm(parsed.value, unit);
	if (mm >= limits.min && mm <= limits.max) return { ok: true, value: { mm, text: lengthText(parsed.value, unit) } };
	const other = unitMixUp(raw, field, unit);
	if (other === 'in')
		return {
			ok: false,
			error: `${label} of ${parsed.value} cm is smaller than any runner’s. Did you measure in inches? Switch the unit to inches if so.`,
		};
	if (other === 'cm')
		return {
			ok: false,
			error: `${label} of ${parsed.value} in is larger than any runner’s. Did you measure in centimetres? Switch the unit to cm if so.`,
		};
	return { ok: false, error: `${label} of ${parsed.value} ${unit} is not a measurement a human leg has: this tool takes ${range}.` };
}

/** The health check's "yes" answers, in the check's order; unknown ids are ignored. */
export const screenYes = (screen: unknown): ScreenCondition[] =>
	pickList(SCREEN_ANSWERS, screen).filter((a): a is ScreenCondition => a !== 'none');

function measurements(form: CompressionForm, unit: Unit, errors: FieldErrors<CompressionField>) {
	const calf = readLength(form.calf, 'calf', unit, true);
	const ankle = readLength(form.ankle, 'ankle', unit, false);
	const length = readLength(form.length, 'length', unit, false);
	const shoe = parseOptionalNumber(asText(form.shoe), {
		label: 'Shoe size',
		min: 1,
		max: 55,
		rangeHint: 'Shoe size must be between 1 and 55, as printed on your shoe (UK, US or EU)',
	});
	if (!calf.ok) errors.calf = calf.error;
	if (!ankle.ok) errors.ankle = ankle.error;
	if (!length.ok) errors.length = length.error;
	if (!shoe.ok) errors.shoe = shoe.error;
	if (calf.ok && ankle.ok && calf.value && ankle.value && ankle.value.mm >= calf.value.mm)
		errors.ankle = `Ankle (${ankle.value.text}) must be smaller than your calf (${calf.value.text}): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.`;
	return {
		calf: calf.ok ? calf.value : undefined,
		ankle: ankle.ok ? ankle.value : undefined,
		length: length.ok ? length.value : undefined,
		shoe: shoe.ok ? shoe.value : undefined,
	};
}

export function chooseCompression(form: CompressionForm): Evaluation<CompressionResult, CompressionField> {
	const answered = pickList(SCREEN_ANSWERS, form.screen);
	const yes = screenYes(form.screen);
	if (yes.includes('calf-swelling')) return { ok: true, result: { kind: 'urgent', conditions: yes } };
	if (yes.length > 0) return { ok: true, result: { kind: 'see-clinician', conditions: yes } };

	const errors: FieldErrors<CompressionField> = {};
	if (answered.length === 0) errors.screen = 'Health check: tick each one that applies to you, or “None of these”.';
	const purpose = pick(PURPOSES, form.purpose);
	const area = pick(AREAS, form.area);
	const style = pick(STYLES, form.style);
	const unit = pick(UNITS, form.unit);
	if (!purpose) errors.purpose = 'Purpose: choose what you want compression for.';
	if (!area) errors.area = 'Body area: choose where you want compression.';
	if (!style) errors.style = 'Sleeve or sock: choose one, or “No preference”.';
	if (!unit) errors.unit = 'Unit: choose centimetres or inches.';
	const measured = area && unit && LOWER_LEG_AREAS.includes(area) ? measurements(form, unit, errors) : undefined;
	if (Object.keys(errors).length > 0 || !purpose || !area || !style) return { ok: false, errors };

	const garment = pickGarment(purpose, area, style);
	const size = measured?.calf && CALF_SIZED.includes(garment) ? sizeForCalfMm(measured.calf.mm) : { kind: 'brand-chart' as const };
	return { ok: true, result: { kind: 'advice', purpose, area, style, garment, ...measured, size } };
}
