import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readQuery, readStored, toQuery } from '../../src/lib/persisted-state';
import {
	AGE_BANDS,
	BASIS_TEXT,
	NAP,
	PLAN_MAX_NIGHTS,
	REPAY_MAX_PER_NIGHT,
	SLEEP_CODECS,
	SLEEP_DEFAULTS,
	TRAINING_LEVELS,
	WAKE_MESSAGES,
	aasmTextForAge,
	bandForAge,
	clockFromHourCycle,
	cyclesFor,
	describeSleepPlan,
	detectClockFormat,
	evaluateSleep,
	formatClock,
	formatDuration,
	levelForHours,
	parseClockTime,
	wrapMinutes,
	type SleepForm,
	type SleepPlan,
} from '../../src/lib/sleep';

const form = (patch: Partial<SleepForm> = {}): SleepForm => ({
	...SLEEP_DEFAULTS,
	age: '35',
	recent: '9',
	wake: '06:30',
	...patch,
});

function planFor(patch: Partial<SleepForm>): SleepPlan {
	const result = evaluateSleep(form(patch));
	if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
	return result.plan;
}

function errorsFor(patch: Partial<SleepForm>) {
	const result = evaluateSleep(form(patch));
	if (result.ok) throw new Error('expected errors, got a plan');
	return result.errors;
}

describe('age bands (NSF, Hirshkowitz 2015) and the AASM/CDC figure beside them', () => {
	test.each([
		[13, 'school-age', 9, 11, '8–10 h for ages 13–18'],
		[14, 'teen', 8, 10, '8–10 h for ages 13–18'],
		[17, 'teen', 8, 10, '8–10 h for ages 13–18'],
		[18, 'young-adult', 7, 9, '7 h or more for ages 18–60'],
		[25, 'young-adult', 7, 9, '7 h or more for ages 18–60'],
		[26, 'adult', 7, 9, '7 h or more for ages 18–60'],
		[60, 'adult', 7, 9, '7 h or more for ages 18–60'],
		[61, 'adult', 7, 9, '7–9 h for ages 61–64'],
		[64, 'adult', 7, 9, '7–9 h for ages 61–64'],
		[65, 'older-adult', 7, 8, '7–8 h for ages 65 and over'],
		[100, 'older-adult', 7, 8, '7–8 h for ages 65 and over'],
	])('age %i is %s, %i–%i h; AASM/CDC: %s', (age, id, min, max, aasm) => {
		const band = bandForAge(age);
		expect([band.id, band.minHours, band.maxHours]).toEqual([id, min, max]);
		expect(aasmTextForAge(age)).toBe(aasm);
		const plan = planFor({ age: String(age) });
		expect(plan.band.id).toBe(id);
		expect(plan.aasmText).toBe(aasm);
	});

	test('the bands cover every accepted age exactly once', () => {
		for (let age = 13; age <= 100; age++) expect(AGE_BANDS.filter((b) => age >= b.minAge && age <= b.maxAge)).toHaveLength(1);
	});
});

describe("tonight's target without debt", () => {
	test.each([
		// age, load, target minutes: middle, upper half (3/4) and top of the band (site rule of thumb)
		['35', 'light', 480],
		['35', 'moderate', 510],
		['35', 'heavy', 540],
		['70', 'light', 450],
		['70', 'moderate', 465],
		['70', 'heavy', 480],
		['15', 'light', 540],
		['15', 'moderate', 570],
		['15', 'heavy', 600],
		['13', 'light', 600],
		['13', 'heavy', 660],
	] as const)('age %s, %s training: %i min', (age, load, minutes) => {
		// Recent sleep of 12 h means no debt, so the target is the base.
		const plan = planFor({ age, load, recent: '12' });
		expect(plan.baseMinutes).toBe(minutes);
		expect(plan.targetMinutes).toBe(minutes);
		expect(plan.debt.minutes).toBe(0);
	});

	test.each([
		['0', 'light'],
		['3.9', 'light'],
		['4', 'moderate'],
		['7,99', 'moderate'],
		['8', 'heavy'],
		['50', 'heavy'],
	] as const)('%s training hours a week count as %s and override the chosen load', (hours, level) => {
		expect(levelForHours(Number(hours.replace(',', '.')))).toBe(level);
		const plan = planFor({ load: level === 'heavy' ? 'light' : 'heavy', loadHours: hours, recent: '12' });
		expect(plan.load).toBe(level);
		expect(plan.loadHours).toBe(Number(hours.replace(',', '.')));
	});

	test('own sleep need replaces the band and load (Walsh 2021), rounded to 5 minutes', () => {
		const plan = planFor({ need: '8,3', load: 'heavy', recent: '12' });
		expect(plan.needSource).toBe('own-need');
		expect(plan.baseMinutes).toBe(500);
		expect(plan.ownNeedAdjusted).toBeUndefined();
	});

	test.each([
		['5', 'raised', 420],
		['0', 'raised', 420],
		['12', 'lowered', 600],
		['16', 'lowered', 600],
	] as const)('own need %s h for an adult is %s to %i min', (need, how, minutes) => {
		const plan = planFor({ need, recent: '12' });
		expect(plan.ownNeedAdjusted).toBe(how);
		expect(plan.baseMinutes).toBe(minutes);
	});

	test('an unknown load from a hand-built form falls back to moderate', () => {
		expect(planFor({ load: 'extreme' as never, recent: '12' }).load).toBe('moderate');
	});
});

describe('sleep debt and the plan to repay it', () => {
	test.each([
		// recent hours, load, need, debt, extra per night, repayments, remaining, tonight's target
		['7.5', 'moderate', '', 420, 60, [60, 60, 60, 60, 60, 60, 60], 0, 570],
		['8.25', 'moderate', '', 105, 45, [45, 45, 15], 0, 555],
		['8.5', 'heavy', '', 210, 60, [60, 60, 60, 30], 0, 600],
		['8,4', 'moderate', '', 40, 15, [15, 15, 10], 0, 525],
		['8.49', 'moderate', '', 5, 15, [5], 0, 515],
		['0', 'moderate', '', 3570, 60, [60, 60, 60, 60, 60, 60, 60], 3150, 570],
		['9', 'moderate', '10', 420, 0, [], 420, 600],
		['8.5', 'moderate', '', 0, 0, [], 0, 510],
		['16', 'heavy', '', 0, 0, [], 0, 540],
	] as const)(
		'averaging %s h with %s training (own need "%s"): debt %i min, %i extra a night',
		(recent, load, need, debt, extra, repayments, remaining, target) => {
			const plan = planFor({ recent, load, need });
			expect(plan.debt.minutes).toBe(debt);
			expect(plan.debt.extraPerNight).toBe(extra);
			expect(plan.debt.nights.map((n) => n.repayMinutes)).toEqual(repayments);
			expect(plan.debt.nights.map((n) => n.night)).toEqual(repayments.map((_, i) => i + 1));
			expect(plan.debt.nights.every((n) => n.targetMinutes === plan.baseMinutes + n.repayMinutes)).toBe(true);
			expect(plan.debt.remainingMinutes).toBe(remaining);
			expect(plan.targetMinutes).toBe(target);
		},
	);

	test('the debt is the nightly shortfall times 7', () => {
		const plan = planFor({ recent: '7' }); // moderate adult: 510 min
		expect(plan.debt.perNightShortfall).toBe(90);
		expect(plan.debt.minutes).toBe(630);
	});
});

describe('time of day: minutes since midnight modulo 1440', () => {
	test.each([
		[0, '00:00', '12:00 am'],
		[1, '00:01', '12:01 am'],
		[61, '01:01', '1:01 am'],
		[719, '11:59', '11:59 am'],
		[720, '12:00', '12:00 pm'],
		[780, '13:00', '1:00 pm'],
		[1335, '22:15', '10:15 pm'],
		[1439, '23:59', '11:59 pm'],
		[1440, '00:00', '12:00 am'],
		[-15, '23:45', '11:45 pm'],
		[-1440 - 60, '23:00', '11:00 pm'],
	])('%i min is %s and %s', (minutes, h24, h12) => {
		expect(formatClock(minutes, '24')).toBe(h24);
		expect(formatClock(minutes, '12')).toBe(h12);
	});

	test.each([
		['06:30', 390],
		['6:30', 390],
		['6.30', 390],
		['0630', 390],
		['7', 420],
		['0', 0],
		['00:00', 0],
		['23:59', 1439],
		['18:45', 1125],
		['6:30 am', 390],
		['6:30am', 390],
		['6:30 PM', 1110],
		['6 pm', 1080],
		['12 am', 0],
		['12:15 am', 15],
		['12 pm', 720],
		['12:30 p.m.', 750],
		['  7:05  ', 425],
	])('"%s" reads as %i min', (text, minutes) => {
		expect(parseClockTime(text)).toEqual({ ok: true, minutes });
	});

	test.each([
		['', WAKE_MESSAGES.required],
		['   ', WAKE_MESSAGES.required],
		['24:00', WAKE_MESSAGES.range],
		['25:00', WAKE_MESSAGES.range],
		['7:60', WAKE_MESSAGES.range],
		['13 pm', WAKE_MESSAGES.range],
		['0 am', WAKE_MESSAGES.range],
		['99', WAKE_MESSAGES.range],
		['7:5', WAKE_MESSAGES.format],
		['7:', WAKE_MESSAGES.format],
		['noon', WAKE_MESSAGES.format],
		['6:30 xm', WAKE_MESSAGES.format],
		['-6:30', WAKE_MESSAGES.format],
		['javascript:alert(1)', WAKE_MESSAGES.format],
		['06:30:00', WAKE_MESSAGES.format],
	])('"%s" is rejected', (text, error) => {
		expect(parseClockTime(text)).toEqual({ ok: false, error });
	});

	test('non-string input is treated as empty', () => {
		expect(parseClockTime(undefined)).toEqual({ ok: false, error: WAKE_MESSAGES.required });
		expect(parseClockTime(390)).toEqual({ ok: false, error: WAKE_MESSAGES.required });
	});

	test.each([
		[0, '0 min'],
		[45, '45 min'],
		[60, '1 h'],
		[510, '8 h 30 min'],
		[-5, '0 min'],
	])('%i min reads "%s"', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});

	test('wrapMinutes keeps any whole number in 0..1439', () => {
		expect([wrapMinutes(-1), wrapMinutes(1440), wrapMinutes(2881), wrapMinutes(-2880)]).toEqual([1439, 0, 1, 0]);
	});
});

describe('lights-out time', () => {
	test.each([
		// wake, load, latency, lights out (24 h), lights out (12 h), crosses midnight
		['06:30', 'light', '15', '22:15', '10:15 pm', true],
		['6:30 am', 'heavy', '15', '21:15', '9:15 pm', true],
		['09:00', 'light', '15', '00:45', '12:45 am', false],
		['00:30', 'light', '15', '16:15', '4:15 pm', true],
		['12 am', 'light', '0', '16:00', '4:00 pm', true],
		['08:15', 'light', '0', '00:15', '12:15 am', false],
		['08:15', 'light', '1', '00:14', '12:14 am', false],
		['08:15', 'light', '16', '23:59', '11:59 pm', true],
		['14:00', 'moderate', '30', '05:00', '5:00 am', false],
		['7:00 pm', 'light', '120', '09:00', '9:00 am', false],
	] as const)('wake %s, %s training, %s min to fall asleep: lights out %s / %s', (wake, load, latency, h24, h12, crosses) => {
		const plan = planFor({ wake, load, latency, recent: '12' });
		expect(formatClock(plan.lightsOut, '24')).toBe(h24);
		expect(formatClock(plan.lightsOut, '12')).toBe(h12);
		expect(plan.crossesMidnight).toBe(crosses);
		expect(plan.asleepBy).toBe(wrapMinutes(plan.lightsOut + plan.latency));
	});

	test('the lights-out section speaks the chosen clock and marks after-midnight times', () => {
		const late = planFor({ wake: '09:00', load: 'light', recent: '12' });
		const lightsOut = (clock: '12' | '24', plan: SleepPlan) => describeSleepPlan(plan, clock).find((s) => s.id === 'lights-out')!;
		expect(lightsOut('24', late).answer).toBe('Lights out at 00:45 (after midnight)');
		expect(lightsOut('12', late).answer).toBe('Lights out at 12:45 am (after midnight)');
		expect(lightsOut('12', late).items).toEqual(['Asleep by about 1:00 am', 'Wake up at 9:00 am']);
		const usual = planFor({ wake: '06:30', load: 'light', recent: '12' });
		expect(lightsOut('24', usual).answer).toBe('Lights out at 22:15');
		expect(lightsOut('24', usual).basis).toBe('arithmetic');
	});

	test.each([
		['h11', '12'],
		['h12', '12'],
		['h23', '24'],
		['h24', '24'],
		[undefined, '24'],
	] as const)('hourCycle %s is a %s-hour clock', (cycle, clock) => {
		expect(clockFromHourCycle(cycle)).toBe(clock);
	});

	test.each([
		['en-US', '12'],
		['en-GB', '24'],
		['de-DE', '24'],
		['not a locale!', '24'],
	])('locale %s uses a %s-hour clock', (locale, clock) => {
		expect(detectClockFormat(locale)).toBe(clock);
	});
});

describe('cycle-aligned alternatives (an approximation)', () => {
	test('the whole cycle counts just below and above the target', () => {
		expect(cyclesFor(480, 90, 390, 15)).toEqual([
			{ cycles: 5, sleepMinutes: 450, lightsOut: 1365, relation: 'shorter' },
			{ cycles: 6, sleepMinutes: 540, lightsOut: 1275, relation: 'longer' },
		]);
	});

	test('a target that is a whole number of cycles gives one option', () => {
		expect(cyclesFor(540, 90, 390, 15)).toEqual([{ cycles: 6, sleepMinutes: 540, lightsOut: 1275, relation: 'equal' }]);
	});

	test('the cycle length is adjustable', () => {
		expect(cyclesFor(480, 96, 420, 15).map((o) => o.cycles)).toEqual([5]);
		expect(cyclesFor(480, 120, 420, 15).map((o) => [o.cycles, o.lightsOut])).toEqual([[4, 1365]]);
		expect(cyclesFor(480, 70, 420, 15).map((o) => o.cycles)).toEqual([6, 7]);
	});

	test('cycles are only computed and described when asked for', () => {
		expect(planFor({}).cycleOptions).toBeUndefined();
		const plan = planFor({ cycles: true, cycleLength: '96', load: 'light', recent: '12' });
		expect(plan.cycleLength).toBe(96);
		const section = describeSleepPlan(plan, '24').find((s) => s.id === 'cycles')!;
		expect(section.title).toBe('Cycle-aligned alternatives (approximate)');
		expect(section.basis).toBe('approximation');
		expect(section.items).toEqual(['5 cycles (8 h, your target): lights out at 22:15']);
		expect(section.reasons.join(' ')).toMatch(/average, not a rule/);
	});
});

describe('every validation message', () => {
	test.each([
		['age', '', 'Age is required: enter a number in years.'],
		['age', '12', 'Age must be between 13 and 100 years: this tool is for teens and adults.'],
		['age', '101', 'Age must be between 13 and 100 years: this tool is for teens and adults.'],
		['age', '-5', 'Age must be between 13 and 100 years: this tool is for teens and adults.'],
		['age', 'abc', 'Age must be a number (years).'],
		['age', '<script>', 'Age must be a number (years).'],
		['age', '30.5', 'Age must be a whole number of years.'],
		['age', '7,5', 'Age must be a whole number of years.'],
		['need', '16.5', 'Your sleep need must be between 0 and 16 hours.'],
		['need', '-1', 'Your sleep need must be between 0 and 16 hours.'],
		['need', 'lots', 'Your sleep need must be a number, like 7.5 or 7,5 (hours).'],
		['loadHours', '51', 'Training hours per week must be between 0 and 50 hours.'],
		['loadHours', '1e3', 'Training hours per week must be a number, like 7.5 or 7,5 (hours).'],
		['recent', '', 'Average sleep over the last 7 nights is required: enter a number in hours.'],
		['recent', '17', 'Average sleep over the last 7 nights must be between 0 and 16 hours.'],
		['recent', '-0.5', 'Average sleep over the last 7 nights must be between 0 and 16 hours.'],
		['recent', '7abc', 'Average sleep over the last 7 nights must be a number, like 7.5 or 7,5 (hours).'],
		['recent', '0x10', 'Average sleep over the last 7 nights must be a number, like 7.5 or 7,5 (hours).'],
		['recent', '1.000,5', 'Average sleep over the last 7 nights must be a number, like 7.5 or 7,5 (hours).'],
		['wake', '', WAKE_MESSAGES.required],
		['wake', '7:60', WAKE_MESSAGES.range],
		['wake', 'soon', WAKE_MESSAGES.format],
		['latency', '', 'Time to fall asleep is required: enter a number in minutes.'],
		['latency', '121', 'Time to fall asleep must be between 0 and 120 minutes.'],
		['latency', '7,5', 'Time to fall asleep must be a whole number of minutes.'],
		['latency', 'ten', 'Time to fall asleep must be a number (minutes).'],
	] as const)('%s "%s": %s', (field, value, message) => {
		expect(errorsFor({ [field]: value })).toEqual({ [field]: message });
	});

	test('the messages spell out the wake-up time format', () => {
		expect(WAKE_MESSAGES).toEqual({
			required: 'Wake-up time is required: enter a time like 06:30 or 6:30 am.',
			format: 'Wake-up time must be a time like 06:30, 18:45 or 6:30 am.',
			range: 'Wake-up time must be a real time of day: hours 0 to 23 (or 1 to 12 with am or pm) and minutes 0 to 59.',
		});
	});

	test.each([
		['', 'Sleep-cycle length is required: enter a number in minutes.'],
		['60', 'Sleep-cycle length must be between 70 and 120 minutes.'],
		['121', 'Sleep-cycle length must be between 70 and 120 minutes.'],
		['90.5', 'Sleep-cycle length must be a whole number of minutes.'],
	])('cycle length "%s" with cycles shown: %s', (cycleLength, message) => {
		expect(errorsFor({ cycles: true, cycleLength })).toEqual({ cycleLength: message });
		// Not asked for, not checked.
		expect(evaluateSleep(form({ cycles: false, cycleLength })).ok).toBe(true);
	});

	test('several bad fields give a message each', () => {
		expect(Object.keys(errorsFor({ age: '', recent: '20', wake: '25:00', latency: '' })).sort()).toEqual([
			'age',
			'latency',
			'recent',
			'wake',
		]);
	});

	test('empty optional fields are fine; "7,5" and "7.5" give the same plan', () => {
		expect(evaluateSleep(form({ need: '', loadHours: '   ' })).ok).toBe(true);
		expect(planFor({ recent: '7,5' })).toEqual(planFor({ recent: '7.5' }));
		expect(planFor({ need: '8,5' })).toEqual(planFor({ need: '8.5' }));
	});
});

describe('the answer in words', () => {
	test('every output has a reason, a basis and, where published, a source', () => {
		const plan = planFor({ recent: '6', nap: true, cycles: true });
		const sections = describeSleepPlan(plan, '24');
		expect(sections.map((s) => s.id)).toEqual(['target', 'debt', 'lights-out', 'cycles', 'nap', 'clinician']);
		for (const s of sections) {
			expect(s.reasons.length, s.id).toBeGreaterThan(0);
			expect(BASIS_TEXT[s.basis], s.id).toBeTruthy();
			if (s.basis === 'published') expect(s.sources.length, s.id).toBeGreaterThan(0);
		}
	});

	test('published parts and rules of thumb are labelled as such', () => {
		const sections = describeSleepPlan(planFor({ recent: '6', nap: true }), '24');
		const basis = Object.fromEntries(sections.map((s) => [s.id, s.basis]));
		expect(basis).toEqual({ target: 'mixed', debt: 'rule-of-thumb', 'lights-out': 'arithmetic', nap: 'published', clinician: 'published' });
		expect(BASIS_TEXT['rule-of-thumb']).toMatch(/rule of thumb/);
		expect(BASIS_TEXT.published).toMatch(/Published/);
	});

	test('the target explains the band, the load and the debt, citing AASM for going above the range', () => {
		const target = describeSleepPlan(planFor({ recent: '7' }), '24')[0]!;
		expect(target.answer).toBe('9 h 30 min of sleep');
		expect(target.reasons[0]).toBe(
			'NSF recommends 7–9 h for adults (26–64); the AASM-based CDC table gives 7 h or more for ages 18–60.',
		);
		expect(target.reasons.join(' ')).toMatch(/upper half/);
		expect(target.reasons.join(' ')).toMatch(/recovering from sleep debt/);
		expect(target.sources).toEqual(['nsf', 'cdc', 'aasm']);
	});

	test('heavy training cites the athletes’ self-assessed need; own need cites the consensus', () => {
		expect(describeSleepPlan(planFor({ load: 'heavy', recent: '12' }), '24')[0]!.sources).toContain('sargent');
		const own = describeSleepPlan(planFor({ need: '8.5', recent: '12' }), '24')[0]!;
		expect(own.sources).toContain('walsh');
		expect(own.basis).toBe('published');
		const low = describeSleepPlan(planFor({ need: '5', recent: '12' }), '24')[0]!;
		expect(low.reasons.join(' ')).toMatch(/below the recommended range, so the plan uses its bottom, 7 h/);
		const high = describeSleepPlan(planFor({ need: '13', recent: '12' }), '24')[0]!;
		expect(high.reasons.join(' ')).toMatch(/ask a clinician/);
	});

	test('debt wording: none, a plan, left over, and the short-sleep warnings', () => {
		const none = describeSleepPlan(planFor({ recent: '12' }), '24')[1]!;
		expect(none.answer).toBe('No sleep debt');
		expect(none.items).toEqual([]);
		const some = describeSleepPlan(planFor({ recent: '8.25' }), '24')[1]!;
		expect(some.answer).toBe('About 1 h 45 min, repaid over 3 nights');
		expect(some.items).toEqual(['Tonight to night 2: 9 h 15 min a night (45 min extra)', 'Night 3: 8 h 45 min (15 min extra)']);
		const week = describeSleepPlan(planFor({ recent: '7.5' }), '24')[1]!;
		expect(week.items).toEqual(['Tonight to night 7: 9 h 30 min a night (1 h extra)']);
		const one = describeSleepPlan(planFor({ recent: '8.49' }), '24')[1]!;
		expect(one.items).toEqual(['Tonight: 8 h 35 min (5 min extra)']);
		const threeSteps = describeSleepPlan(planFor({ recent: '8.4' }), '24')[1]!;
		expect(threeSteps.items).toEqual(['Tonight to night 2: 8 h 45 min a night (15 min extra)', 'Night 3: 8 h 40 min (10 min extra)']);
		expect(some.sources).toEqual(['klerman']);
		const lots = describeSleepPlan(planFor({ recent: '5' }), '24')[1]!;
		expect(lots.reasons.join(' ')).toMatch(/would still be left after 7 nights/);
		expect(lots.reasons.join(' ')).toMatch(/respiratory infection/);
		expect(lots.reasons.join(' ')).toMatch(/6 h of sleep or less/);
		expect(lots.sources).toEqual(['klerman', 'walsh', 'craven']);
		const noRoom = describeSleepPlan(planFor({ need: '10', recent: '9' }), '24')[1]!;
		expect(noRoom.reasons.join(' ')).toMatch(/no room to add more/);
	});

	test('nap advice only when a nap is possible, with the window in the reader’s clock', () => {
		expect(describeSleepPlan(planFor({}), '24').some((s) => s.id === 'nap')).toBe(false);
		const nap24 = describeSleepPlan(planFor({ nap: true }), '24').find((s) => s.id === 'nap')!;
		expect(nap24.answer).toBe('Nap for 30 to under 60 minutes, between 12:30 and 16:50');
		expect(nap24.items).toEqual(['Leave more than 1 hour between waking from the nap and training.']);
		const nap12 = describeSleepPlan(planFor({ nap: true }), '12').find((s) => s.id === 'nap')!;
		expect(nap12.answer).toBe('Nap for 30 to under 60 minutes, between 12:30 pm and 4:50 pm');
		expect(NAP).toEqual({ minMinutes: 30, maxMinutes: 60, windowStart: 750, windowEnd: 1010, gapMinutes: 60 });
	});

	test('when to see a clinician is always there', () => {
		const clinician = describeSleepPlan(planFor({ recent: '12' }), '12').at(-1)!;
		expect(clinician.id).toBe('clinician');
		expect(clinician.answer).toMatch(/still sleepy in the day despite enough sleep/);
		expect(clinician.answer).toMatch(/snore loudly, gasp/);
	});
});

describe('link and storage state', () => {
	test('a full form survives a round trip through the query string', () => {
		const state: SleepForm = {
			age: '34',
			need: '8,5',
			load: 'heavy',
			loadHours: '9',
			recent: '6.5',
			wake: '6:30 am',
			latency: '20',
			nap: true,
			cycles: true,
			cycleLength: '96',
			clock: '12',
		};
		expect({ ...SLEEP_DEFAULTS, ...readQuery(SLEEP_CODECS, toQuery(SLEEP_CODECS, state)) }).toEqual(state);
	});

	test('hostile or corrupt values in a link are dropped', () => {
		const query =
			'?age=%3Cscript%3Ealert(1)%3C%2Fscript%3E&wake=javascript%3Aalert(1)&load=__proto__&clock=13&nap=yes&recent=' +
			'9'.repeat(300) +
			'&__proto__=x&constructor=y&latency=20';
		expect(readQuery(SLEEP_CODECS, query)).toEqual({ latency: '20' });
	});

	test('corrupt storage is ignored', () => {
		const storage = (text: string) => ({ getItem: () => text, setItem: () => undefined });
		expect(readStored(SLEEP_CODECS, 'k', storage('{not json'))).toEqual({});
		expect(readStored(SLEEP_CODECS, 'k', storage('[1,2]'))).toEqual({});
		expect(readStored(SLEEP_CODECS, 'k', storage('{"age":"<img src=x>","load":"heavy","nap":true}'))).toEqual({ load: 'heavy' });
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const anyText = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '7,5', '7.5', '-0', '1e309', '٧', '７', '24:00', '7:60', '12 pm'));
const anyForm = fc.record({
	age: anyText,
	need: anyText,
	load: fc.oneof(fc.constantFrom(...TRAINING_LEVELS), fc.string()) as fc.Arbitrary<SleepForm['load']>,
	loadHours: anyText,
	recent: anyText,
	wake: anyText,
	latency: anyText,
	nap: fc.boolean(),
	cycles: fc.boolean(),
	cycleLength: anyText,
	clock: fc.constantFrom('', '12', '24') as fc.Arbitrary<SleepForm['clock']>,
});

const decimal = (min: number, max: number) =>
	fc
		.integer({ min: min * 100, max: max * 100 })
		.chain((n) => fc.constantFrom(String(n / 100), String(n / 100).replace('.', ',')));

const validForm = fc.record({
	age: fc.integer({ min: 13, max: 100 }).map(String),
	need: fc.oneof(fc.constant(''), decimal(0, 16)),
	load: fc.constantFrom(...TRAINING_LEVELS),
	loadHours: fc.oneof(fc.constant(''), decimal(0, 50)),
	recent: decimal(0, 16),
	wake: fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.constantFrom('12', '24') as fc.Arbitrary<'12' | '24'>).map(([m, c]) => formatClock(m, c)),
	latency: fc.integer({ min: 0, max: 120 }).map(String),
	nap: fc.boolean(),
	cycles: fc.boolean(),
	cycleLength: fc.integer({ min: 70, max: 120 }).map(String),
	clock: fc.constantFrom('', '12', '24') as fc.Arbitrary<SleepForm['clock']>,
});

describe('properties', () => {
	test('never throws, whatever is typed or linked, and always gives a plan or messages', () => {
		fc.assert(
			fc.property(anyForm, fc.constantFrom('12', '24') as fc.Arbitrary<'12' | '24'>, (f, clock) => {
				const result = evaluateSleep(f);
				if (result.ok) expect(describeSleepPlan(result.plan, clock).length).toBeGreaterThan(0);
				else expect(Object.values(result.errors).every((m) => typeof m === 'string' && m.length > 0)).toBe(true);
			}),
			{ numRuns: 500 },
		);
	});

	test('never throws on values of the wrong type either', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...Object.keys(SLEEP_DEFAULTS)), fc.anything()), (junk) => {
				expect(() => evaluateSleep({ ...SLEEP_DEFAULTS, ...junk } as SleepForm)).not.toThrow();
			}),
		);
	});

	test('valid answers always give a plan, with the target within the documented bounds', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const result = evaluateSleep(f);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const { plan } = result;
				const band = bandForAge(Number(f.age));
				expect(plan.bounds).toEqual({ min: band.minHours * 60, max: band.maxHours * 60 + 60 });
				expect(plan.targetMinutes).toBeGreaterThanOrEqual(plan.bounds.min);
				expect(plan.targetMinutes).toBeLessThanOrEqual(plan.bounds.max);
				expect(plan.baseMinutes).toBeGreaterThanOrEqual(plan.bounds.min);
				expect(plan.targetMinutes).toBeGreaterThanOrEqual(plan.baseMinutes);
				// Never below 7 h nor above 12 h for anyone this tool accepts.
				expect(plan.targetMinutes).toBeGreaterThanOrEqual(420);
				expect(plan.targetMinutes).toBeLessThanOrEqual(720);
			}),
			{ numRuns: 500 },
		);
	});

	test('lights out is always before the wake-up time by the target plus the time to fall asleep', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const result = evaluateSleep(f);
				if (!result.ok) throw new Error('expected a plan');
				const { plan } = result;
				expect(plan.lightsOut).toBeGreaterThanOrEqual(0);
				expect(plan.lightsOut).toBeLessThan(1440);
				expect(wrapMinutes(plan.wake - plan.lightsOut)).toBe(plan.targetMinutes + plan.latency);
				for (const option of plan.cycleOptions ?? [])
					expect(wrapMinutes(plan.wake - option.lightsOut)).toBe(option.sleepMinutes + plan.latency);
			}),
			{ numRuns: 500 },
		);
	});

	test('the repayment plan adds up and stays within its limits', () => {
		fc.assert(
			fc.property(validForm, (f) => {
				const result = evaluateSleep(f);
				if (!result.ok) throw new Error('expected a plan');
				const { debt, bounds } = result.plan;
				const repaid = debt.nights.reduce((sum, n) => sum + n.repayMinutes, 0);
				expect(repaid + debt.remainingMinutes).toBe(debt.minutes);
				expect(debt.nights.length).toBeLessThanOrEqual(PLAN_MAX_NIGHTS);
				for (const n of debt.nights) {
					expect(n.repayMinutes).toBeGreaterThan(0);
					expect(n.repayMinutes).toBeLessThanOrEqual(REPAY_MAX_PER_NIGHT);
					expect(n.targetMinutes).toBeLessThanOrEqual(bounds.max);
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('a time written in either clock format reads back as the same minute', () => {
		fc.assert(
			fc.property(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom('12', '24') as fc.Arbitrary<'12' | '24'>, (m, clock) => {
				expect(parseClockTime(formatClock(m, clock))).toEqual({ ok: true, minutes: wrapMinutes(m) });
			}),
		);
	});

	test('a later wake-up time never gives an earlier lights out (on the circle, by the same amount)', () => {
		fc.assert(
			fc.property(validForm, fc.integer({ min: 1, max: 600 }), (f, shift) => {
				const a = evaluateSleep(f);
				const wake = parseClockTime(f.wake);
				if (!a.ok || !wake.ok) throw new Error('expected a plan');
				const b = evaluateSleep({ ...f, wake: formatClock(wake.minutes + shift, '24') });
				if (!b.ok) throw new Error('expected a plan');
				expect(wrapMinutes(b.plan.lightsOut - a.plan.lightsOut)).toBe(wrapMinutes(shift));
			}),
		);
	});
});
