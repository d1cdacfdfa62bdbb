/**
 * Links from one tool into another carry only the answers the runner could have typed there, in
 * the receiving tool's own query keys (its field names), so the receiving tool reads them with its
 * own allow-listed codecs. No health answer ever goes in a link. A test in test/unit/situation.test.ts
 * checks that the after-race timeline reads this link back to the same answers.
 */
import type { Effort, Race } from './races';

export const AFTER_RACE_PATH = '/tools/after-race/';

/** The after-race timeline for a race: its distance, its day (YYYY-MM-DD) when known, and its effort. */
export function afterRaceHref(race: { distance: Race; raceDay?: string; effort: Effort }): string {
	const query = new URLSearchParams({ distance: race.distance, ...(race.raceDay ? { raceDay: race.raceDay } : {}), effort: race.effort });
	return `${AFTER_RACE_PATH}?${query.toString()}`;
}

export const TODAY_PATH = '/tools/today/';

/** The quiz's answers about recent training that "Your runs" can fill, in the quiz's own words (its field values). */
export interface TrainingAnswers {
	last?: 'rest' | 'easy-run' | 'workout' | 'long-run' | 'race' | 'cross-training';
	finished?: 'under-2h' | 'earlier';
	/** Days since the last race, as the quiz's field holds it (text). */
	racedAgo?: string;
	raceDistance?: Race;
}

/** The query key that lists which of the quiz's answers came from the runner's files. */
export const FILLED_KEY = 'filled';
export const FILLABLE = ['last', 'finished', 'racedAgo', 'raceDistance'] as const satisfies readonly (keyof TrainingAnswers)[];
export type Fillable = (typeof FILLABLE)[number];

/** The quiz with its training answers filled from files, and the list of which were. */
export function todayHref(answers: TrainingAnswers): string {
	const query = new URLSearchParams();
	const filled = FILLABLE.filter((k) => answers[k] !== undefined);
	for (const k of filled) query.set(k, answers[k]!);
	if (filled.length) query.set(FILLED_KEY, filled.join(','));
	return `${TODAY_PATH}?${query.toString()}`;
}

/**
 * The answers a link says came from files, with the values it gave them: read from the receiving
 * page's address through the allow-list of fillable keys. An answer changed since no longer counts.
 */
export function filledFromFiles(search: string): Partial<Record<Fillable, string>> {
	const query = new URLSearchParams(search);
	const keys = (query.get(FILLED_KEY) ?? '').split(',');
	return Object.fromEntries(FILLABLE.filter((k) => keys.includes(k) && query.get(k)).map((k) => [k, query.get(k)!]));
}
