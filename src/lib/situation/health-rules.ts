/**
 * What the health answers lead to, loaded with the tools' rules (not with the forms): the
 * /red-flags/ entry each warning sign stops a plan with (src/lib/red-flags.ts), so the urgency a
 * runner is told is the same in every tool; which illness answers stop training; and the answers
 * as a plan repeats them ("no timeline while you have a fever").
 */
import type { Illness, WarningSign } from './health';
import type { RedFlagId } from './red-flag-ids';

/** The /red-flags/ entry for each sign. */
export const WARNING_FLAG_IDS: Record<WarningSign, RedFlagId> = {
	'chest-pain': 'cardiac',
	'vomiting-confusion': 'hyponatraemia',
	'dark-urine': 'rhabdomyolysis',
	'calf-swelling': 'clot',
	'groin-pain': 'hip-groin',
	'hot-red-swelling': 'infection',
	numbness: 'numbness',
	'bone-pain': 'bone-stress',
	worsening: 'bone-stress',
	'rest-pain': 'rest-pain',
	'back-saddle': 'cauda-equina',
};

/** Illness answers that stop training today. */
export const ILLNESS_STOPS: readonly Illness[] = ['fever', 'chest'];
/** Days free of symptoms before hard sessions after an illness (rule of thumb). */
export const ILLNESS_EASY_DAYS = 7;

export const ILLNESS_SAID: Record<Exclude<Illness, 'none'>, string> = {
	fever: 'a fever',
	chest: 'chest symptoms since an illness',
	'above-neck': 'a cold above the neck, no fever',
	recovering: 'been ill, better now',
};
