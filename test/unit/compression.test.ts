/**
 * The compression chooser (src/lib/tools/compression/). Table tests for the documented order of
 * decisions (health check, garment, pressure, size, boots) and fast-check properties. Expected
 * sizes come from an independent table below: the maker's inch bands quoted in sizing.ts's header
 * (9.5-12.25, 12.5-15, 15.25-17.5, 17.75-20 in) converted by hand to whole millimetres.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readQuery, readStored, toQuery, writeStored, type StringStorage } from '../../src/lib/persisted-state';
import { citedSources, type Description } from '../../src/lib/tools/contract';
import { firstErrorField, shareUrl, startingForm } from '../../src/lib/tools/form';
import { BOOTS_SUMMARY, CLINICIAN_FIRST, SCREEN_REASONS, SIZE_REASONS } from '../../src/lib/tools/compression/advice';
import {
	AREAS,
	COMPRESSION_CODECS,
	COMPRESSION_DEFAULTS,
	COMPRESSION_FIELD_ORDER,
	COMPRESSION_STORAGE_KEY,
	GARMENT_LABELS,
	PURPOSES,
	SCREEN_ANSWERS,
	SIZE_BANDS,
	STYLES,
	compressionTool,
	pickGarment,
	sizeForCalfMm,
	toMm,
	unitMixUp,
	type Area,
	type CompressionForm,
	type CompressionResult,
	type GearAdvice,
	type Purpose,
	type Style,
	type Unit,
} from '../../src/lib/tools/compression';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** A healthy runner (health check: none of these) with a 35 cm calf, unless patched. */
const form = (patch: Partial<CompressionForm> = {}): CompressionForm => ({
	...COMPRESSION_DEFAULTS,
	screen: ['none'],
	calf: '35',
	...patch,
});

function resultFor(patch: Partial<CompressionForm>): CompressionResult {
	const r = compressionTool.evaluate(form(patch));
	if (!r.ok) throw new Error(`expected a result, got ${JSON.stringify(r.errors)}`);
	return r.result;
}
function adviceFor(patch: Partial<CompressionForm>): GearAdvice {
	const r = resultFor(patch);
	if (r.kind !== 'advice') throw new Error(`expected advice, got ${r.kind}`);
	return r;
}
function errorsFor(patch: Partial<CompressionForm>) {
	const r = compressionTool.evaluate(form(patch));
	if (r.ok) throw new Error('expected messages, got a result');
	return r.errors;
}
const describeFor = (patch: Partial<CompressionForm>) => compressionTool.describe(resultFor(patch), undefined);

const section = (d: Description, id: string) => d.sections.find((s) => s.id === id);
const allText = (d: Description) =>
	[
		d.headline,
		...d.sections.flatMap((s) => [
			s.title,
			s.answer,
			...s.items.map((i) => (typeof i === 'string' ? i : i.text)),
			...s.reasons.map((r) => r.text),
		]),
	].join('\n');
const garmentNamed = (text: string) => Object.values(GARMENT_LABELS).some((label) => text.includes(label));

// ---------------------------------------------------------------------------------------------
// Independent size table
// ---------------------------------------------------------------------------------------------

/** Calf bands in whole mm: 9.5 in = 241.3 -> 241, 12.25 in = 311.15 -> 311, 12.5 in = 317.5 -> 318, ... */
const BANDS_MM = [
	{ id: 'small', label: 'Small calf', min: 241, max: 311, range: '24.1–31.1 cm (9.5–12.25 in)' },
	{ id: 'medium', label: 'Medium calf', min: 318, max: 381, range: '31.8–38.1 cm (12.5–15 in)' },
	{ id: 'large', label: 'Large calf', min: 387, max: 445, range: '38.7–44.5 cm (15.25–17.5 in)' },
	{ id: 'extra-large', label: 'Extra-large calf', min: 451, max: 508, range: '45.1–50.8 cm (17.75–20 in)' },
] as const;
type Expected = { kind: 'size'; id: string } | { kind: 'between'; lower: string; upper: string } | { kind: 'below-table' | 'above-table' };
function expectedSize(mm: number): Expected {
	if (mm < BANDS_MM[0].min) return { kind: 'below-table' };
	if (mm > BANDS_MM[3].max) return { kind: 'above-table' };
	const i = BANDS_MM.findIndex((b) => mm <= b.max);
	const b = BANDS_MM[i]!;
	return mm >= b.min ? { kind: 'size', id: b.id } : { kind: 'between', lower: BANDS_MM[i - 1]!.id, upper: b.id };
}
/** The lookup the code gave, in the shape of the expectation. */
function lookupShape(size: GearAdvice['size']): Expected | { kind: 'brand-chart' } {
	switch (size.kind) {
		case 'size':
			return { kind: 'size', id: size.band.id };
		case 'between':
			return { kind: 'between', lower: size.lower.id, upper: size.upper.id };
		default:
			return { kind: size.kind };
	}
}

// ---------------------------------------------------------------------------------------------
// 1. The health check comes first
// ---------------------------------------------------------------------------------------------

describe('the health check, before anything else', () => {
	test('a calf swollen, hot, red or painful now is urgent, with no garment, even when nothing else is answered', () => {
		const r = compressionTool.evaluate({ ...COMPRESSION_DEFAULTS, calf: '', purpose: 'nonsense' as Purpose, screen: ['calf-swelling'] });
		expect(r).toEqual({ ok: true, result: { kind: 'urgent', conditions: ['calf-swelling'] } });
		const d = compressionTool.describe((r as { result: CompressionResult }).result, undefined);
		expect(d.headline).toBe('Get that calf checked today. No compression, rolling or massage on it.');
		expect(d.sections.map((s) => s.id)).toEqual(['urgent']);
		expect(d.sections[0]?.tone).toBe('warning');
		expect(d.sections[0]?.items).toEqual([{ text: 'Red flags: a swollen calf on one side', href: '/red-flags/#clot' }]);
		expect(garmentNamed(allText(d))).toBe(false);
		expect(allText(d)).not.toContain('mmHg');
	});

	test('the calf now outranks every other answer, "none" included', () => {
		expect(resultFor({ screen: ['artery-disease', 'calf-swelling', 'none'] })).toEqual({
			kind: 'urgent',
			conditions: ['calf-swelling', 'artery-disease'],
		});
	});

	test.each(SCREEN_ANSWERS.filter((a) => a !== 'calf-swelling' && a !== 'none'))(
		'%s means a clinician first: no garment, no pressure, no boots',
		(condition) => {
			const r = resultFor({ screen: [condition] });
			expect(r).toEqual({ kind: 'see-clinician', conditions: [condition] });
			const d = compressionTool.describe(r, undefined);
			expect(d.headline).toBe('See a clinician before any compression garment or boots.');
			expect(section(d, 'clinician')?.tone).toBe('warning');
			expect(section(d, 'clinician')?.reasons).toEqual([CLINICIAN_FIRST, ...SCREEN_REASONS[condition]]);
			expect(section(d, 'boots')?.answer).toBe(BOOTS_SUMMARY.checked);
			expect(section(d, 'buy')).toBeUndefined();
			expect(section(d, 'size')).toBeUndefined();
			expect(garmentNamed(allText(d))).toBe(false);
			expect(allText(d)).not.toContain('mmHg');
		},
	);

	test('a condition ticked with "none" still counts, and the answer lists what was ticked', () => {
		const d = describeFor({ screen: ['none', 'skin-wound', 'artery-disease'] });
		expect(section(d, 'clinician')?.answer).toBe(
			'You ticked: artery disease in the legs, or calf pain on walking that eases with rest, and a skin infection or open wound where it would go.',
		);
	});

	test.each([
		['nothing ticked', []],
		['only unknown ids', ['bogus', '__proto__']],
		['not a list', 'calf-swelling'],
	])('%s: the health check asks to be answered, and takes focus first', (_, screen) => {
		const r = compressionTool.evaluate(form({ screen: screen as CompressionForm['screen'] }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.screen).toBe('Health check: tick each one that applies to you, or “None of these”.');
		expect(firstErrorField(r, COMPRESSION_FIELD_ORDER)).toBe('screen');
	});
});

// ---------------------------------------------------------------------------------------------
// 2. The garment
// ---------------------------------------------------------------------------------------------

describe('garments by purpose x area x style', () => {
	// [purpose, area, no preference, sleeve, sock]
	const TABLE: [Purpose, Area, string, string, string][] = [
		['recovery', 'calf-shin', 'recovery-sock', 'calf-sleeve', 'recovery-sock'],
		['recovery', 'ankle', 'ankle-sleeve', 'ankle-sleeve', 'recovery-sock'],
		['overnight', 'calf-shin', 'recovery-sock', 'calf-sleeve', 'recovery-sock'],
		['overnight', 'ankle', 'ankle-sleeve', 'ankle-sleeve', 'recovery-sock'],
		['during-runs', 'calf-shin', 'calf-sleeve', 'calf-sleeve', 'running-sock'],
		['during-runs', 'ankle', 'ankle-sleeve', 'ankle-sleeve', 'running-sock'],
		// Travel and standing: the everyday level is hosiery over foot, ankle and calf, whatever the style.
		['travel', 'calf-shin', 'everyday-sock', 'everyday-sock', 'everyday-sock'],
		['travel', 'ankle', 'everyday-sock', 'everyday-sock', 'everyday-sock'],
		['standing', 'calf-shin', 'everyday-sock', 'everyday-sock', 'everyday-sock'],
		['standing', 'ankle', 'everyday-sock', 'everyday-sock', 'everyday-sock'],
		// Knee, thigh and arm: a sleeve for every purpose.
		...PURPOSES.flatMap((p): [Purpose, Area, string, string, string][] => [
			[p, 'knee', 'knee-sleeve', 'knee-sleeve', 'knee-sleeve'],
			[p, 'thigh', 'thigh-sleeve', 'thigh-sleeve', 'thigh-sleeve'],
			[p, 'arm', 'arm-sleeve', 'arm-sleeve', 'arm-sleeve'],
		]),
	];

	test('the table covers every combination', () => {
		expect(new Set(TABLE.map(([p, a]) => `${p}/${a}`)).size).toBe(PURPOSES.length * AREAS.length);
	});

	test.each(TABLE)('%s, %s: %s / %s / %s', (purpose, area, either, sleeve, sock) => {
		const styles: Record<Style, string> = { either, sleeve, sock };
		for (const style of STYLES) {
			expect(pickGarment(purpose, area, style)).toBe(styles[style]);
			expect(adviceFor({ purpose, area, style }).garment).toBe(styles[style]);
		}
	});

	test('the one-line answer comes first: garment · pressure · size', () => {
		const d = describeFor({});
		expect(d.headline).toBe('Knee-high recovery sock · 15–20 mmHg · Medium calf, 31.8–38.1 cm (12.5–15 in)');
		expect(d.sections.map((s) => s.id)).toEqual(['buy', 'size', 'boots']);
		expect(section(d, 'buy')?.answer).toBe('Knee-high recovery sock, 15–20 mmHg.');
		expect(section(d, 'size')?.items).toEqual(['Calf: 35 cm (13.8 in)']);
		expect(section(d, 'boots')?.answer).toBe(BOOTS_SUMMARY.recovery);
	});

	test.each([
		['recovery', BOOTS_SUMMARY.recovery],
		['overnight', BOOTS_SUMMARY.overnight],
		['during-runs', BOOTS_SUMMARY.other],
		['travel', BOOTS_SUMMARY.other],
		['standing', BOOTS_SUMMARY.other],
	] as const)('boots for %s: %s', (purpose, answer) => {
		expect(section(describeFor({ purpose }), 'boots')?.answer).toBe(answer);
	});

	test('garments not worn on the calf are sized by the brand’s chart, and need no calf for knee, thigh and arm', () => {
		expect(describeFor({ area: 'knee', calf: '' }).headline).toBe('Knee sleeve · 15–20 mmHg · Sized by the brand’s own chart');
		expect(adviceFor({ area: 'arm', calf: 'garbage', unit: 'in' }).size).toEqual({ kind: 'brand-chart' });
		expect(adviceFor({ area: 'ankle', style: 'sleeve' }).size).toEqual({ kind: 'brand-chart' });
		expect(section(describeFor({ area: 'knee' }), 'size')?.reasons).not.toContainEqual(SIZE_REASONS.brand);
	});
});

// ---------------------------------------------------------------------------------------------
// 3. The size
// ---------------------------------------------------------------------------------------------

describe('sizes by the calf, the same in cm and in', () => {
	test('the bands are the maker’s inch bands in whole mm', () => {
		expect(SIZE_BANDS.map((b) => [b.id, b.label, b.minMm, b.maxMm])).toEqual(BANDS_MM.map((b) => [b.id, b.label, b.min, b.max]));
	});

	test.each([
		['15', 'in', '38.1', 'medium'],
		['12.25', 'in', '31.1', 'small'],
		['12,25', 'in', '31,1', 'small'],
	] as const)('%s in and %s cm give the same size (%s)', (inches, _, cm, id) => {
		const a = adviceFor({ unit: 'in', calf: inches });
		const b = adviceFor({ unit: 'cm', calf: cm });
		expect(a.calf?.mm).toBe(b.calf?.mm);
		expect(a.size).toEqual(b.size);
		expect(lookupShape(a.size)).toEqual({ kind: 'size', id });
	});

	// Every band edge, typed in inches as the maker's chart prints it and in cm to the nearest mm.
	test.each([
		['9.5', '24.1', 241, 'small'],
		['12.25', '31.1', 311, 'small'],
		['12.5', '31.8', 318, 'medium'],
		['15', '38.1', 381, 'medium'],
		['15.25', '38.7', 387, 'large'],
		['17.5', '44.5', 445, 'large'],
		['17.75', '45.1', 451, 'extra-large'],
		['20', '50.8', 508, 'extra-large'],
	])('edge: %s in = %s cm = %d mm is %s', (inches, cm, mm, id) => {
		for (const [unit, calf] of [
			['in', inches],
			['cm', cm],
		] as const) {
			const a = adviceFor({ unit, calf });
			expect(a.calf?.mm).toBe(mm);
			expect(lookupShape(a.size)).toEqual({ kind: 'size', id });
		}
	});

	test.each([
		// one mm outside each edge
		['24', 'below-table'],
		['31.2', 'small/medium'],
		['31.7', 'small/medium'],
		['38.2', 'medium/large'],
		['38.6', 'medium/large'],
		['44.6', 'large/extra-large'],
		['45', 'large/extra-large'],
		['50.9', 'above-table'],
	])('just outside an edge: %s cm is %s', (calf, where) => {
		const [lower, upper] = where.split('/');
		const expected = upper ? { kind: 'between', lower, upper } : { kind: where };
		expect(lookupShape(adviceFor({ calf }).size)).toEqual(expected);
	});

	test.each([
		[240, { kind: 'below-table' }],
		[241, { kind: 'size', id: 'small' }],
		[312, { kind: 'between', lower: 'small', upper: 'medium' }],
		[317, { kind: 'between', lower: 'small', upper: 'medium' }],
		[509, { kind: 'above-table' }],
		[Number.NaN, { kind: 'below-table' }],
	])('sizeForCalfMm(%d)', (mm, expected) => {
		expect(lookupShape(sizeForCalfMm(mm))).toEqual(expected);
	});

	test('between sizes: measure again, then take the larger', () => {
		const d = describeFor({ calf: '31.5' });
		expect(d.headline).toBe(
			'Knee-high recovery sock · 15–20 mmHg · Between small calf and medium calf: measure again; still between, take the larger',
		);
		expect(section(d, 'size')?.reasons).toContainEqual(SIZE_REASONS.between);
		expect(section(describeFor({}), 'size')?.reasons).not.toContainEqual(SIZE_REASONS.between);
	});

	test('below and above the table', () => {
		expect(describeFor({ calf: '22' }).headline).toBe(
			'Knee-high recovery sock · 15–20 mmHg · Smaller than this table: look for a brand’s extra-small or junior sizes',
		);
		expect(describeFor({ calf: '60' }).headline).toBe(
			'Knee-high recovery sock · 15–20 mmHg · Larger than this table: look for a brand’s wide-calf sizes, or ask a fitter',
		);
	});

	test.each(BANDS_MM)('$label reads $range', (band) => {
		const mid = Math.round((band.min + band.max) / 2);
		expect(describeFor({ calf: String(mid / 10) }).headline).toBe(`Knee-high recovery sock · 15–20 mmHg · ${band.label}, ${band.range}`);
	});

	test('"38,5" is read as 38.5 cm; "1,000" is refused', () => {
		expect(adviceFor({ calf: '38,5' }).calf).toEqual({ mm: 385, text: '38.5 cm (15.2 in)' });
		expect(errorsFor({ calf: '1,000' })).toEqual({
			calf: 'Calf: “1,000” could be read two ways. Type 1000 or 1, with no thousands separator.',
		});
		expect(errorsFor({ calf: '1 000', unit: 'in' })).toEqual({
			calf: 'Calf: “1 000” could be read two ways. Type 1000, with no thousands separator.',
		});
	});
});

describe('the other measurements', () => {
	test('the ankle is optional', () => {
		expect(adviceFor({ ankle: '' }).ankle).toBeUndefined();
		expect(adviceFor({ ankle: '22' }).ankle).toEqual({ mm: 220, text: '22 cm (8.7 in)' });
		expect(adviceFor({ unit: 'in', calf: '14', ankle: '9' }).ankle?.mm).toBe(229);
	});

	test.each([
		['40', '35'],
		['35', '35'],
		['35,0', '35'],
	])('an ankle of %s cm with a calf of %s cm is refused: it must be smaller', (ankle, calf) => {
		expect(errorsFor({ ankle, calf }).ankle).toMatch(
			/^Ankle \(.+\) must be smaller than your calf \(35 cm \(13\.8 in\)\): measure the ankle at its narrowest/,
		);
	});

	test('length and shoe size are optional and checked when given', () => {
		const a = adviceFor({ length: '40', shoe: '42' });
		expect(a.length?.mm).toBe(400);
		expect(a.shoe).toBe(42);
		expect(section(compressionTool.describe(a, undefined), 'size')?.items).toEqual([
			'Calf: 35 cm (13.8 in)',
			'Heel to the back of the knee: 40 cm (15.7 in)',
			'Shoe size: 42',
		]);
		expect(errorsFor({ shoe: '60' })).toEqual({ shoe: 'Shoe size must be between 1 and 55, as printed on your shoe (UK, US or EU).' });
	});

	test.each([
		[{ calf: '' }, 'calf', 'Calf is required: measure it at its widest, in cm.'],
		[{ calf: '', unit: 'in' as Unit }, 'calf', 'Calf is required: measure it at its widest, in inches.'],
		[{ calf: '15' }, 'calf', 'Calf of 15 cm is smaller than any runner’s. Did you measure in inches? Switch the unit to inches if so.'],
		[
			{ calf: '38', unit: 'in' as Unit },
			'calf',
			'Calf of 38 in is larger than any runner’s. Did you measure in centimetres? Switch the unit to cm if so.',
		],
		[{ calf: '5' }, 'calf', 'Calf of 5 cm is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		// Negative or absurd: the message names the leg's range, not the parser's 0 to 10000.
		[{ calf: '-35' }, 'calf', 'Calf must be a length a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		[{ calf: '12000' }, 'calf', 'Calf must be a length a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		[
			{ ankle: '-1', unit: 'in' as Unit, calf: '14' },
			'ankle',
			'Ankle must be a length a human leg has: this tool takes 12 to 50 cm (4.7 to 19.7 in).',
		],
		[{ ankle: '10' }, 'ankle', 'Ankle of 10 cm is smaller than any runner’s. Did you measure in inches? Switch the unit to inches if so.'],
		[
			{ length: '60', unit: 'in' as Unit, calf: '14' },
			'length',
			'Heel-to-knee length of 60 in is larger than any runner’s. Did you measure in centimetres? Switch the unit to cm if so.',
		],
		[{ purpose: 'evil' as Purpose }, 'purpose', 'Purpose: choose what you want compression for.'],
		[{ area: 'neck' as Area }, 'area', 'Body area: choose where you want compression.'],
		[{ style: 'tight' as Style }, 'style', 'Sleeve or sock: choose one, or “No preference”.'],
		[{ unit: 'mm' as Unit }, 'unit', 'Unit: choose centimetres or inches.'],
	] as [Partial<CompressionForm>, string, string][])('%j: a message at %s', (patch, field, message) => {
		expect(errorsFor(patch)).toEqual({ [field]: message });
	});

	test.each([
		['15', 'calf', 'cm', 'in'], // 150 mm is no calf; 15 in (381 mm) is
		['38', 'calf', 'in', 'cm'], // 965 mm is no calf; 38 cm is
		['9', 'ankle', 'cm', 'in'],
		['60', 'length', 'in', 'cm'],
		['38', 'calf', 'cm', undefined], // a calf in either unit: no mix-up
		['15', 'calf', 'in', undefined],
		['25', 'calf', 'cm', undefined], // a calf in both units (25 cm, 25 in): the chosen unit stands
		['25', 'calf', 'in', undefined],
		['5', 'calf', 'cm', undefined], // a leg in neither unit
		['', 'calf', 'cm', undefined],
		['abc', 'calf', 'cm', undefined],
		['0', 'calf', 'cm', undefined],
		['-15', 'calf', 'cm', undefined],
		['1,000', 'calf', 'in', undefined],
	] as const)('unitMixUp(%j, %s, %s) suggests %s', (raw, field, unit, suggestion) => {
		expect(unitMixUp(raw, field, unit)).toBe(suggestion);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/** Valid answers for a healthy runner, lengths in either unit. */
const validForm = fc
	.record({
		purpose: fc.constantFrom(...PURPOSES),
		area: fc.constantFrom(...AREAS),
		style: fc.constantFrom(...STYLES),
		unit: fc.constantFrom<Unit>('cm', 'in'),
		calfMm: fc.integer({ min: 200, max: 800 }),
		ankleMm: fc.option(fc.integer({ min: 120, max: 199 }), { nil: undefined }),
		lengthMm: fc.option(fc.integer({ min: 250, max: 650 }), { nil: undefined }),
		shoe: fc.option(fc.integer({ min: 1, max: 55 }), { nil: undefined }),
	})
	.map(({ calfMm, ankleMm, lengthMm, shoe, ...rest }): CompressionForm => {
		const text = (mm: number | undefined) => (mm === undefined ? '' : rest.unit === 'cm' ? String(mm / 10) : (mm / 25.4).toFixed(4));
		return {
			...COMPRESSION_DEFAULTS,
			...rest,
			calf: text(calfMm),
			ankle: text(ankleMm),
			length: text(lengthMm),
			shoe: shoe === undefined ? '' : String(shoe),
			screen: ['none'],
		};
	});
const screenArb = fc.subarray([...SCREEN_ANSWERS]);

describe('properties', () => {
	test('the same length in cm and in (any whole mm from 150 to 900) gives the same size lookup', () => {
		fc.assert(
			fc.property(fc.integer({ min: 150, max: 900 }), fc.boolean(), (mm, comma) => {
				const cmText = comma ? String(mm / 10).replace('.', ',') : String(mm / 10);
				const inText = (mm / 25.4).toFixed(4); // 4 decimals of an inch are well inside half a mm
				expect(toMm(Number(String(mm / 10)), 'cm')).toBe(mm);
				expect(toMm(Number(inText), 'in')).toBe(mm);
				const inCm = compressionTool.evaluate(form({ unit: 'cm', calf: cmText }));
				const inIn = compressionTool.evaluate(form({ unit: 'in', calf: inText }));
				expect(inCm.ok).toBe(inIn.ok);
				if (inCm.ok && inIn.ok && inCm.result.kind === 'advice' && inIn.result.kind === 'advice') {
					expect(inCm.result.size).toEqual(inIn.result.size);
					expect(lookupShape(inCm.result.size)).toEqual(expectedSize(mm));
				} else {
					// Outside the accepted calf (200-800 mm), both units are refused at the calf.
					expect(mm < 200 || mm > 800).toBe(true);
					expect(Object.keys(inCm.ok ? {} : inCm.errors)).toEqual(['calf']);
					expect(Object.keys(inIn.ok ? {} : inIn.errors)).toEqual(['calf']);
				}
			}),
		);
	});

	test('a chart’s quarter inches and their cm to the nearest mm give the same size', () => {
		fc.assert(
			fc.property(fc.integer({ min: 32, max: 124 }), (quarters) => {
				const inches = quarters / 4;
				const mm = Math.round(inches * 25.4);
				const a = adviceFor({ unit: 'in', calf: String(inches) });
				const b = adviceFor({ unit: 'cm', calf: String(mm / 10) });
				expect(a.calf?.mm).toBe(mm);
				expect(a.size).toEqual(b.size);
				expect(lookupShape(a.size)).toEqual(expectedSize(mm));
			}),
		);
	});

	test('the health check decides first: the calf now is urgent, any other condition a clinician, whatever else the form holds', () => {
		fc.assert(
			fc.property(validForm, screenArb, (f, screen) => {
				const r = compressionTool.evaluate({ ...f, screen });
				const conditions = screen.filter((a) => a !== 'none');
				if (conditions.includes('calf-swelling')) expect(r).toEqual({ ok: true, result: { kind: 'urgent', conditions } });
				else if (conditions.length > 0) expect(r).toEqual({ ok: true, result: { kind: 'see-clinician', conditions } });
				else if (screen.length === 0) expect(r.ok ? undefined : r.errors.screen).toBeDefined();
				else expect(r.ok && r.result.kind).toBe('advice');
			}),
		);
	});

	/** Values a form can hold after a crafted link, a bug or a wrong type. */
	const hostile = fc.oneof(
		fc.string({ maxLength: 15 }),
		fc.constantFrom(
			'',
			'NaN',
			'-1',
			'1e3',
			'38,5',
			'1,000',
			'1 000',
			'15',
			'38',
			'<script>',
			'__proto__',
			'cm',
			'in',
			'calf-shin',
			'recovery',
		),
		fc.anything(),
	);
	/** Each field valid or hostile, so that hostile lengths also reach the measuring code behind valid choices. */
	const validOr = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, hostile);
	const anyForm = fc.record(
		{
			purpose: validOr(fc.constantFrom(...PURPOSES)),
			area: validOr(fc.constantFrom(...AREAS)),
			style: validOr(fc.constantFrom(...STYLES)),
			unit: validOr(fc.constantFrom('cm', 'in')),
			calf: validOr(fc.constantFrom('35', '14', '15', '31,5')),
			ankle: validOr(fc.constantFrom('', '22', '9')),
			length: validOr(fc.constantFrom('', '40', '16')),
			shoe: validOr(fc.constantFrom('', '42', '9.5')),
			screen: fc.oneof(
				fc.constant(['none']),
				hostile,
				screenArb,
				fc.array(fc.constantFrom(...SCREEN_ANSWERS, 'bogus', '__proto__', 'constructor')),
			),
		},
		{ requiredKeys: [] },
	);

	test('evaluate never throws for any form, and gives advice or messages', () => {
		fc.assert(
			fc.property(anyForm, (raw) => {
				const r = compressionTool.evaluate(raw as unknown as CompressionForm);
				if (r.ok) {
					expect(['urgent', 'see-clinician', 'advice']).toContain(r.result.kind);
					const d = compressionTool.describe(r.result, undefined);
					expect(d.headline.length).toBeGreaterThan(0);
					for (const id of citedSources(d)) expect(compressionTool.sources).toContain(id);
				} else {
					const fields = Object.keys(r.errors);
					expect(fields.length).toBeGreaterThan(0);
					for (const f of fields) {
						expect(COMPRESSION_FIELD_ORDER).toContain(f);
						expect(typeof r.errors[f as keyof typeof r.errors]).toBe('string');
					}
				}
			}),
		);
	});

	test.each([
		['a number', 35, { mm: 350 }],
		['missing', undefined, 'Calf is required: measure it at its widest, in cm.'],
		['null', null, 'Calf is required: measure it at its widest, in cm.'],
		['an object', {}, 'Calf is required: measure it at its widest, in cm.'],
		['a list', ['35'], 'Calf is required: measure it at its widest, in cm.'],
		['NaN', Number.NaN, 'Calf must be a number, like 7.5 or 7,5 (cm).'],
	])('a calf of the wrong type (%s) is read or gets a message, never a crash', (_, calf, expected) => {
		const r = compressionTool.evaluate({ ...form(), calf: calf as string, ankle: {} as string, shoe: null as unknown as string });
		if (typeof expected === 'string') expect(r).toEqual({ ok: false, errors: { calf: expected } });
		else expect(r.ok && r.result.kind === 'advice' && r.result.calf).toMatchObject(expected);
	});

	test('every cited id is in compressionTool.sources, and each has a bibliography entry', () => {
		for (const id of compressionTool.sources) expect(existsSync(`src/content/references/${id}.yaml`), id).toBe(true);
		fc.assert(
			fc.property(validForm, screenArb, fc.integer({ min: 200, max: 800 }), (f, screen, calfMm) => {
				for (const candidate of [
					{ ...f, screen },
					{ ...f, unit: 'cm' as const, calf: String(calfMm / 10), ankle: '' },
				]) {
					const r = compressionTool.evaluate(candidate);
					if (!r.ok) continue; // screen: [] asks for the check; nothing is cited then
					for (const id of citedSources(compressionTool.describe(r.result, undefined))) expect(compressionTool.sources).toContain(id);
				}
			}),
		);
	});

	test('a calf-sized garment with a calf gets the table’s size, any other garment the brand’s chart', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const a = adviceFor(f);
				const calfSized = ['calf-sleeve', 'running-sock', 'recovery-sock', 'everyday-sock'].includes(a.garment);
				if (calfSized && (f.area === 'calf-shin' || f.area === 'ankle')) expect(lookupShape(a.size)).toEqual(expectedSize(a.calf!.mm));
				else expect(a.size).toEqual({ kind: 'brand-chart' });
			}),
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Link and storage: the health check never leaves the page
// ---------------------------------------------------------------------------------------------

class MemoryStorage implements StringStorage {
	data = new Map<string, string>();
	getItem = (k: string) => this.data.get(k) ?? null;
	setItem = (k: string, v: string) => void this.data.set(k, v);
}
const CONDITIONS = SCREEN_ANSWERS.filter((a) => a !== 'none');

describe('link and storage', () => {
	test('the health check is the one sensitive answer and has no codec', () => {
		expect(compressionTool.sensitive).toEqual(['screen']);
		expect(Object.keys(COMPRESSION_CODECS)).not.toContain('screen');
		expect(Object.keys(COMPRESSION_CODECS).sort()).toEqual(
			Object.keys(COMPRESSION_DEFAULTS)
				.filter((k) => k !== 'screen')
				.sort(),
		);
	});

	test('property: the health check is never in toQuery, shareUrl or writeStored output', () => {
		fc.assert(
			fc.property(validForm, screenArb, (f, screen) => {
				const withScreen = { ...f, screen };
				const query = toQuery(COMPRESSION_CODECS, withScreen);
				const url = shareUrl(COMPRESSION_CODECS, withScreen, '/tools/compression/');
				const storage = new MemoryStorage();
				writeStored(COMPRESSION_CODECS, COMPRESSION_STORAGE_KEY, storage, withScreen);
				const stored = storage.getItem(COMPRESSION_STORAGE_KEY) ?? '';
				expect(new URLSearchParams(query).has('screen')).toBe(false);
				expect(Object.keys(JSON.parse(stored))).not.toContain('screen');
				for (const text of [query, url, stored]) {
					expect(text).not.toMatch(/screen/);
					for (const c of CONDITIONS) expect(text).not.toContain(c);
				}
			}),
		);
	});

	test('a health answer in a link or in storage is never read back', () => {
		expect(readQuery(COMPRESSION_CODECS, '?screen=calf-swelling&screen=artery-disease&calf=35')).toEqual({ calf: '35' });
		const storage = new MemoryStorage();
		storage.data.set(COMPRESSION_STORAGE_KEY, JSON.stringify({ screen: 'clot-or-blood-thinners', calf: '35' }));
		expect(readStored(COMPRESSION_CODECS, COMPRESSION_STORAGE_KEY, storage)).toEqual({ calf: '35' });
		const start = startingForm(COMPRESSION_CODECS, COMPRESSION_DEFAULTS, '?screen=none&unit=in', COMPRESSION_STORAGE_KEY, storage);
		expect(start.form.screen).toEqual([]);
		expect(start.form.unit).toBe('in');
	});

	test('property: the kept answers survive the round trip through toQuery/readQuery and through storage', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const { screen: _, ...kept } = f;
				const fromLink = readQuery(COMPRESSION_CODECS, toQuery(COMPRESSION_CODECS, f));
				expect(fromLink).toEqual(Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== '')));
				const storage = new MemoryStorage();
				writeStored(COMPRESSION_CODECS, COMPRESSION_STORAGE_KEY, storage, f);
				expect(readStored(COMPRESSION_CODECS, COMPRESSION_STORAGE_KEY, storage)).toEqual(kept);
			}),
		);
	});

	test('hostile link values are dropped, and unknown keys never reach the form or Object.prototype', () => {
		const search =
			'?purpose=<script>alert(1)</script>&area=neck&style=__proto__&unit=mm&calf=javascript:alert(1)&ankle=' +
			`${'9'.repeat(300)}&shoe=<b>&__proto__[polluted]=1&constructor[prototype][polluted]=1`;
		expect(readQuery(COMPRESSION_CODECS, search)).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test.each([
		['not JSON', '{calf:'],
		['an array', '["35"]'],
		['wrong types', '{"calf":35,"unit":["cm"],"purpose":{"x":1}}'],
		['hostile values', '{"calf":"<img>","purpose":"constructor","area":"toString"}'],
		['prototype keys', '{"__proto__":{"polluted":"1"},"constructor":{"prototype":{"polluted":"1"}}}'],
	])('corrupt storage (%s) gives no answers', (_, text) => {
		const storage = new MemoryStorage();
		storage.data.set(COMPRESSION_STORAGE_KEY, text);
		expect(readStored(COMPRESSION_CODECS, COMPRESSION_STORAGE_KEY, storage)).toEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
