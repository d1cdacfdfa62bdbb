/**
 * The runner's health, as every tool asks it: one list of conditions (the health screen), one list
 * of warning signs, one illness question. Each id means one thing everywhere; each tool asks the
 * subset that changes its answer. All of these are health answers: never in the address, never
 * stored (each tool's shape marks its fields sensitive).
 *
 * The rules these answers drive (which flag each sign names, which illness stops training) are in
 * health-rules.ts, loaded with each tool's rules: this module is read by the forms, before the
 * reader touches them, so it holds only the questions' words.
 */

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
	'vomiting-confusion': 'Vomiting or confusion after a long race',
	'dark-urine': 'Dark, tea- or cola-coloured urine',
	'calf-swelling': 'One calf swollen, hot, red or painful now',
	'groin-pain': 'Deep groin or hip pain with running or standing',
	'hot-red-swelling': 'A hot, red, swollen area',
	numbness: 'Numbness, or a cold, pale foot',
	'bone-pain': 'Pinpoint pain on a bone',
	worsening: 'Pain that has got worse over several days',
	'rest-pain': 'Pain at rest or at night',
	'back-saddle': 'Back pain with numbness between the legs, or bladder or bowel changes',
	none: 'None of these',
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
/** Short answers, laid out in a row; the hint says what each means. */
export const ILLNESS_LABELS: Record<Illness, string> = {
	none: 'No',
	fever: 'Fever',
	chest: 'Chest pain or palpitations since',
	'above-neck': 'A cold only',
	recovering: 'Better now',
};
export const ILLNESS_HINT = 'A cold only: a runny nose or sore throat, no fever.';
