import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	AREAS,
	CM_PER_INCH,
	chooseCompression,
	CLINICIAN_ABOVE_MMHG,
	LEG_LIMITS_CM,
	PRESSURE_CLASSES,
	PURPOSES,
	SCREEN_CONDITIONS,
	SCREEN_REASONS,
	SIZE_BANDS,
	sizeForCalf,
	SOURCES,
	STYLES,
	type ChooserInput,
	type ChooserOutcome,
	type ChooserResult,
	type GearAdvice,
} from '../../src/lib/compression';

const base: ChooserInput = {
	purpose: 'recovery',
	area: 'calf-shin',
	style: 'either',
	unit: 'cm',
	ankle: '22',
	calf: '36',
	shoe: '',
	length: '',
	screen: ['none'],
};

const run = (patch: Partial<ChooserInput> = {}) => chooseCompression({ ...base, ...patch });

function advice(outcome: ChooserOutcome): GearAdvice {
	if (!outcome.ok) throw new Error(`expected advice, got errors ${JSON.stringify(outcome.errors)}`);
	if (outcome.result.kind !== 'advice') throw new Error(`expected advice, got ${outcome.result.kind}`);
	return outcome.result;
}

function errorsOf(outcome: ChooserOutcome) {
	if (outcome.ok) throw new Error('expected errors, got a result');
	return outcome.errors;
}

const sizeId = (outcome: ChooserOutcome) => {
	const size = advice(outcome).size;
	if (size.kind === 'size') return size.band.id;
	if (size.kind === 'between') return `${size.lower.id}|${size.upper.id}`;
	return size.kind;
};

describe('the brand-neutral size table', () => {
	test('keeps CEP’s published inch bands (quoted 2011)', () => {
		expect(SIZE_BANDS.map((b) => [b.in.min, b.in.max])).toEqual([
			[9.5, 12.25],
			[12.5, 15],
			[15.25, 17.5],
			[17.75, 20],
		]);
	});

	test('each cm edge is the inch edge x 2.54, rounded to the nearest 0.5 cm', () => {
		const half = (cm: number) => Math.round(cm * 2) / 2;
		for (const b of SIZE_BANDS) {
			expect(b.cm.min, b.id).toBe(half(b.in.min * CM_PER_INCH));
			expect(b.cm.max, b.id).toBe(half(b.in.max * CM_PER_INCH));
		}
	});

	test('bands ascend, do not overlap, and leave a "between sizes" gap', () => {
		for (let i = 1; i < SIZE_BANDS.length; i++) {
			const [prev, next] = [SIZE_BANDS[i - 1]!, SIZE_BANDS[i]!];
			expect(next.cm.min).toBeGreaterThan(prev.cm.max);
			expect(next.in.min).toBeGreaterThan(prev.in.max);
		}
	});

	// Calf values typed in cm, through the whole chooser (ankle kept smaller than the calf).
	test.each([
		['23.9', 'below-table'],
		['24', 'small'],
		['31', 'small'],
		['31.5', 'small|medium'],
		['32', 'medium'],
		['38', 'medium'],
		['38.2', 'medium|large'],
		['38.5', 'large'],
		['44.5', 'large'],
		['44,8', 'large|extra-large'],
		['45', 'extra-large'],
		['51', 'extra-large'],
		['51.1', 'above-table'],
		['79', 'above-table'],
	])('calf %s cm -> %s', (calf, expected) => {
		expect(sizeId(run({ unit: 'cm', calf, ankle: '18' }))).toBe(expected);
	});

	test.each([
		['9.4', 'below-table'],
		['9.5', 'small'],
		['12.25', 'small'],
		['12.3', 'small|medium'],
		['12.5', 'medium'],
		['15', 'medium'],
		['15.1', 'medium|large'],
		['15.25', 'large'],
		['17.5', 'large'],
		['17.6', 'large|extra-large'],
		['17.75', 'extra-large'],
		['20', 'extra-large'],
		['20.25', 'above-table'],
	])('calf %s in -> %s', (calf, expected) => {
		expect(sizeId(run({ unit: 'in', calf, ankle: '7' }))).toBe(expected);
	});

	test('sizeForCalf handles non-finite values without a size', () => {
		expect(sizeForCalf(Number.NaN, 'cm').kind).toBe('below-table');
		expect(sizeForCalf(Number.POSITIVE_INFINITY, 'in').kind).toBe('above-table');
	});

	test('every size answer says the brand’s chart wins and what to do between sizes', () => {
		for (const calf of ['30', '31.5']) {
			const text = advice(run({ calf })).size.reasons.map((r) => r.text).join(' ');
			expect(text).toMatch(/brand’s own chart wins/);
			expect(text).toMatch(/take the larger size/i);
		}
	});

	test('a calf between sizes says which two', () => {
		expect(advice(run({ calf: '31.5' })).size.reasons[0]!.text).toBe('Your calf, 31.5 cm (12.4 in), is between small calf and medium calf.');
	});

	test('socks point to the ankle, shoe size and knee length; sleeves do not', () => {
		const sock = advice(run({ style: 'sock', ankle: '22', shoe: '42', length: '41' })).size.reasons.map((r) => r.text).join(' ');
		expect(sock).toContain('check your ankle, 22 cm (8.7 in), and shoe size 42');
		expect(sock).toContain('Your heel-to-knee length, 41 cm (16.1 in)');
		const sockNoLength = advice(run({ style: 'sock' })).size.reasons.map((r) => r.text).join(' ');
		expect(sockNoLength).toContain('Knee-highs also need your heel-to-knee-crease length');
		expect(sockNoLength).toContain('Swiftwick');
		const sleeve = advice(run({ style: 'sleeve', purpose: 'during-runs' })).size.reasons.map((r) => r.text).join(' ');
		expect(sleeve).not.toMatch(/ankle|shoe/i);
	});

	test('ankle sleeves and sleeves for other areas go to the brand’s chart', () => {
		expect(sizeId(run({ area: 'ankle', style: 'sleeve' }))).toBe('brand-chart');
		for (const area of ['knee', 'thigh', 'arm']) expect(sizeId(run({ area }))).toBe('brand-chart');
	});
});

describe('pressure rules', () => {
	test.each(PURPOSES.flatMap((purpose) => AREAS.map((area) => [purpose, area] as const)))(
		'%s, %s: 15-20 mmHg for a healthy runner, with the meta-analysis as the reason',
		(purpose, area) => {
			const pressure = advice(run({ purpose, area })).pressure;
			expect(pressure.mmHg).toBe('15–20 mmHg');
			expect(pressure.reasons.map((r) => r.source)).toEqual(expect.arrayContaining(['brown2017', 'derbyshire']));
			expect(pressure.reasons.some((r) => /did not change the benefit/.test(r.text))).toBe(true);
			expect(pressure.reasons.some((r) => /20–30 mmHg and above only on a clinician’s advice/.test(r.text))).toBe(true);
		},
	);

	test('every class above 20 mmHg needs a clinician; none at or below does', () => {
		for (const c of PRESSURE_CLASSES) {
			const low = Number(c.range.split('–')[0]);
			expect(c.clinician, c.range).toBe(low >= CLINICIAN_ABOVE_MMHG);
		}
		expect(PRESSURE_CLASSES.map((c) => c.range)).toEqual(['8–15 mmHg', '15–20 mmHg', '20–30 mmHg', '30–40 mmHg', '40–50 mmHg']);
	});

	test('sleeves for other areas are told what to do when no pressure is stated', () => {
		expect(advice(run({ area: 'knee' })).pressure.reasons[0]!.text).toMatch(/states none, go by fit/);
		expect(advice(run({ area: 'calf-shin' })).pressure.reasons[0]!.text).not.toMatch(/states none/);
	});

	test('the RAL classes come with a do-not-mix note', () => {
		expect(advice(run()).pressure.note.text).toMatch(/don’t mix/);
	});
});

describe('garment rules', () => {
	test.each([
		['recovery', 'calf-shin', 'either', 'recovery-sock', 'recovery'],
		['recovery', 'calf-shin', 'sock', 'recovery-sock', 'recovery'],
		['recovery', 'calf-shin', 'sleeve', 'calf-sleeve', 'recovery'],
		['during-runs', 'calf-shin', 'either', 'calf-sleeve', 'performance'],
		['during-runs', 'calf-shin', 'sock', 'running-sock', 'performance'],
		['during-runs', 'calf-shin', 'sleeve', 'calf-sleeve', 'performance'],
		['travel', 'calf-shin', 'sleeve', 'everyday-sock', 'everyday'],
		['standing', 'ankle', 'either', 'everyday-sock', 'everyday'],
		['overnight', 'calf-shin', 'either', 'recovery-sock', 'recovery'],
		['recovery', 'ankle', 'either', 'ankle-sleeve', 'recovery'],
		['during-runs', 'ankle', 'sock', 'running-sock', 'performance'],
		['recovery', 'knee', 'sock', 'knee-sleeve', 'recovery'],
		['during-runs', 'thigh', 'either', 'thigh-sleeve', 'performance'],
		['travel', 'arm', 'sleeve', 'arm-sleeve', 'everyday'],
	])('%s, %s, %s -> %s (%s)', (purpose, area, style, garment, kind) => {
		const g = advice(run({ purpose, area, style })).garment;
		expect(g.id).toBe(garment);
		expect(g.kind).toBe(kind);
		expect(g.reasons.length).toBeGreaterThan(0);
	});

	test('a sleeve for recovery notes that makers design recovery socks', () => {
		expect(advice(run({ style: 'sleeve' })).garment.reasons.map((r) => r.source)).toContain('moveo');
	});

	test('recovery cites the meta-analyses; during runs and overnight say "unknown"', () => {
		expect(advice(run()).garment.reasons.map((r) => r.source)).toEqual(expect.arrayContaining(['brown2017', 'negyesi2022']));
		expect(advice(run({ purpose: 'during-runs' })).garment.reasons[0]!.text).toMatch(/unknown/);
		expect(advice(run({ purpose: 'overnight' })).garment.reasons[0]!.text).toMatch(/unknown/);
	});

	test('travel warns about clots after long-haul travel', () => {
		expect(advice(run({ purpose: 'travel' })).garment.reasons.some((r) => r.source === 'redFlags' && /clot/.test(r.text))).toBe(true);
	});

	test('a sock asked for the knee, thigh or arm says why it is a sleeve', () => {
		expect(advice(run({ area: 'arm', style: 'sock' })).garment.reasons.some((r) => /No sock reaches the arm/.test(r.text))).toBe(true);
	});
});

describe('pneumatic boots', () => {
	test.each([
		['recovery', 'optional'],
		['overnight', 'optional'],
		['during-runs', 'not-for-this-purpose'],
		['travel', 'not-for-this-purpose'],
		['standing', 'not-for-this-purpose'],
	])('%s -> %s', (purpose, verdict) => {
		expect(advice(run({ purpose })).boots.verdict).toBe(verdict);
	});

	test('gives the effect, the session length, the cost and when not to', () => {
		const text = advice(run()).boots.reasons.map((r) => r.text).join(' ');
		expect(text).toContain('−0.33');
		expect(text).toContain('20–30 minutes');
		expect(text).toMatch(/Cost/);
		expect(text).toMatch(/When not to/);
	});
});

describe('the health screen overrides everything', () => {
	test.each(SCREEN_CONDITIONS.map((c) => [c]))('%s alone: see a clinician, with its reasons, no pressure, no garment', (condition) => {
		const outcome = run({ screen: [condition] });
		expect(outcome.ok).toBe(true);
		const result = (outcome as { result: ChooserResult }).result;
		expect(result.kind).toBe('see-clinician');
		if (result.kind !== 'see-clinician') return;
		expect(result.conditions).toEqual([condition]);
		expect(result.reasons[0]!.text).toMatch(/until a clinician has checked/);
		for (const reason of SCREEN_REASONS[condition]) expect(result.reasons).toContainEqual(reason);
		expect(result.boots.verdict).toBe('not-until-checked');
		expect(result).not.toHaveProperty('pressure');
		expect(result).not.toHaveProperty('garment');
	});

	test('every screen reason names a source that exists', () => {
		for (const reasons of Object.values(SCREEN_REASONS))
			for (const r of reasons) expect(Object.keys(SOURCES)).toContain(r.source);
	});

	test('a condition ticked with "None of these" still counts', () => {
		const outcome = run({ screen: ['none', 'past-clot'] });
		expect(outcome.ok && outcome.result.kind).toBe('see-clinician');
	});

	test('it wins over missing or broken measurements', () => {
		const outcome = run({ screen: ['pad'], ankle: '', calf: 'abc', purpose: 'nonsense' });
		expect(outcome.ok && outcome.result.kind).toBe('see-clinician');
	});

	test('several conditions are listed in a fixed order; unknown ids are ignored', () => {
		const outcome = run({ screen: ['skin', '__proto__', 'pad'] });
		expect(outcome.ok && outcome.result.kind === 'see-clinician' && outcome.result.conditions).toEqual(['pad', 'skin']);
	});
});

describe('validation messages', () => {
	test.each<[string, Partial<ChooserInput>, string, string]>([
		['screen not answered', { screen: [] }, 'screen', 'Health check: tick each one that applies to you, or “None of these”.'],
		['screen with unknown ids only', { screen: ['maybe'] }, 'screen', 'Health check: tick each one that applies to you, or “None of these”.'],
		['purpose unknown', { purpose: 'racing' }, 'purpose', 'Purpose: choose what you want compression for.'],
		['area unknown', { area: 'neck' }, 'area', 'Body area: choose where you want compression.'],
		['style unknown', { style: 'tights' }, 'style', 'Sleeve or sock: choose one, or “No preference”.'],
		['unit unknown', { unit: 'mm' }, 'unit', 'Unit: choose centimetres or inches.'],
		['ankle missing', { ankle: '' }, 'ankle', 'Ankle is required: enter a number in cm.'],
		['calf missing', { calf: '   ' }, 'calf', 'Calf is required: enter a number in cm.'],
		['calf missing, inches', { unit: 'in', calf: '', ankle: '8' }, 'calf', 'Calf is required: enter a number in in.'],
		['calf not a number', { calf: '38abc' }, 'calf', 'Calf must be a number, like 7.5 or 7,5 (cm).'],
		['calf in hex', { calf: '0x26' }, 'calf', 'Calf must be a number, like 7.5 or 7,5 (cm).'],
		['calf with two decimal marks', { calf: '3.8,5' }, 'calf', 'Calf must be a number, like 7.5 or 7,5 (cm).'],
		['calf too long', { calf: '38.0000000001' }, 'calf', 'Calf must be a number, like 7.5 or 7,5 (cm).'],
		['calf 200 cm', { calf: '200' }, 'calf', 'Calf of 200 cm is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		['calf 0', { calf: '0' }, 'calf', 'Calf of 0 cm is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		['calf negative', { calf: '-38' }, 'calf', 'Calf of -38 cm is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		['calf 5 cm (not inches either)', { calf: '5', ankle: '3' }, 'calf', 'Calf of 5 cm is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		['calf 100 in', { unit: 'in', calf: '100', ankle: '8' }, 'calf', 'Calf of 100 in is not a measurement a human leg has: this tool takes 20 to 80 cm (7.9 to 31.5 in).'],
		['calf 15 "cm" is probably inches', { calf: '15', ankle: '9' }, 'calf', 'Calf of 15 cm is smaller than any runner’s calf. Did you measure in inches? 15 in is 38.1 cm: switch the unit to inches if so.'],
		['calf 38 "in" is probably cm', { unit: 'in', calf: '38', ankle: '8' }, 'calf', 'Calf of 38 in (96.5 cm) is larger than any runner’s calf. Did you measure in centimetres? Switch the unit to cm if so.'],
		['ankle 8 "cm" is probably inches', { ankle: '8' }, 'ankle', 'Ankle of 8 cm is smaller than any runner’s ankle. Did you measure in inches? 8 in is 20.3 cm: switch the unit to inches if so.'],
		['ankle 60 cm', { ankle: '60', calf: '70' }, 'ankle', 'Ankle of 60 cm is not a measurement a human leg has: this tool takes 12 to 50 cm (4.7 to 19.7 in).'],
		['ankle larger than calf', { ankle: '40', calf: '35' }, 'ankle', 'Ankle (40 cm) must be smaller than your calf (35 cm): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.'],
		['ankle equal to calf', { ankle: '30', calf: '30' }, 'ankle', 'Ankle (30 cm) must be smaller than your calf (30 cm): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.'],
		['ankle larger than calf, inches', { unit: 'in', ankle: '14,5', calf: '14' }, 'ankle', 'Ankle (14.5 in) must be smaller than your calf (14 in): measure the ankle at its narrowest and the calf at its widest, and check they aren’t swapped.'],
		['shoe not a number', { shoe: 'nine' }, 'shoe', 'Shoe size must be a number, like 7.5 or 7,5.'],
		['shoe out of range', { shoe: '0' }, 'shoe', 'Shoe size must be between 1 and 55, as printed on your shoe (UK, US or EU).'],
		['shoe too big', { shoe: '120' }, 'shoe', 'Shoe size must be between 1 and 55, as printed on your shoe (UK, US or EU).'],
		['length 16 "cm" is probably inches', { length: '16' }, 'length', 'Heel-to-knee length of 16 cm is smaller than any runner’s heel-to-knee length. Did you measure in inches? 16 in is 40.6 cm: switch the unit to inches if so.'],
		['length 42 "in" is probably cm', { unit: 'in', ankle: '8', calf: '14', length: '42' }, 'length', 'Heel-to-knee length of 42 in (106.7 cm) is larger than any runner’s heel-to-knee length. Did you measure in centimetres? Switch the unit to cm if so.'],
		['length 300 cm', { length: '300' }, 'length', 'Heel-to-knee length of 300 cm is not a measurement a human leg has: this tool takes 25 to 65 cm (9.8 to 25.6 in).'],
		['length junk', { length: '4o' }, 'length', 'Heel-to-knee length must be a number, like 7.5 or 7,5 (cm).'],
	])('%s', (_name, patch, field, message) => {
		const errors = errorsOf(run(patch));
		expect(errors[field as keyof typeof errors]?.message).toBe(message);
	});

	test('a unit mix-up suggests the other unit; an impossible value does not', () => {
		expect(errorsOf(run({ calf: '15', ankle: '9' })).calf?.suggestUnit).toBe('in');
		expect(errorsOf(run({ unit: 'in', calf: '38', ankle: '8' })).calf?.suggestUnit).toBe('cm');
		expect(errorsOf(run({ calf: '200' })).calf?.suggestUnit).toBeUndefined();
	});

	test('switching the unit turns the mix-up into an answer', () => {
		expect(sizeId(run({ unit: 'in', calf: '15', ankle: '9' }))).toBe('medium');
	});

	test('decimal commas are read as decimals', () => {
		const m = advice(run({ ankle: '21,5', calf: '36,5', length: '41,5' })).measurements!;
		expect([m.ankle.value, m.calf.value, m.length?.value]).toEqual([21.5, 36.5, 41.5]);
		expect(m.calf.text).toBe('36.5 cm (14.4 in)');
	});

	test('inches are echoed with their centimetres', () => {
		expect(advice(run({ unit: 'in', ankle: '8.5', calf: '14.5' })).measurements!.calf.text).toBe('14.5 in (36.8 cm)');
	});

	test('several errors come back at once', () => {
		expect(Object.keys(errorsOf(run({ ankle: '', calf: 'x', screen: [] }))).sort()).toEqual(['ankle', 'calf', 'screen']);
	});

	test('knee, thigh and arm ignore the leg measurements, even junk', () => {
		for (const area of ['knee', 'thigh', 'arm']) {
			const result = advice(run({ area, ankle: 'junk', calf: '', length: '999' }));
			expect(result.measurements).toBeUndefined();
		}
	});

	test('the edges of the accepted range are accepted, just outside is not', () => {
		expect(run({ calf: String(LEG_LIMITS_CM.calf.max), ankle: '30' }).ok).toBe(true);
		expect(run({ calf: '80.1', ankle: '30' }).ok).toBe(false);
		expect(run({ calf: '21', ankle: String(LEG_LIMITS_CM.ankle.min) }).ok).toBe(true);
		expect(run({ calf: '21', ankle: '11.9' }).ok).toBe(false);
	});
});

describe('properties', () => {
	const text = fc.oneof(
		fc.string({ maxLength: 20 }),
		fc.double({ noNaN: false }).map(String),
		fc.double({ min: -10, max: 120, noNaN: true }).map((n) => n.toFixed(2).replace('.', ',')),
		fc.integer({ min: -5, max: 120 }).map(String),
	);
	const choice = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
	const input = fc.record({
		purpose: choice(PURPOSES),
		area: choice(AREAS),
		style: choice(STYLES),
		unit: choice(['cm', 'in']),
		ankle: text,
		calf: text,
		shoe: text,
		length: text,
		screen: fc.array(fc.oneof(fc.constantFrom('none', ...SCREEN_CONDITIONS), fc.string({ maxLength: 8 })), { maxLength: 4 }),
	});

	test('never throws, and always returns a result or at least one error', () => {
		fc.assert(
			fc.property(input, (i) => {
				const outcome = chooseCompression(i);
				expect(outcome.ok || Object.keys(outcome.errors).length > 0).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	test('never throws on hostile shapes', () => {
		const hostile = fc.record({
			purpose: fc.anything(),
			area: fc.anything(),
			style: fc.anything(),
			unit: fc.anything(),
			ankle: fc.anything(),
			calf: fc.anything(),
			shoe: fc.anything(),
			length: fc.anything(),
			screen: fc.anything(),
		});
		fc.assert(
			fc.property(hostile, (i) => {
				expect(() => chooseCompression(i as unknown as ChooserInput)).not.toThrow();
			}),
		);
	});

	test('a size is returned only for plausible measurements inside the table', () => {
		const plausibleLeg = fc.record({
			unit: fc.constantFrom('cm', 'in'),
			ankle: fc.double({ min: -20, max: 150, noNaN: true }),
			calf: fc.double({ min: -20, max: 150, noNaN: true }),
		});
		fc.assert(
			fc.property(plausibleLeg, fc.constantFrom(...PURPOSES), ({ unit, ankle, calf }, purpose) => {
				const outcome = chooseCompression({ ...base, purpose, unit, ankle: ankle.toFixed(1), calf: calf.toFixed(1) });
				if (!outcome.ok || outcome.result.kind !== 'advice') return;
				const { size, measurements } = outcome.result;
				if (size.kind !== 'size' && size.kind !== 'between') return;
				const m = measurements!;
				const toCm = (v: number) => (unit === 'cm' ? v : v * CM_PER_INCH);
				expect(m.calf.cm).toBeCloseTo(toCm(Number(calf.toFixed(1))));
				expect(m.ankle.value).toBeLessThan(m.calf.value);
				expect(m.calf.cm).toBeGreaterThanOrEqual(LEG_LIMITS_CM.calf.min);
				expect(m.calf.cm).toBeLessThanOrEqual(LEG_LIMITS_CM.calf.max);
				expect(m.ankle.cm).toBeGreaterThanOrEqual(LEG_LIMITS_CM.ankle.min);
				expect(m.calf.value).toBeGreaterThanOrEqual(SIZE_BANDS[0]![unit as 'cm' | 'in'].min);
				expect(m.calf.value).toBeLessThanOrEqual(SIZE_BANDS.at(-1)![unit as 'cm' | 'in'].max);
			}),
			{ numRuns: 2000 },
		);
	});

	test('a screen "yes" never returns a pressure class', () => {
		const withYes = input.chain((i) =>
			fc.constantFrom(...SCREEN_CONDITIONS).map((c) => ({ ...i, screen: [...i.screen, c] })),
		);
		fc.assert(
			fc.property(withYes, (i) => {
				const outcome = chooseCompression(i);
				expect(outcome.ok).toBe(true);
				if (!outcome.ok) return;
				expect(outcome.result.kind).toBe('see-clinician');
				expect(outcome.result).not.toHaveProperty('pressure');
				expect(JSON.stringify(outcome.result)).not.toMatch(/\d+–\d+ mmHg/);
			}),
			{ numRuns: 1000 },
		);
	});
});
