/** Conditions the quiz honours, and situations that change a dose. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */

/**
 * Machine-readable conditions under which the quiz never suggests a method.
 * A guide lists the ones that apply in `avoidWhen`; the quiz derives them from the answers.
 */
export const AVOID_CONDITIONS = [
	'after-strength-session',
	'acute-injury-48h',
	'hot-red-swelling',
	'numbness',
	'open-skin',
	'race-within-48h',
	'local-pain',
	'heart-or-blood-pressure',
	'pregnancy',
	'cold-sensitivity',
	'artery-disease',
	'diabetes-neuropathy',
	'clot-or-blood-thinners',
] as const;
export type AvoidCondition = (typeof AVOID_CONDITIONS)[number];

export const AVOID_CONDITION_LABELS: Record<AvoidCondition, string> = {
	'after-strength-session': 'straight after a strength session',
	'acute-injury-48h': 'in the first 48 hours after a fresh strain, sprain or knock',
	'hot-red-swelling': 'on a hot, red, swollen area',
	numbness: 'with numbness, tingling or a cold, pale foot',
	'open-skin': 'on broken or chafed skin',
	'race-within-48h': 'in the 48 hours before a race or key session',
	'local-pain': 'on a spot that hurts (pain in one spot, a joint, a tendon or a bone), where it could hide an injury',
	'heart-or-blood-pressure': 'with heart disease or high blood pressure, unless a doctor has said it is safe',
	pregnancy: 'in pregnancy, unless a doctor or midwife has said it is safe',
	'cold-sensitivity': "with Raynaud's or hives from cold",
	'artery-disease': 'with artery disease in the legs (calf pain on walking that eases with rest)',
	'diabetes-neuropathy': 'with diabetes or numb feet (neuropathy), unless a clinician has said it is safe',
	'clot-or-blood-thinners': 'after a blood clot or on blood thinners, unless a clinician has said it is safe',
};

/**
 * Situations that change a method's dose. A guide may give a dose for any of them (`doses`);
 * the quiz shows the dose for today's situation, else the default `dose`.
 */
export const SITUATIONS = ['rest-day', 'hard-within-8h', 'race-tomorrow', 'race-in-2-3-days', 'after-long-race'] as const;
export type Situation = (typeof SITUATIONS)[number];
export const SITUATION_LABELS: Record<Situation, string> = {
	'rest-day': 'On a rest day',
	'hard-within-8h': 'With a hard session within 8 hours',
	'race-tomorrow': 'With a race tomorrow',
	'race-in-2-3-days': 'With a race in 2 or 3 days',
	'after-long-race': 'In the days after a half marathon or longer',
};
