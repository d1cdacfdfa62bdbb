import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNumber, parseOptionalNumber, type NumberField } from '../../src/lib/parse-number';

const hours: NumberField = { label: 'Sleep last night', min: 0, max: 16, unit: 'hours' };
const age: NumberField = { label: 'Age', min: 13, max: 100, unit: 'years', integer: true, rangeHint: 'Age must be 13 to 100: this tool is for teens and adults' };

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
		['1.000,5', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['NaN', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['Infinity', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
		['٧', 'Sleep last night must be a number, like 7.5 or 7,5 (hours).'],
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

describe('parseOptionalNumber', () => {
	test('empty is fine and gives undefined; anything else is parsed', () => {
		expect(parseOptionalNumber('', hours)).toEqual({ ok: true, value: undefined });
		expect(parseOptionalNumber(undefined, hours)).toEqual({ ok: true, value: undefined });
		expect(parseOptionalNumber('8,5', hours)).toEqual({ ok: true, value: 8.5 });
		expect(parseOptionalNumber('x', hours).ok).toBe(false);
	});
});
