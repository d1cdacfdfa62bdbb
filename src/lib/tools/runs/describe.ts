/**
 * What the runner reads about their files: each number with a "how this was worked out" row
 * (formula, inputs, constants, bibliography ids), this week against the usual as two numbers and a
 * sentence, and the quiz's training answers the files can fill.
 */
import { plural } from '../contract';
import { KM_PER_MILE, RECENT_RACE_DAYS, type Race } from '../../situation/races';
import type { DistanceUnit } from './units';
import type { TrainingAnswers } from '../../situation/links';
import {
	EDWARDS_ZONES,
	LOAD_SOURCES,
	LOAD_UNIT_SHORT,
	PACE_WEIGHT,
	TANAKA,
	minutesByZone,
	movingSpeed,
	paceWeight,
	sessionLoad,
	type LoadUnit,
} from './load';
import { HARD, isHard, type Picture, type PictureSession } from './picture';
import { SPORT_LABELS, type RunSession } from './session';

export interface Workings {
	what: string;
	value: string;
	formula: string;
	inputs: string;
	constants: string;
	sources: readonly string[];
}

export interface RunnerSettings {
	/** Maximum heart rate: the runner's, or estimated from age. */
	maxHr?: number;
	maxHrEstimated: boolean;
	age?: number;
}

const round = (v: number) => Math.round(v).toLocaleString('en-GB');
const minutes = (s: number) => `${Math.round(s / 60)} min`;

/** A speed as a runner reads it: minutes and seconds per km or per mile ("5:33 /km"). */
export function paceText(metresPerSecond: number, unit: DistanceUnit): string {
	const seconds = Math.round((unit === 'km' ? 1000 : KM_PER_MILE * 1000) / metresPerSecond);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} /${unit}`;
}

const distanceText = (m: number | null, unit: DistanceUnit) =>
	m === null ? 'no distance' : unit === 'km' ? `${(m / 1000).toFixed(2)} km` : `${(m / 1000 / KM_PER_MILE).toFixed(2)} mi`;
const durationText = (s: number) =>
	s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : `${Math.round(s / 60)} min`;

/**
 * One session in a line: sport, start (as `formatStart` writes an instant, in the runner's zone),
 * moving and total time, distance and pace in the runner's unit, heart rate.
 */
export function sessionText(s: RunSession, unit: DistanceUnit, formatStart: (ms: number) => string): string {
	const pace = s.distanceM && s.movingS > 0 && s.sport !== 'swimming' ? ` at ${paceText(s.distanceM / s.movingS, unit)}` : '';
	const heart = s.avgHr !== null ? `, average heart rate ${Math.round(s.avgHr)}` : ', no heart rate';
	return `${SPORT_LABELS[s.sport]}, ${formatStart(s.start)}: ${durationText(s.movingS)} moving (${durationText(s.elapsedS)} in all), ${distanceText(s.distanceM, unit)}${pace}${heart}`;
}

/** How each available load of one session was worked out; paces in the runner's unit. */
export function sessionWorkings(
	s: PictureSession,
	settings: RunnerSettings,
	usualSpeed: number | undefined,
	unit: DistanceUnit = 'km',
): Workings[] {
	const rows: Workings[] = [];
	const moving = s.movingS / 60;
	const rpe = sessionLoad(s, 'rpe', { effort: s.effort });
	if (rpe !== undefined)
		rows.push({
			what: 'Session effort load',
			value: round(rpe),
			formula: 'effort (0-10) × moving minutes',
			inputs: `effort ${s.effort} (yours), ${minutes(s.movingS)} moving`,
			constants: 'none',
			sources: LOAD_SOURCES.rpe,
		});
	const trimp = sessionLoad(s, 'trimp', { maxHr: settings.maxHr });
	if (trimp !== undefined && s.hr && settings.maxHr) {
		const zones = minutesByZone(s.hr, settings.maxHr);
		rows.push({
			what: 'Heart-rate load (TRIMP)',
			value: round(trimp),
			formula: 'minutes in each zone × its weight, summed',
			inputs: `${zones.map((m, i) => `${Math.round(m)} min in zone ${i + 1}`).join(', ')}; maximum heart rate ${settings.maxHr}${
				settings.maxHrEstimated
					? ` (estimated from age ${settings.age}: ${TANAKA.intercept} - ${TANAKA.perYear} × age; yours may be well above or below it)`
					: ' (yours)'
			}`,
			constants: EDWARDS_ZONES.map((z, i) => `zone ${i + 1} from ${Math.round(z.from * 100)}% × ${z.weight}`).join(', '),
			sources: settings.maxHrEstimated ? [...LOAD_SOURCES.trimp, 'tanaka2001'] : LOAD_SOURCES.trimp,
		});
	}
	const weighted = sessionLoad(s, 'minutes', { usualSpeed });
	const speed = movingSpeed(s);
	rows.push({
		what: 'Minutes weighted by pace',
		value: round(weighted!),
		formula: s.sport === 'running' ? 'moving minutes × (this run’s speed ÷ your usual speed)' : 'moving minutes, as they are (not a run)',
		inputs:
			s.sport === 'running' && speed !== undefined && usualSpeed !== undefined
				? `${Math.round(moving)} min moving at ${paceText(speed, unit)}; your usual ${paceText(usualSpeed, unit)} (the median of your runs): weight ${paceWeight(speed, usualSpeed).toFixed(2)}`
				: `${Math.round(moving)} min moving`,
		constants: `weight kept between ${PACE_WEIGHT.min} and ${PACE_WEIGHT.max}; this site's rule of thumb`,
		sources: LOAD_SOURCES.minutes,
	});
	return rows;
}

/** Why a session counts as hard, in words, or undefined when it does not. */
export function hardBecause(s: PictureSession, maxHr: number | undefined, usualSpeed: number | undefined): string | undefined {
	if (!isHard(s, maxHr, usualSpeed)) return undefined;
	if (s.effort !== undefined) return `you gave it an effort of ${s.effort} (${HARD.effort} or more counts as hard)`;
	if (s.hr && maxHr) return `${HARD.minutesHigh} minutes or more at ${Math.round(HARD.hrFraction * 100)}% of maximum heart rate or above`;
	return `at least ${Math.round((HARD.speedOver - 1) * 100)}% faster than your usual pace for ${HARD.minMinutes} minutes or more`;
}

/** This week against the usual: two numbers and a sentence, never a ratio, a colour or a risk. */
export function weekWords(p: Picture): { thisWeek: string; usual: string; sentence: string } {
	const unit = LOAD_UNIT_SHORT[p.unit];
	const thisWeek = `${round(p.thisWeek)} ${unit}`;
	if (p.usualWeek === undefined)
		return {
			thisWeek,
			usual: 'not known',
			sentence: 'Your files do not reach back four weeks, so there is no usual week to compare with yet.',
		};
	const diff = p.thisWeek - p.usualWeek;
	const sentence =
		Math.abs(diff) < 0.5
			? 'This week is the same as your usual so far.'
			: `This week is ${round(Math.abs(diff))} ${unit} ${diff > 0 ? 'more' : 'less'} than your usual so far. That is a description, not a warning: what it means depends on your plan and how you feel.`;
	return { thisWeek, usual: `${round(p.usualWeek)} ${unit}`, sentence };
}

export interface ConfirmedRace {
	race: Race;
	/** Day number of the race. */
	day: number;
	effort: 'all-out' | 'hard' | 'training';
}

const LAST_ORDER = ['race', 'workout', 'long-run', 'easy-run', 'cross-training', 'rest'] as const;

/**
 * The quiz's training answers from the files: what the last 24 hours held (the hardest kind of
 * session that ended in them; a walk counts as rest), whether it finished in the last 2 hours, and
 * a confirmed race within the days the quiz counts.
 */
export function quizAnswers(
	sessions: readonly PictureSession[],
	p: Picture,
	nowMs: number,
	today: number,
	race: (ConfirmedRace & { sessionId?: string }) | undefined,
	maxHr: number | undefined,
): TrainingAnswers {
	const ended = (s: PictureSession) => s.start + s.elapsedS * 1000;
	const recent = sessions.filter((s) => ended(s) <= nowMs && nowMs - ended(s) <= 24 * 3600_000);
	const kind = (s: PictureSession): (typeof LAST_ORDER)[number] => {
		if (race?.sessionId === s.id) return 'race';
		if (s.sport === 'walking') return 'rest';
		if (s.sport !== 'running') return 'cross-training';
		if (isHard(s, maxHr, p.usualSpeed)) return 'workout';
		return p.longRuns.includes(s.id) ? 'long-run' : 'easy-run';
	};
	const kinds = recent.map(kind);
	const last = LAST_ORDER.find((k) => kinds.includes(k)) ?? 'rest';
	const newest = Math.max(...recent.filter((s) => kind(s) === last).map(ended));
	const answers: TrainingAnswers = { last };
	if (last !== 'rest') answers.finished = nowMs - newest <= 2 * 3600_000 ? 'under-2h' : 'earlier';
	if (race && today - race.day >= 0 && today - race.day <= RECENT_RACE_DAYS) {
		answers.racedAgo = String(today - race.day);
		answers.raceDistance = race.race;
	}
	return answers;
}

/** "3 sessions, 1 long run, 2 hard": the picture's counts in words. */
export const countsText = (p: Picture) =>
	`${plural(p.inside.length, 'session')}, ${plural(p.longRuns.length, 'long run')}, ${p.hard.length} hard`;

export type { LoadUnit };
