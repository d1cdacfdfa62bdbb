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
