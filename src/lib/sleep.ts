/**
 * The sleep-need calculator: how much sleep to aim for tonight, the week's sleep debt and a plan to
 * repay it, when to turn the lights out for tomorrow's wake-up time, and nap advice.
 *
 * What is asked: age, optionally the runner's own sense of their sleep need, training load (light /
 * moderate / heavy, or hours a week), average sleep over the last 7 nights, tomorrow's wake-up time,
 * minutes it usually takes to fall asleep (default 15), whether a nap is possible today, and whether
 * to show sleep-cycle alternatives (cycle length adjustable).
 *
 * How the answer is computed, and on what basis:
 * - Published recommendations: the age band's range (National Sleep Foundation, Hirshkowitz 2015),
 *   shown beside the AASM/CDC figure; AASM/SRS (Watson 2015) allows more than 9 h when recovering
 *   from sleep debt; the 2021 athlete-sleep consensus (Walsh 2021) prefers an athlete's own perceived
 *   need to a one-size 7-9 h rule; debt takes several nights to clear (Klerman 2021); naps of 30 to
 *   under 60 min between 12:30 and 16:50, with more than 1 h from waking to training (Mesas 2023
 *   meta-analysis); see a clinician for sleepiness despite enough sleep, or loud snoring or gasping
 *   (AASM, CDC).
 * - This site's rule of thumb (no published formula exists): where in the range to aim for each
 *   training load, the hours-a-week cut-offs between loads, the ceiling of 1 h above the range, repaying
 *   at most 1 h a night spread over about 3 nights, and which cycle counts to offer.
 * - Arithmetic: lights out = wake-up - target - time to fall asleep, in minutes since midnight modulo
 *   1440. No Date is ever built from a local time, so daylight-saving changes cannot shift an answer.
 *
 * Why: a fixed "8 hours" ignores age, training and debt, and the 90-minute cycle is an average, not a
 * rule (Cajochen 2024), so cycle alignment is offered only as a labelled approximation.
 *
 * Pure: no DOM, no Preact, no astro:*. `evaluateSleep` takes the form's raw strings and never throws.
 */
import { parseNumber, parseOptionalNumber, type NumberField } from './parse-number';
import { booleanCodec, numberTextCodec, oneOfCodec, type Codecs, type FieldCodec } from './persisted-state';

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/** Every source an answer cites; `url` only where the evidence notes give one. */
export const SLEEP_SOURCES = {
	nsf: { label: 'NSF, Hirshkowitz 2015', url: 'https://doi.org/10.1016/j.sleh.2014.12.010' },
	aasm: { label: 'AASM/SRS, Watson 2015', url: 'https://doi.org/10.5664/jcsm.4758' },
	cdc: { label: 'CDC (AASM-based table)' },
	walsh: { label: 'Walsh 2021 consensus', url: 'https://doi.org/10.1136/bjsports-2020-102025' },
	sargent: { label: 'Sargent 2021', url: 'https://doi.org/10.1123/ijspp.2020-0896' },
	craven: { label: 'Craven 2022', url: 'https://doi.org/10.1007/s40279-022-01706-y' },
	klerman: { label: 'Klerman 2021', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8727775/' },
	mesas: { label: 'Mesas 2023 meta-analysis', url: 'https://doi.org/10.1136/bjsports-2022-106355' },
	cajochen: { label: 'Cajochen 2024, Sleep Health 10(1S):S52' },
} as const satisfies Record<string, { label: string; url?: string }>;
export type SleepSourceId = keyof typeof SLEEP_SOURCES;

// ---------------------------------------------------------------------------------------------
// Tables and thresholds
// ---------------------------------------------------------------------------------------------

export interface AgeBand {
	id: 'school-age' | 'teen' | 'young-adult' | 'adult' | 'older-adult';
	/** The band as NSF names it, for the reader. */
	label: string;
	minAge: number;
	maxAge: number;
	/** NSF recommended hours, inclusive. */
	minHours: number;
	maxHours: number;
}

/**
 * National Sleep Foundation recommended hours (Hirshkowitz 2015, Sleep Health 1:40 and 1:233),
 * for the ages this tool accepts. NSF counts 13 as "school age" (6-13).
 */
export const AGE_BANDS: readonly AgeBand[] = [
	{ id: 'school-age', label: 'school age (6–13)', minAge: 13, maxAge: 13, minHours: 9, maxHours: 11 },
	{ id: 'teen', label: 'teenagers (14–17)', minAge: 14, maxAge: 17, minHours: 8, maxHours: 10 },
	{ id: 'young-adult', label: 'young adults (18–25)', minAge: 18, maxAge: 25, minHours: 7, maxHours: 9 },
	{ id: 'adult', label: 'adults (26–64)', minAge: 26, maxAge: 64, minHours: 7, maxHours: 9 },
	{ id: 'older-adult', label: 'older adults (65+)', minAge: 65, maxAge: 100, minHours: 7, maxHours: 8 },
];

/**
 * The CDC's AASM-based table, shown beside the NSF range. The CDC rows 13-18 and 18-60 overlap at 18;
 * 18-year-olds get the adult row here.
 */
export const AASM_CDC_BANDS: readonly { minAge: number; maxAge: number; text: string }[] = [
	{ minAge: 13, maxAge: 17, text: '8–10 h for ages 13–18' },
	{ minAge: 18, maxAge: 60, text: '7 h or more for ages 18–60' },
	{ minAge: 61, maxAge: 64, text: '7–9 h for ages 61–64' },
	{ minAge: 65, maxAge: 100, text: '7–8 h for ages 65 and over' },
];

/** The ages this tool answers for: teens and adults. */
export const AGE_MIN = 13;
export const AGE_MAX = 100;

/** Accepted range for typed sleep hours (average and own need). */
export const SLEEP_HOURS_MAX = 16;

export const TRAINING_LEVELS = ['light', 'moderate', 'heavy'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export const TRAINING_LABELS: Record<TrainingLevel, string> = { light: 'Light', moderate: 'Moderate', heavy: 'Heavy' };

/**
 * Site rule of thumb: where in the age band's range to aim, as a fraction from its bottom (0) to its
 * top (1). Heavy training aims at the top, as the evidence notes suggest ("nudge up toward 8-9 h or
 * more in heavy training"); there is no published figure for light or moderate loads.
 */
export const TRAINING_POSITION: Record<TrainingLevel, number> = { light: 0.5, moderate: 0.75, heavy: 1 };

/** Site rule of thumb: hours of training a week from which the load counts as moderate, and as heavy. */
export const TRAINING_HOURS = { moderate: 4, heavy: 8, max: 50 } as const;

/**
 * Site rule of thumb: the most tonight's target may sit above the band's top, in minutes. AASM/SRS
 * (Watson 2015) says more than 9 h "may be appropriate" when recovering from sleep debt; the 1 h is ours.
 */
export const TARGET_MAX_ABOVE_BAND = 60;

/** Site rule of thumb: repay at most this many minutes of debt a night (debt clears over several nights, Klerman 2021). */
export const REPAY_MAX_PER_NIGHT = 60;
/** Site rule of thumb: spread the debt over about this many nights, in steps of REPAY_STEP minutes. */
export const REPAY_SPREAD_NIGHTS = 3;
export const REPAY_STEP = 15;
/** How many nights of the plan are listed; debt left after that is reported, not chased. */
export const PLAN_MAX_NIGHTS = 7;

/** Minutes to fall asleep. Many calculators use 15 (sleepyti.me uses 14; NSF: 10-20 min). */
export const LATENCY_DEFAULT = 15;
export const LATENCY_MAX = 120;

/**
 * Sleep-cycle length in minutes. 90 is the usual average; Cajochen 2024 measured a median of 96 min
 * with large differences between people; the commonly cited range is 70-120.
 */
export const CYCLE_DEFAULT = 90;
export const CYCLE_MIN = 70;
export const CYCLE_MAX = 120;

/** Habitual sleep under 7 h raises susceptibility to respiratory infection (Walsh 2021). */
export const SHORT_SLEEP_HOURS = 7;
/** Sleep of 6 h or less lowered exercise performance by 7.56% on average (Craven 2022). */
export const RESTRICTED_SLEEP_HOURS = 6;

/** Naps (Mesas 2023, 22 RCTs): 30 to under 60 min, between 12:30 and 16:50, more than 1 h from waking to training. */
export const NAP = { minMinutes: 30, maxMinutes: 60, windowStart: 12 * 60 + 30, windowEnd: 16 * 60 + 50, gapMinutes: 60 } as const;

export const MINUTES_PER_DAY = 1440;

// ---------------------------------------------------------------------------------------------
// The form: raw strings in, persisted through the URL and localStorage
// ---------------------------------------------------------------------------------------------

export type ClockFormat = '12' | '24';

export interface SleepForm {
	age: string;
	/** Own sense of sleep need, hours; optional. */
	need: string;
	load: TrainingLevel;
	/** Training hours a week; optional, decides the load when given. */
	loadHours: string;
	/** Average sleep over the last 7 nights, hours. */
	recent: string;
	/** Tomorrow's wake-up time as typed: "06:30", "6:30 am", "18:45". */
	wake: string;
	/** Minutes to fall asleep. */
	latency: string;
	nap: boolean;
	cycles: boolean;
	cycleLength: string;
	/** '' follows the reader's locale. */
	clock: '' | ClockFormat;
}

export const SLEEP_DEFAULTS: SleepForm = {
	age: '',
	need: '',
	load: 'moderate',
	loadHours: '',
	recent: '',
	wake: '',
	latency: String(LATENCY_DEFAULT),
	nap: false,
	cycles: false,
	cycleLength: String(CYCLE_DEFAULT),
	clock: '',
};

/** A time as typed: digits, separators and am/pm letters only, at most 10 characters. */
export const timeTextCodec: FieldCodec<string> = {
	parse: (raw) => (raw.length <= 10 && /^[0-9:. apmAPM]*$/.test(raw) ? raw : undefined),
	format: (value) => value,
};

export const SLEEP_CODECS: Codecs<SleepForm> = {
	age: numberTextCodec(),
	need: numberTextCodec(),
	load: oneOfCodec(TRAINING_LEVELS),
	loadHours: numberTextCodec(),
	recent: numberTextCodec(),
	wake: timeTextCodec,
	latency: numberTextCodec(),
	nap: booleanCodec,
	cycles: booleanCodec,
	cycleLength: numberTextCodec(),
	clock: oneOfCodec(['', '12', '24'] as const),
};

export const SLEEP_STORAGE_KEY = 'runner-recovery:sleep:v1';

/** Field labels as messages use them; each message starts with one. */
export const FIELDS = {
	age: { label: 'Age', min: AGE_MIN, max: AGE_MAX, unit: 'years', integer: true,
		rangeHint: `Age must be between ${AGE_MIN} and ${AGE_MAX} years: this tool is for teens and adults` },
	need: { label: 'Your sleep need', min: 0, max: SLEEP_HOURS_MAX, unit: 'hours' },
	loadHours: { label: 'Training hours per week', min: 0, max: TRAINING_HOURS.max, unit: 'hours' },
	recent: { label: 'Average sleep over the last 7 nights', min: 0, max: SLEEP_HOURS_MAX, unit: 'hours' },
	latency: { label: 'Time to fall asleep', min: 0, max: LATENCY_MAX, unit: 'minutes', integer: true },
	cycleLength: { label: 'Sleep-cycle length', min: CYCLE_MIN, max: CYCLE_MAX, unit: 'minutes', integer: true },
} satisfies Record<string, NumberField>;

export const WAKE_MESSAGES = {
	required: 'Wake-up time is required: enter a time like 06:30 or 6:30 am.',
	format: 'Wake-up time must be a time like 06:30, 18:45 or 6:30 am.',
	range: 'Wake-up time must be a real time of day: hours 0 to 23 (or 1 to 12 with am or pm) and minutes 0 to 59.',
} as const;

export type SleepField = 'age' | 'need' | 'loadHours' | 'recent' | 'wake' | 'latency' | 'cycleLength';

// ---------------------------------------------------------------------------------------------
// Time of day: minutes since midnight, modulo 1440
// ---------------------------------------------------------------------------------------------

/** Minutes since midnight in 0..1439 for any whole number of minutes, negative ones included. */
export const wrapMinutes = (minutes: number): number => ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;

/** Reads "06:30", "6:30", "6.30", "0630", "7", "6:30 am", "6 pm", "6:30 p.m." into minutes since midnight. */
export function parseClockTime(input: unknown): { ok: true; minutes: number } | { ok: false; error: string } {
	const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
	if (text === '') return { ok: false, error: WAKE_MESSAGES.required };
	const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
	if (!match || text.length > 10) return { ok: false, error: WAKE_MESSAGES.format };
	const hours = Number(match[1]);
	const minutes = match[2] === undefined ? 0 : Number(match[2]);
	const meridiem = match[3]?.[0];
	if (minutes > 59) return { ok: false, error: WAKE_MESSAGES.range };
	if (meridiem) {
		if (hours < 1 || hours > 12) return { ok: false, error: WAKE_MESSAGES.range };
		return { ok: true, minutes: (hours % 12) * 60 + minutes + (meridiem === 'p' ? 720 : 0) };
	}
	if (hours > 23) return { ok: false, error: WAKE_MESSAGES.range };
	return { ok: true, minutes: hours * 60 + minutes };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time of day in the reader's format: "22:45" or "10:45 pm" (midnight is "12:00 am", noon "12:00 pm"). */
export function formatClock(minutes: number, clock: ClockFormat): string {
	const t = wrapMinutes(minutes);
	const h = Math.floor(t / 60);
	const m = t % 60;
	if (clock === '24') return `${pad(h)}:${pad(m)}`;
	return `${h % 12 === 0 ? 12 : h % 12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`;
}

/** A length of time: "8 h 30 min", "9 h", "45 min". */
export function formatDuration(minutes: number): string {
	const total = Math.max(0, Math.round(minutes));
	const h = Math.floor(total / 60);
	const m = total % 60;
	if (h === 0) return `${m} min`;
	return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** 12- or 24-hour clock from Intl's hourCycle (h11 and h12 are 12-hour clocks). */
export const clockFromHourCycle = (hourCycle: string | undefined): ClockFormat =>
	hourCycle === 'h11' || hourCycle === 'h12' ? '12' : '24';

/** The clock a locale uses (the browser's when no locale is given); 24-hour if Intl cannot tell. */
export function detectClockFormat(locale?: string): ClockFormat {
	try {
		return clockFromHourCycle(new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle);
	} catch {
		return '24';
	}
}

// ---------------------------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------------------------

export const bandForAge = (age: number): AgeBand =>
	AGE_BANDS.find((b) => age >= b.minAge && age <= b.maxAge) ?? AGE_BANDS[AGE_BANDS.length - 1]!;

export const aasmTextForAge = (age: number): string =>
	(AASM_CDC_BANDS.find((b) => age >= b.minAge && age <= b.maxAge) ?? AASM_CDC_BANDS[AASM_CDC_BANDS.length - 1]!).text;

/** The load a number of training hours a week counts as (site rule of thumb). */
export const levelForHours = (hours: number): TrainingLevel =>
	hours >= TRAINING_HOURS.heavy ? 'heavy' : hours >= TRAINING_HOURS.moderate ? 'moderate' : 'light';

/** The documented bounds of tonight's target, in minutes: the band's bottom to 1 h above its top. */
export const targetBounds = (band: AgeBand) => ({ min: band.minHours * 60, max: band.maxHours * 60 + TARGET_MAX_ABOVE_BAND });

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface NightPlan {
	/** 1 is tonight. */
	night: number;
	repayMinutes: number;
	targetMinutes: number;
}

export interface CycleOption {
	cycles: number;
	sleepMinutes: number;
	lightsOut: number;
	/** Compared with tonight's target. */
	relation: 'shorter' | 'equal' | 'longer';
}

export interface SleepPlan {
	age: number;
	band: AgeBand;
	aasmText: string;
	load: TrainingLevel;
	/** Training hours a week when given (they decided the load). */
	loadHours?: number;
	/** The nightly need the plan uses, minutes. */
	baseMinutes: number;
	needSource: 'age-band' | 'own-need';
	/** Own need as typed, hours, when given. */
	ownNeedHours?: number;
	/** Set when the own need was outside the band's bottom .. top + 1 h and was moved into it. */
	ownNeedAdjusted?: 'raised' | 'lowered';
	recentHours: number;
	/** Tonight's target, minutes: base plus tonight's repayment. */
	targetMinutes: number;
	bounds: { min: number; max: number };
	debt: {
		/** Shortfall over the last 7 nights, minutes. */
		minutes: number;
		perNightShortfall: number;
		/** Extra minutes a night the plan adds (0 when there is no debt or no room). */
		extraPerNight: number;
		nights: NightPlan[];
		/** Debt not repaid within PLAN_MAX_NIGHTS nights. */
		remainingMinutes: number;
	};
	wake: number;
	latency: number;
	lightsOut: number;
	asleepBy: number;
	/** Lights out falls on the evening before the wake-up day. */
	crossesMidnight: boolean;
	cycleLength?: number;
	cycleOptions?: CycleOption[];
	nap: boolean;
}

export type SleepEvaluation =
	| { ok: true; plan: SleepPlan }
	| { ok: false; errors: Partial<Record<SleepField, string>> };

/** Checks the raw form and returns a plan or a message per bad field. Never throws. */
export function evaluateSleep(form: SleepForm): SleepEvaluation {
	try {
		return evaluate(form);
	} catch {
		// Unreachable by design; a broken input must still leave the page usable.
		return { ok: false, errors: { age: 'Something went wrong reading the answers: check each field and try again.' } };
	}
}

function evaluate(form: SleepForm): SleepEvaluation {
	const errors: Partial<Record<SleepField, string>> = {};
	const age = parseNumber(form.age, FIELDS.age);
	const need = parseOptionalNumber(form.need, FIELDS.need);
	const loadHours = parseOptionalNumber(form.loadHours, FIELDS.loadHours);
	const recent = parseNumber(form.recent, FIELDS.recent);
	const wake = parseClockTime(form.wake);
	const latency = parseNumber(form.latency, FIELDS.latency);
	const cycleLength = form.cycles ? parseNumber(form.cycleLength, FIELDS.cycleLength) : undefined;

	if (!age.ok) errors.age = age.error;
	if (!need.ok) errors.need = need.error;
	if (!loadHours.ok) errors.loadHours = loadHours.error;
	if (!recent.ok) errors.recent = recent.error;
	if (!wake.ok) errors.wake = wake.error;
	if (!latency.ok) errors.latency = latency.error;
	if (cycleLength && !cycleLength.ok) errors.cycleLength = cycleLength.error;
	if (!age.ok || !need.ok || !loadHours.ok || !recent.ok || !wake.ok || !latency.ok || (cycleLength && !cycleLength.ok))
		return { ok: false, errors };

	const band = bandForAge(age.value);
	const bounds = targetBounds(band);
	const load = loadHours.value === undefined ? (TRAINING_LEVELS.includes(form.load) ? form.load : 'moderate') : levelForHours(loadHours.value);

	// Nightly need: the runner's own sense when given (Walsh 2021), kept within the bounds; else the band and load.
	let baseMinutes: number;
	let ownNeedAdjusted: SleepPlan['ownNeedAdjusted'];
	if (need.value !== undefined) {
		const wanted = roundTo(need.value * 60, 5);
		baseMinutes = clamp(wanted, bounds.min, bounds.max);
		if (wanted < bounds.min) ownNeedAdjusted = 'raised';
		else if (wanted > bounds.max) ownNeedAdjusted = 'lowered';
	} else {
		const span = (band.maxHours - band.minHours) * 60;
		baseMinutes = clamp(roundTo(bounds.min + TRAINING_POSITION[load] * span, 5), bounds.min, bounds.max);
	}

	// The week's debt, repaid in small steps over several nights, never above the target's ceiling.
	const perNightShortfall = Math.max(0, baseMinutes - roundTo(recent.value * 60, 1));
	const debtMinutes = roundTo(perNightShortfall * 7, 5);
	const room = Math.max(0, bounds.max - baseMinutes);
	const spread = Math.ceil(debtMinutes / REPAY_SPREAD_NIGHTS / REPAY_STEP) * REPAY_STEP;
	const extraPerNight = debtMinutes === 0 ? 0 : Math.min(room, REPAY_MAX_PER_NIGHT, Math.max(REPAY_STEP, spread));
	const nights: NightPlan[] = [];
	let remaining = debtMinutes;
	for (let night = 1; night <= PLAN_MAX_NIGHTS && remaining > 0 && extraPerNight > 0; night++) {
		const repay = Math.min(extraPerNight, remaining);
		remaining -= repay;
		nights.push({ night, repayMinutes: repay, targetMinutes: baseMinutes + repay });
	}
	const targetMinutes = nights[0]?.targetMinutes ?? baseMinutes;

	const lightsOut = wrapMinutes(wake.minutes - targetMinutes - latency.value);
	const cycleOptions = cycleLength?.ok ? cyclesFor(targetMinutes, cycleLength.value, wake.minutes, latency.value) : undefined;

	return {
		ok: true,
		plan: {
			age: age.value,
			band,
			aasmText: aasmTextForAge(age.value),
			load,
			loadHours: loadHours.value,
			baseMinutes,
			needSource: need.value === undefined ? 'age-band' : 'own-need',
			ownNeedHours: need.value,
			ownNeedAdjusted,
			recentHours: recent.value,
			targetMinutes,
			bounds,
			debt: { minutes: debtMinutes, perNightShortfall, extraPerNight, nights, remainingMinutes: remaining },
			wake: wake.minutes,
			latency: latency.value,
			lightsOut,
			asleepBy: wrapMinutes(lightsOut + latency.value),
			crossesMidnight: lightsOut > wake.minutes,
			cycleLength: cycleLength?.ok ? cycleLength.value : undefined,
			cycleOptions,
			nap: form.nap === true,
		},
	};
}

/** Whole cycles just below and just above tonight's target (site rule of thumb: the two nearest counts). */
export function cyclesFor(targetMinutes: number, cycleLength: number, wake: number, latency: number): CycleOption[] {
	const low = Math.max(1, Math.floor(targetMinutes / cycleLength));
	const high = Math.max(1, Math.ceil(targetMinutes / cycleLength));
	return [...new Set([low, high])].map((cycles) => {
		const sleepMinutes = cycles * cycleLength;
		return {
			cycles,
			sleepMinutes,
			lightsOut: wrapMinutes(wake - sleepMinutes - latency),
			relation: sleepMinutes < targetMinutes ? 'shorter' : sleepMinutes > targetMinutes ? 'longer' : 'equal',
		};
	});
}

// ---------------------------------------------------------------------------------------------
// The answer in words: each part with its reason, basis and sources
// ---------------------------------------------------------------------------------------------

export type Basis = 'published' | 'rule-of-thumb' | 'mixed' | 'arithmetic' | 'approximation';

export const BASIS_TEXT: Record<Basis, string> = {
	published: 'Published recommendation.',
	'rule-of-thumb': "This site's rule of thumb, not a published formula.",
	mixed: "Published ranges; where in them to aim is this site's rule of thumb.",
	arithmetic: 'Arithmetic from your answers.',
	approximation: 'An approximation: cycle length varies from person to person and night to night.',
};

export interface SleepSection {
	id: 'target' | 'debt' | 'lights-out' | 'cycles' | 'nap' | 'clinician';
	title: string;
	/** The answer in one line. */
	answer: string;
	/** Further lines (a plan, options); may be empty. */
	items: string[];
	/** Why, in plain words. */
	reasons: string[];
	basis: Basis;
	sources: SleepSourceId[];
}

const hours = (minutes: number) => formatDuration(minutes);

/** Runs of nights with the same repayment, so seven equal nights read as one line. */
function groupNights(nights: NightPlan[]): { first: number; last: number; night: NightPlan }[] {
	const groups: { first: number; last: number; night: NightPlan }[] = [];
	for (const night of nights) {
		const previous = groups.at(-1);
		if (previous && previous.night.repayMinutes === night.repayMinutes && previous.last === night.night - 1) previous.last = night.night;
		else groups.push({ first: night.night, last: night.night, night });
	}
	return groups;
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The plan as sections of text, with times in the reader's clock format. */
export function describeSleepPlan(plan: SleepPlan, clock: ClockFormat): SleepSection[] {
	const t = (minutes: number) => formatClock(minutes, clock);
	const { band, debt } = plan;
	const sections: SleepSection[] = [];

	// Tonight's target.
	const targetReasons = [
		`NSF recommends ${band.minHours}–${band.maxHours} h for ${band.label}; the AASM-based CDC table gives ${plan.aasmText}.`,
	];
	const targetSources: SleepSourceId[] = ['nsf', 'cdc'];
	if (plan.needSource === 'own-need') {
		targetReasons.push(
			'You gave your own sleep need: the 2021 athlete-sleep consensus prefers a runner’s perceived need to a one-size 7–9 h rule, so the plan starts from it.',
		);
		targetSources.push('walsh');
		if (plan.ownNeedAdjusted === 'raised')
			targetReasons.push(
				`${plan.ownNeedHours} h is below the recommended range, so the plan uses its bottom, ${hours(plan.bounds.min)}.`,
			);
		if (plan.ownNeedAdjusted === 'lowered') {
			targetReasons.push(
				`${plan.ownNeedHours} h is more than this tool suggests (${hours(plan.bounds.max)}, 1 h above the range), so the plan uses that. If you often feel you need this much, ask a clinician.`,
			);
			targetSources.push('aasm');
		}
	} else {
		const loadText = plan.loadHours === undefined ? TRAINING_LABELS[plan.load].toLowerCase() : `${plan.loadHours} h a week, which counts as ${plan.load}`;
		targetReasons.push(
			plan.load === 'heavy'
				? `Training load ${loadText}: the plan aims at the top of the range. Elite athletes in one study felt they needed 8.3 h on average.`
				: `Training load ${loadText}: the plan aims at the ${plan.load === 'light' ? 'middle' : 'upper half'} of the range.`,
		);
		if (plan.load === 'heavy') targetSources.push('sargent');
	}
	if (plan.targetMinutes > plan.baseMinutes) {
		targetReasons.push(
			`Plus ${hours(plan.targetMinutes - plan.baseMinutes)} tonight to start repaying sleep debt: more than 9 h may be appropriate when recovering from sleep debt (AASM/SRS).`,
		);
		if (!targetSources.includes('aasm')) targetSources.push('aasm');
	}
	sections.push({
		id: 'target',
		title: 'Tonight’s sleep target',
		answer: `${hours(plan.targetMinutes)} of sleep`,
		items: [],
		reasons: targetReasons,
		basis: plan.needSource === 'own-need' && !plan.ownNeedAdjusted && plan.targetMinutes === plan.baseMinutes ? 'published' : 'mixed',
		sources: targetSources,
	});

	// Debt.
	const debtItems = groupNights(debt.nights).map(({ first, last, night }) => {
		const name = (n: number) => (n === 1 ? 'tonight' : `night ${n}`);
		const when = first === last ? name(first) : `${name(first)} to ${name(last)}`;
		return `${when[0]!.toUpperCase()}${when.slice(1)}: ${hours(night.targetMinutes)}${first === last ? '' : ' a night'} (${hours(night.repayMinutes)} extra)`;
	});
	const debtReasons: string[] = [];
	if (debt.minutes === 0) {
		debtReasons.push(`You averaged ${plan.recentHours} h a night, which meets the ${hours(plan.baseMinutes)} the plan uses.`);
	} else {
		debtReasons.push(
			`You averaged ${plan.recentHours} h a night against ${hours(plan.baseMinutes)}: ${hours(debt.perNightShortfall)} short a night, about ${hours(debt.minutes)} over 7 nights.`,
			'Recovering from sleep debt takes several nights, so the plan adds a little each night instead of one long lie-in.',
		);
		if (debt.extraPerNight === 0)
			debtReasons.push('Your target is already at the most this tool suggests, so there is no room to add more: keep to it each night, and nap when you can.');
		if (debt.remainingMinutes > 0 && debt.extraPerNight > 0)
			debtReasons.push(
				`About ${hours(debt.remainingMinutes)} would still be left after ${plural(PLAN_MAX_NIGHTS, 'night')}; rather than chase it, keep sleeping your target.`,
			);
	}
	if (plan.recentHours < SHORT_SLEEP_HOURS)
		debtReasons.push('Habitual sleep under 7 h raises susceptibility to respiratory infection (Walsh 2021 consensus).');
	if (plan.recentHours <= RESTRICTED_SLEEP_HOURS)
		debtReasons.push('In studies, 6 h of sleep or less lowered exercise performance, endurance included, by about 7.6% on average (Craven 2022).');
	sections.push({
		id: 'debt',
		title: 'Sleep debt this week',
		answer: debt.minutes === 0 ? 'No sleep debt' : `About ${hours(debt.minutes)}, repaid over ${plural(debt.nights.length, 'night')}`,
		items: debtItems,
		reasons: debtReasons,
		basis: 'rule-of-thumb',
		sources: [
			...(debt.minutes > 0 ? (['klerman'] as const) : []),
			...(plan.recentHours < SHORT_SLEEP_HOURS ? (['walsh'] as const) : []),
			...(plan.recentHours <= RESTRICTED_SLEEP_HOURS ? (['craven'] as const) : []),
		],
	});

	// Lights out.
	sections.push({
		id: 'lights-out',
		title: 'Lights out',
		answer: `Lights out at ${t(plan.lightsOut)}${plan.crossesMidnight ? '' : plan.lightsOut < 720 ? ' (after midnight)' : ''}`,
		items: [`Asleep by about ${t(plan.asleepBy)}`, `Wake up at ${t(plan.wake)}`],
		reasons: [
			`Your wake-up time minus tonight’s target (${hours(plan.targetMinutes)}) minus the ${plural(plan.latency, 'minute')} you usually take to fall asleep.`,
		],
		basis: 'arithmetic',
		sources: [],
	});

	if (plan.cycleOptions && plan.cycleLength) {
		sections.push({
			id: 'cycles',
			title: 'Cycle-aligned alternatives (approximate)',
			answer: `With ${plan.cycleLength}-minute cycles:`,
			items: plan.cycleOptions.map(
				(o) =>
					`${plural(o.cycles, 'cycle')} (${hours(o.sleepMinutes)}, ${o.relation === 'equal' ? 'your target' : `${o.relation} than your target`}): lights out at ${t(o.lightsOut)}`,
			),
			reasons: [
				'The 90-minute cycle is an average, not a rule: in 6,064 measured cycles the median was 96 min, with large differences between people, and the first cycle of the night is shorter. Prefer the target above.',
			],
			basis: 'approximation',
			sources: ['cajochen'],
		});
	}

	if (plan.nap) {
		sections.push({
			id: 'nap',
			title: 'Nap today',
			answer: `Nap for ${NAP.minMinutes} to under ${NAP.maxMinutes} minutes, between ${t(NAP.windowStart)} and ${t(NAP.windowEnd)}`,
			items: [`Leave more than ${plural(NAP.gapMinutes / 60, 'hour')} between waking from the nap and training.`],
			reasons: [
				'A meta-analysis of 22 small trials (all in men) found naps in that window improved physical and mental performance and reduced fatigue, most with 30 to under 60 min naps and more than 1 h from waking to the test. Whether naps help repay debt still needs research (Walsh 2021).',
			],
			basis: 'published',
			sources: ['mesas', 'walsh'],
		});
	}

	sections.push({
		id: 'clinician',
		title: 'When to see a clinician',
		answer: 'See a clinician if you are still sleepy in the day despite enough sleep, or if you snore loudly, gasp or choke in your sleep.',
		items: ['Also if you are worried that you sleep too little or too much.'],
		reasons: ['This is the AASM and CDC advice; the calculator cannot spot a sleep disorder.'],
		basis: 'published',
		sources: ['aasm', 'cdc'],
	});

	return sections;
}
