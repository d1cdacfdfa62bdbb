/**
 * The model's numbers that guides state in prose, by name, so a guide reads them (through
 * src/components/guide/SituationFact.astro) instead of typing its own copy.
 */
import { ADULT_BAND, MASTERS_AGE, TEEN_BAND } from './age-bands';
import { EASY_RUN_MINUTES, FIRST_RUN_MINUTES, LATER_PERCENT, WORKOUT_WEEK } from './recovery-days';
import { RECENT_RACE_DAYS } from './races';
import { RESTRICTED_SLEEP_HOURS, RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED, SHORT_SLEEP_HOURS } from './sleep';
import { ILLNESS_EASY_DAYS } from './health-rules';

export const SITUATION_FACTS = {
	easyRunFirstWeek: EASY_RUN_MINUTES.firstWeekAfterLongRace,
	easyRunLater: EASY_RUN_MINUTES.later,
	firstRunMin: FIRST_RUN_MINUTES.min,
	firstRunMax: FIRST_RUN_MINUTES.max,
	workoutWeek: WORKOUT_WEEK,
	recentRaceWeeks: RECENT_RACE_DAYS / 7,
	mastersAge: MASTERS_AGE,
	laterPercent: LATER_PERCENT,
	shortSleepHours: SHORT_SLEEP_HOURS,
	restrictedSleepHours: RESTRICTED_SLEEP_HOURS,
	restrictedSleepDrop: `${RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED}%`,
	adultSleepMin: ADULT_BAND.minHours,
	teenSleepMin: TEEN_BAND.minHours,
	teenSleepMax: TEEN_BAND.maxHours,
	illnessEasyDays: ILLNESS_EASY_DAYS,
} as const;
export type SituationFactName = keyof typeof SITUATION_FACTS;
