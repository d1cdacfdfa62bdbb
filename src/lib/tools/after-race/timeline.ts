/**
 * The after-race timeline: every day from race day (day 0) to "ready to race again", each with one
 * kind, from the situation model (src/lib/situation/recovery-days.ts: the milestones, the kinds of
 * day and their shape, which the quiz reads too). Pure: dates are day numbers (src/lib/civil-date.ts),
 * "today" comes in with the form.
 *
 * Safety first: a post-race warning sign or an illness with fever or chest symptoms stops the
 * timeline before any other answer is read; a limp or pain in one spot sends the runner to the
 * injury guides instead.
 */
import { parseIsoDate, toDayNumber } from '../../civil-date';
import { parseOptionalNumber } from '../../parse-number';
import { pick, pickList, type Evaluation, type FieldErrors } from '../contract';
import {
	DAY_KINDS,
	ILLNESS,
	ILLNESS_STOPS,
	RACE_KM_TYPED,
	RACE_MILES_TYPED,
	dayKind,
	milestones,
	type DayKind,
	type Illness,
	type Milestones,
} from '../../situation';
import {
	DISTANCES,
	DISTANCE_KM,
	DISTANCE_LABELS,
	DISTANCE_LIMITS_KM,
	EFFORTS,
	KM_PER_MILE,
	MAX_DAYS_AGO,
	NOW_ANSWERS,
	NUMBER_FIELDS,
	UNITS,
	type AfterRaceField,
	type AfterRaceForm,
	type Distance,
	type Effort,
	isPostRaceSign,
	type NowAnswer,
	type PostRaceSign,
	type Unit,
} from './form';

export { DAY_KINDS, dayKind, type DayKind };

export interface TimelineDay {
	/** 0 is race day. */
	day: number;
	/** The calendar date as a day number. */
	date: number;
	kind: DayKind;
	/** The first run: only after the return-to-running checks pass. */
	checks?: true;
}

export interface Timeline {
	kind: 'timeline';
	/** The illness answer (never 'fever' or 'chest', which stop the timeline). */
	illness: Illness;
	distance: Distance;
	/** The distance as the runner named or typed it: "Marathon", "30 km". */
	distanceLabel: string;
	km: number;
	effort: Effort;
	age?: number;
	weeklyKm?: number;
	raceDay: number;
	today: number;
	milestones: Milestones;
	days: TimelineDay[];
}

/** A warning sign or an illness that stops the timeline: what was said, for the stop's words. */
export interface TimelineStop {
	kind: 'stop';
	signs: PostRaceSign[];
	illness?: Illness;
}

export type AfterRaceResult = TimelineStop | { kind: 'see-injury'; now: Exclude<NowAnswer, 'none'>[] } | Timeline;

export function timelineDays(raceDay: number, m: Milestones): TimelineDay[] {
	return Array.from({ length: m.raceAgain + 1 }, (_, day): TimelineDay => {
		const entry: TimelineDay = { day, date: raceDay + day, kind: dayKind(day, m) };
		if (day === m.firstRun) entry.checks = true;
		return entry;
	});
}

/** n to the nearest step, without binary leftovers (262 x 0.1 is 26.200000000000003, not 26.2). */
const roundTo = (n: number, step: number) => Number((Math.round(n / step) * step).toFixed(10));
const LIMITS_TEXT = `Distance must be between ${DISTANCE_LIMITS_KM.min} and ${DISTANCE_LIMITS_KM.max} km (${roundTo(DISTANCE_LIMITS_KM.min / KM_PER_MILE, 0.1)} to ${roundTo(DISTANCE_LIMITS_KM.max / KM_PER_MILE, 1)} miles)`;

function readDistance(form: AfterRaceForm, errors: FieldErrors<AfterRaceField>): { km: number; label: string } | undefined {
	const distance = pick(DISTANCES, form.distance);
	if (!distance) {
		errors.distance = 'Race distance: choose one, or “Another distance” and type it.';
		return undefined;
	}
	const unit: Unit = pick(UNITS, form.unit) ?? 'km';
	const typed = form.km.trim();
	if (distance !== 'other' && distance !== 'ultra') return { km: DISTANCE_KM[distance], label: DISTANCE_LABELS[distance] };
	if (distance === 'ultra' && typed === '') return { km: DISTANCE_KM.ultra, label: 'Ultra (50 km)' };
	if (typed === '') {
		errors.km = `Distance is required for “Another distance”: type it in ${unit === 'km' ? 'kilometres' : 'miles'}.`;
		return undefined;
	}
	const parsed = parseOptionalNumber(typed, {
		label: 'Distance',
		min: 0,
		max: 10_000,
		unit: unit === 'km' ? 'km' : 'miles',
		rangeHint: LIMITS_TEXT,
	});
	if (!parsed.ok || parsed.value === undefined) {
		errors.km = parsed.ok ? 'Distance: type a number.' : parsed.error;
		return undefined;
	}
	const value = parsed.value;
	if (unit === 'km' && RACE_MILES_TYPED.includes(roundTo(value, 0.1))) {
		errors.km = `${value} km is not a usual race distance, but ${value} miles is: did you mean miles? Switch the unit to miles if so.`;
		return undefined;
	}
	if (unit === 'mi' && RACE_KM_TYPED.includes(value)) {
		errors.km = `${value} miles would be a very long race, but ${value} km is a usual one: did you mean kilometres? Switch the unit to km if so.`;
		return undefined;
	}
	const km = unit === 'km' ? value : value * KM_PER_MILE;
	if (km < DISTANCE_LIMITS_KM.min || km > DISTANCE_LIMITS_KM.max) {
		errors.km = `${LIMITS_TEXT}.`;
		return undefined;
	}
	return { km, label: `${value} ${unit}` };
}

function readRaceDay(form: AfterRaceForm, errors: FieldErrors<AfterRaceField>): { raceDay: number; today: number } | undefined {
	const todayDate = parseIsoDate(form.today);
	if (form.raceDay.trim() === '') {
		errors.raceDay = 'Race day is required: choose the day you raced.';
		return undefined;
	}
	const date = parseIsoDate(form.raceDay);
	if (!date || !todayDate) {
		errors.raceDay = 'Race day must be a real date, like 2026-11-29.';
		return undefined;
	}
	const raceDay = toDayNumber(date);
	const today = toDayNumber(todayDate);
	if (raceDay > today) errors.raceDay = 'That race hasn’t happened yet: choose the day you raced, today or earlier.';
	else if (today - raceDay > MAX_DAYS_AGO)
		errors.raceDay = `That race was more than ${MAX_DAYS_AGO / 7} weeks ago: by now your usual training applies. The timeline plans the first ${MAX_DAYS_AGO / 7} weeks.`;
	return errors.raceDay ? undefined : { raceDay, today };
}

export function evaluateAfterRace(form: AfterRaceForm): Evaluation<AfterRaceResult, AfterRaceField> {
	const now = pickList(NOW_ANSWERS, form.now).filter((n): n is Exclude<NowAnswer, 'none'> => n !== 'none');
	const illness = pick(ILLNESS, form.ill);
	// Safety answers win over everything else on the form, even answers still to be fixed.
	const signs = now.filter(isPostRaceSign);
	const illStop = illness !== undefined && ILLNESS_STOPS.includes(illness);
	if (signs.length > 0 || illStop) return { ok: true, result: { kind: 'stop', signs, illness: illStop ? illness : undefined } };
	if (now.length > 0) return { ok: true, result: { kind: 'see-injury', now } };
	const errors: FieldErrors<AfterRaceField> = {};
	if (illness === undefined) errors.ill = 'Illness: choose an answer (“No” if you have not been ill).';
	const distance = readDistance(form, errors);
	const day = readRaceDay(form, errors);
	const age = parseOptionalNumber(form.age, NUMBER_FIELDS.age);
	const unit: Unit = pick(UNITS, form.unit) ?? 'km';
	const weekly = parseOptionalNumber(form.weekly, { ...NUMBER_FIELDS.weekly, unit: unit === 'km' ? 'km' : 'miles' });
	if (!age.ok) errors.age = age.error;
	if (!weekly.ok) errors.weekly = weekly.error;
	if (!distance || !day || illness === undefined || !age.ok || !weekly.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const effort = pick(EFFORTS, form.effort) ?? 'all-out';
	const weeklyKm = weekly.value === undefined ? undefined : unit === 'km' ? weekly.value : weekly.value * KM_PER_MILE;
	const m = milestones({ km: distance.km, effort, age: age.value, weeklyKm });
	return {
		ok: true,
		result: {
			kind: 'timeline',
			illness,
			distance: form.distance as Distance,
			distanceLabel: distance.label,
			km: distance.km,
			effort,
			age: age.value,
			weeklyKm,
			raceDay: day.raceDay,
			today: day.today,
			milestones: m,
			days: timelineDays(day.raceDay, m),
		},
	};
}
