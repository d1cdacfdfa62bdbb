/**
 * The after-race timeline: every day from race day (day 0) to "ready to race again", each with one
 * kind from a fixed vocabulary, from the milestones in days.ts. Pure: dates are day numbers
 * (src/lib/civil-date.ts), "today" comes in with the form.
 *
 * The shape of the days (this site's rule of thumb, after the conventions in days.ts): race day is
 * a rest day; walking until cross-training is allowed; the first easy run behind the return checks;
 * for a week after it, runs every other day with cross-training between; then easy runs; steady
 * runs in the last third before workouts come back; normal training; then race ready.
 */
import { parseIsoDate, toDayNumber } from '../../civil-date';
import { parseOptionalNumber } from '../../parse-number';
import { pick, pickList, type Evaluation, type FieldErrors } from '../contract';
import { milestones, type Milestones } from './days';
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
	type NowAnswer,
	type Unit,
} from './form';

export const DAY_KINDS = ['Rest', 'Walk', 'Cross-train', 'Easy run', 'Steady run', 'Workout', 'Race ready'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

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

export type AfterRaceResult = { kind: 'see-injury'; now: Exclude<NowAnswer, 'none'>[] } | Timeline;

/** The kind of day `day` after a race with these milestones. */
export function dayKind(day: number, m: Milestones): DayKind {
	if (day === 0) return 'Rest';
	if (day >= m.raceAgain) return 'Race ready';
	if (day >= m.normal) return 'Workout';
	if (day < m.crossFrom) return 'Walk';
	if (day < m.firstRun) return 'Cross-train';
	const sinceFirst = day - m.firstRun;
	if (sinceFirst < 7) return sinceFirst % 2 === 0 ? 'Easy run' : 'Cross-train';
	const steadyFrom = m.normal - Math.ceil((m.normal - m.firstRun) / 3);
	return day >= steadyFrom ? 'Steady run' : 'Easy run';
}

export function timelineDays(raceDay: number, m: Milestones): TimelineDay[] {
	return Array.from({ length: m.raceAgain + 1 }, (_, day): TimelineDay => {
		const entry: TimelineDay = { day, date: raceDay + day, kind: dayKind(day, m) };
		if (day === m.firstRun) entry.checks = true;
		return entry;
	});
}

/** Common race distances in miles, typed by mistake with km selected, and the reverse. */
const MILE_RACES = [3.1, 6.2, 13.1, 26.2];
const KM_RACES = [21.1, 21.0975, 42.2, 42.195];
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
	if (unit === 'km' && MILE_RACES.includes(roundTo(value, 0.1))) {
		errors.km = `${value} km is not a usual race distance, but ${value} miles is: did you mean miles? Switch the unit to miles if so.`;
		return undefined;
	}
	if (unit === 'mi' && KM_RACES.includes(value)) {
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
		errors.raceDay = 'Race day is required: pick the date, or “Today” or “Yesterday”.';
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
	if (now.length > 0) return { ok: true, result: { kind: 'see-injury', now } };
	const errors: FieldErrors<AfterRaceField> = {};
	const distance = readDistance(form, errors);
	const day = readRaceDay(form, errors);
	const age = parseOptionalNumber(form.age, NUMBER_FIELDS.age);
	const unit: Unit = pick(UNITS, form.unit) ?? 'km';
	const weekly = parseOptionalNumber(form.weekly, { ...NUMBER_FIELDS.weekly, unit: unit === 'km' ? 'km' : 'miles' });
	if (!age.ok) errors.age = age.error;
	if (!weekly.ok) errors.weekly = weekly.error;
	if (!distance || !day || !age.ok || !weekly.ok || Object.keys(errors).length > 0) return { ok: false, errors };
	const effort = pick(EFFORTS, form.effort) ?? 'all-out';
	const weeklyKm = weekly.value === undefined ? undefined : unit === 'km' ? weekly.value : weekly.value * KM_PER_MILE;
	const m = milestones({ km: distance.km, effort, age: age.value, weeklyKm });
	return {
		ok: true,
		result: {
			kind: 'timeline',
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
