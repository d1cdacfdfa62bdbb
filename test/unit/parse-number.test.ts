import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toAsciiDigits } from '../../src/lib/digits';
import { parseNumber, parseOptionalNumber, type NumberField } from '../../src/lib/parse-number';

const hours: NumberField = { label: 'Sleep last night', min: 0, max: 16, unit: 'hours' };
const age: NumberField = {
	label: 'Age',
	min: 13,
	max: 100,
	unit: 'years',
	integer: true,
	rangeHint: 'Age must be 13 to 100: this tool is for teens and adults',
};

describe('parseNumber', () => {
	test.each([
		['7.5', 7.5],
		['7,5', 7.5],
		[' 8 ', 8],
		['0', 0],
		['16', 16],
		['.5', 0.5],
		[',5', 0.5],
		['6.', 6],
		// Phones' other digits: Arabic-Indic, Persian, full-width, with their own separators.
		['٧', 7],
		['٧٫٥', 7.5],
		['۷٫۵', 7.5],
		['۶,۵', 6.5],
		['７．５', 7.5],
		['１２', 12],
	])('reads %j as %d', (text, value) => {
		expect(parseNumber(text, hours)).toEqual({ ok: true, value });
	});

	test.each([
		['', 'Sleep last night is required: enter a number in hours.'],
		['   ', 'Sleep last night is required: enter a number in hours.'],
		['abc', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['7abc', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['0x10', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['1e3', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['NaN', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['Infinity', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['٧x', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['<script>', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['9'.repeat(40), 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['-1', 'Sleep last night must be between 0 and 16 hours.'],
		['16.5', 'Sleep last night must be between 0 and 16 hours.'],
		['30', 'Sleep last night must be between 0 and 16 hours.'],
	])('rejects %j with a message naming the field', (text, error) => {
		expect(parseNumber(text, hours)).toEqual({ ok: false, error });
	});

	test('whole numbers only where the field says so, and a custom range message', () => {
		expect(parseNumber('30.5', age)).toEqual({ ok: false, error: 'Age must be a whole number of years.' });
		expect(parseNumber('12', age)).toEqual({ ok: false, error: 'Age must be 13 to 100: this tool is for teens and adults.' });
		expect(parseNumber('500', age)).toEqual({ ok: false, error: 'Age must be 13 to 100: this tool is for teens and adults.' });
		expect(parseNumber('42', age)).toEqual({ ok: true, value: 42 });
	});

	test('non-string input never throws', () => {
		for (const input of [undefined, null, {}, [], NaN, Infinity, Symbol.iterator, 7]) {
			expect(() => parseNumber(input, hours)).not.toThrow();
		}
		expect(parseNumber(7, hours)).toEqual({ ok: true, value: 7 });
		expect(parseNumber(NaN, hours).ok).toBe(false);
	});

	test('property: any string gives a finite in-range value or a message starting with the label', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (text) => {
				const result = parseNumber(text, hours);
				if (result.ok) {
					expect(Number.isFinite(result.value)).toBe(true);
					expect(result.value).toBeGreaterThanOrEqual(0);
					expect(result.value).toBeLessThanOrEqual(16);
				} else expect(result.error.startsWith('Sleep last night')).toBe(true);
			}),
		);
	});

	test('property: a number written with a decimal comma or point reads back the same', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1600 }), fc.constantFrom('.', ','), (hundredths, sep) => {
				const value = hundredths / 100;
				const [whole, frac = ''] = value.toFixed(2).split('.');
				expect(parseNumber(`${whole}${sep}${frac}`, hours)).toEqual({ ok: true, value: Number(value.toFixed(2)) });
			}),
		);
	});
});

describe('thousands separators: refused, never guessed', () => {
	// A wide field, so that a refusal is about the separator and not about the range.
	const count: NumberField = { label: 'Count', min: 0, max: 1e9 };
	const cm: NumberField = { label: 'Calf', min: 0, max: 10_000, unit: 'cm' };

	test.each([
		// "1,000" is 1000 in English and 1 in German: both readings are offered, neither is taken.
		['1,000', 'Count: “1,000” could be read two ways. Type 1000 or 1, with no thousands separator.'],
		['1.000', 'Count: “1.000” could be read two ways. Type 1000 or 1, with no thousands separator.'],
		['2,500', 'Count: “2,500” could be read two ways. Type 2500 or 2.5, with no thousands separator.'],
		['10,000', 'Count: “10,000” could be read two ways. Type 10000 or 10, with no thousands separator.'],
		['-1,000', 'Count: “-1,000” could be read two ways. Type -1000 or -1, with no thousands separator.'],
		// A space or a second group can only be a thousands separator: one reading to offer.
		['1 000', 'Count: “1 000” could be read two ways. Type 1000, with no thousands separator.'],
		['1,000,000', 'Count: “1,000,000” could be read two ways. Type 1000000, with no thousands separator.'],
		['1.000.000.000', 'Count: “1.000.000.000” could be read two ways. Type 1000000000, with no thousands separator.'],
		// A separator of each kind: the groups' one first, the decimal point last.
		['1.000,5', 'Count: “1.000,5” could be read two ways. Type 1000.5, with no thousands separator.'],
		['1,000.5', 'Count: “1,000.5” could be read two ways. Type 1000.5, with no thousands separator.'],
		// Other digits meet the same rule: the message shows them as ASCII, the way to type them.
		['１,０００', 'Count: “1,000” could be read two ways. Type 1000 or 1, with no thousands separator.'],
		['١٬٠٠٠', 'Count: “1,000” could be read two ways. Type 1000 or 1, with no thousands separator.'],
	])('refuses %j and says what to type', (text, error) => {
		expect(parseNumber(text, count)).toEqual({ ok: false, error });
	});

	test.each([
		['38,5', 38.5],
		['0,005', 0.005], // a zero whole part cannot be a thousands group
		['0.250', 0.25],
		['7.5', 7.5],
		['7,5', 7.5],
		['1000', 1000],
		['1,5', 1.5],
		['12,25', 12.25],
		['1,0000', 1], // four digits after the comma are not a thousands group
	])('still reads %j as %d', (text, value) => {
		expect(parseNumber(text, cm)).toEqual({ ok: true, value });
	});

	/** n written with a separator every three digits from the right: 1234567 -> "1,234,567". */
	const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);

	test('property: a number of 1000 or more written with thousands separators is never read, and the message says to type its digits', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(',', '.', ' '), (n, sep) => {
				const text = grouped(n, sep);
				const result = parseNumber(text, count);
				// Never read, so "1,000" can never come back as 1 (nor as 1000 by a guess).
				expect(result.ok).toBe(false);
				if (!result.ok) {
					expect(result.error.startsWith('Count: ')).toBe(true);
					expect(result.error).toContain(`Type ${n}`);
				}
			}),
		);
	});

	test('property: the same via parseOptionalNumber and with a field that allows only small values', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(',', '.'), (whole, group, sep) => {
				const digits = String(group).padStart(3, '0');
				const text = `${whole}${sep}${digits}`;
				// The decimal reading, written out as text: "2,500" -> "2.5", "1,000" -> "1".
				const fraction = digits.replace(/0+$/, '');
				const decimal = fraction === '' ? `${whole}` : `${whole}.${fraction}`;
				const result = parseOptionalNumber(text, hours);
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.error).toContain(`Type ${whole}${digits} or ${decimal},`);
			}),
		);
	});
});

describe('parseOptionalNumber', () => {
	test('empty is fine and gives undefined; anything else is parsed', () => {
		expect(parseOptionalNumber('', hours)).toEqual({ ok: true, value: undefined });
		expect(parseOptionalNumber(undefined, hours)).toEqual({ ok: true, value: undefined });
		expect(parseOptionalNumber('8,5', hours)).toEqual({ ok: true, value: 8.5 });
		expect(parseOptionalNumber('x', hours).ok).toBe(false);
	});
});

describe('toAsciiDigits', () => {
	// The oracle is the digits' code points listed by hand, not the module's own offsets.
	test.each([
		['٠١٢٣٤٥٦٧٨٩', '0123456789'],
		['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
		['０１２３４５６７８９', '0123456789'],
		['٧٫٥', '7.5'],
		['１２：３０', '12:30'],
		['7.5 h', '7.5 h'],
	])('%j reads as %j', (text, ascii) => {
		expect(toAsciiDigits(text)).toBe(ascii);
	});
});
