/**
 * Sleep facts the quiz and the sleep calculator both state.
 *
 * PUBLISHED
 * - Habitual sleep under 7 h is short for adults, and raises susceptibility to respiratory infection
 *   in athletes (watson2015, walsh2021).
 * - Nights of 6 h or less cut exercise performance by 7.56% on average across 69 studies (craven2022).
 * - The recommended range by age band (ages.ts). More than 9 h may be appropriate when recovering
 *   from sleep debt (watson2015); an athlete's own sense of need beats a one-size rule (walsh2021).
 * CONVENTION: 15 minutes to fall asleep when not given (calculators use 14-15; NSF 10-20 min).
 * The nightly need and sleep debt: sleep-need.ts (logic, loaded with the tools' rules).
 */

export const SHORT_SLEEP_HOURS = 7;
export const RESTRICTED_SLEEP_HOURS = 6;
/** Craven 2022's pooled fall in performance after restricted sleep, percent. */
export const RESTRICTED_SLEEP_PERFORMANCE_DROP = 7.56;
/** The same figure as the guides round it. */
export const RESTRICTED_SLEEP_PERFORMANCE_DROP_ROUNDED = Math.round(RESTRICTED_SLEEP_PERFORMANCE_DROP * 10) / 10;
export const LATENCY_DEFAULT = 15;

export const TRAINING_LEVELS = ['light', 'moderate', 'heavy'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
