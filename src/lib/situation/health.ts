/**
 * The runner's health, as every tool asks it: one list of conditions (the health screen), one list
 * of warning signs, one illness question. Each id means one thing everywhere; each tool asks the
 * subset that changes its answer. All of these are health answers: never in the address, never
 * stored (each tool's shape marks its fields sensitive).
 *
 * The warning signs name the /red-flags/ entry each one stops a plan with (src/lib/red-flags.ts),
 * so the urgency a runner is told is the same in every tool.
 */
import type { RedFlagId } from './red-flag-ids';

/** Conditions that make a method unsafe without a clinician's word (the guides' `avoidWhen` codes). */
export const HEALTH_CONDITIONS = [
	'heart-or-blood-pressure',
	'heart-failure',
	'pregnancy',
	'cold-sensitivity',
	'artery-disease',
	'diabetes-neuropathy',
	'clot-or-blood-thinners',
	'skin-wound',
] as const;
export type HealthCondition = (typeof HEALTH_CONDITIONS)[number];

export const HEALTH_LABELS: Record<HealthCondition | 'none', string> = {
	'heart-or-blood-pressure': 'Heart disease or high blood pressure',
	'heart-failure': 'Heart failure',
	pregnancy: 'Pregnancy',
	'cold-sensitivity': "Raynaud's, or hives from cold",
	'artery-disease': 'Artery disease in the legs, or calf pain on walking that eases with rest',
	'diabetes-neuropathy': 'Diabetes, or numb feet',
	'clot-or-blood-thinners': 'A past blood clot (DVT or pulmonary embolism), or blood thinners',
	'skin-wound': 'A skin infection or open wound where it would go',
	none: 'None of these',
};

/** Symptoms that stop any plan or timeline and send the runner to a clinician. */
export const WARNING_SIGNS = [
	'chest-pain',
	'vomiting-confusion',
	'dark-urine',
	'calf-swelling',
	'groin-pain',
	'hot-red-swelling',
	'numbness',
	'bone-pain',
	'worsening',
	'rest-pain',
	'back-saddle',
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

export const WARNING_LABELS: Record<WarningSign | 'none', string> = {
	'chest-pain': 'Chest pain, fainting or a racing heart',
	'vomiting-confusion': 'Vomiting, confusion or unusual drowsiness after a long race',
	'dark-urine': 'Dark, tea- or cola-coloured urine',
	'calf-swelling': 'One calf swollen, hot, red or painful now',
	'groin-pain': 'Deep groin or hip pain when you run, hop or put weight on the leg',
	'hot-red-swelling': 'A hot, red, swollen area',
	numbness: 'Numbness, or a cold, pale foot',
	'bone-pain': 'Pinpoint pain on a bone',
	worsening: 'Pain that has got worse over several days',
	'rest-pain': 'Pain at rest or at night',
	'back-saddle': 'Back pain with numbness between the legs, or bladder or bowel changes',
	none: 'None of these',
};

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

/** The signs that matter in the days after a race: the after-race timeline asks these. */
export const POST_RACE_SIGNS = [
	'chest-pain',
	'vomiting-confusion',
	'dark-urine',
	'calf-swelling',
	'groin-pain',
] as const satisfies readonly WarningSign[];

/**
 * "Have you been ill in the last two weeks?" THIS SITE'S RULE OF THUMB (a coaching convention, the
 * "neck check": no trial has tested it): fever, aching all over, or chest symptoms mean no training;
 * a cold above the neck alone means easy running at most; a runner who was ill and is better comes
 * back gradually. Chest pain, fainting or palpitations are the cardiac red flag whatever the cause.
 */
export const ILLNESS = ['none', 'fever', 'chest', 'above-neck', 'recovering'] as const;
export type Illness = (typeof ILLNESS)[number];
export const ILLNESS_LABELS: Record<Illness, string> = {
	none: 'No',
	fever: 'Yes: a fever, chills or aching all over, now or in the last few days',
	chest: 'Yes, and since then chest pain, palpitations, or breathless out of proportion',
	'above-neck': 'Yes, a cold above the neck only now (runny nose, sore throat), no fever',
	recovering: 'Yes, but I am better now',
};
/** Illness answers that stop training today. */
export const ILLNESS_STOPS: readonly Illness[] = ['fever', 'chest'];
/** Days free of symptoms before hard sessions after an illness (rule of thumb). */
export const ILLNESS_EASY_DAYS = 7;
