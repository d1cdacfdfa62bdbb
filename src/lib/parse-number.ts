/**
 * The one parser for numbers people type into the tools.
 *
 * Why not Number() or parseFloat(): Number('') is 0, parseFloat('7abc') is 7, Number('0x10') is 16,
 * and much of Europe writes 7,5 for 7.5. Inputs are text fields with inputmode="decimal"; this turns
 * their text into a finite number inside a documented range, or a message that names the field and
 * says what is expected. It never throws.
 */

import { toAsciiDigits } from './digits';

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

export interface NumberField {
	/** The field's name as the reader sees it, e.g. "Age". Starts every message. */
	label: string;
	/** Smallest accepted value, inclusive. */
	min: number;
	/** Largest accepted value, inclusive. */
	max: number;
	/** Unit shown in messages, e.g. "years", "hours", "cm". */
	unit?: string;
	/** Whole numbers only (e.g. age in years). Default false. */
	integer?: boolean;
	/** Message for a value outside the range, when a plain "between" is not the whole story. */
	rangeHint?: string;
}

/** Longest text we try to read as a number; anything longer is not a measurement. */
const MAX_LENGTH = 12;

/** Digits with at most one decimal point or comma; an optional leading minus so negatives get a clear message. */
const DECIMAL = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * "1,000" or "2.500": a separator before exactly three digits after a non-zero whole part is a
 * thousands separator in one country and a decimal in another ("1,000" is 1000 in English and 1 in
 * German; "1.000" the other way round). Neither reading is safe to guess, so it is refused with a
 * message, never read as 1.
 */
const AMBIGUOUS_THOUSANDS = /^-?[1-9]\d{0,2}[.,]\d{3}$/;
/** Separators in groups of three ("10,000", "1.000.000", "1 000"): a thousands separator, never a decimal. */
const GROUPED = /^-?\d{1,3}([ ,.]\d{3})+([.,]\d+)?$/;

const describeRange = (f: NumberField) => {
	const unit = f.unit ? ` ${f.unit}` : '';
	return `${f.label} must be between ${f.min} and ${f.max}${unit}`;
};

/** Normalises "7,5" (and "٧٫٥", "７.５") to 7.5 and reads it; the value comes back only when it is finite and in range. */
export function parseNumber(input: unknown, field: NumberField): ParseResult {
	const text = typeof input === 'string' ? toAsciiDigits(input).trim() : typeof input === 'number' ? String(input) : '';
	if (text === '') return { ok: false, error: `${field.label} is required: enter a number${field.unit ? ` in ${field.unit}` : ''}.` };
	if (AMBIGUOUS_THOUSANDS.test(text) || (GROUPED.test(text) && !DECIMAL.test(text))) {
		// The groups' separator is the first one; a different last one ("1.000,5", "1,000.5") is the decimal point.
		const group = /[ ,.]/.exec(text)?.[0] ?? ',';
		const last = /[.,](\d+)$/.exec(text);
		const decimalPart = last && text[last.index] !== group ? `.${last[1]}` : '';
		const whole = decimalPart ? text.slice(0, last!.index) : text;
		const thousands = `${whole.replace(/[ ,.]/g, '')}${decimalPart}`;
		const decimal = AMBIGUOUS_THOUSANDS.test(text) ? ` or ${String(Number(text.replace(',', '.')))}` : '';
		return {
			ok: false,
			error: `${field.label}: “${text}” could be read two ways. Type ${thousands}${decimal}, with no thousands separator.`,
		};
	}
	if (text.length > MAX_LENGTH || !DECIMAL.test(text))
		return {
			ok: false,
			error: `${field.label} must be a number${field.integer ? '' : ', like 7.5 or 7,5'}${field.unit ? ` (${field.unit})` : ''}.`,
		};
	const value = Number(text.replace(',', '.'));
	if (!Number.isFinite(value)) return { ok: false, error: `${field.label} must be a number.` };
	if (field.integer && !Number.isInteger(value))
		return { ok: false, error: `${field.label} must be a whole number${field.unit ? ` of ${field.unit}` : ''}.` };
	if (value < field.min || value > field.max) return { ok: false, error: `${field.rangeHint ?? describeRange(field)}.` };
	return { ok: true, value };
}

/** Like parseNumber, but an empty field is fine and gives `undefined`. */
export function parseOptionalNumber(
	input: unknown,
	field: NumberField,
): { ok: true; value: number | undefined } | { ok: false; error: string } {
	if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) return { ok: true, value: undefined };
	return parseNumber(input, field);
}
