/**
 * The quiz's fixed sentences, as data, each with the bibliography ids behind it (none where the
 * sentence is this site's rule of thumb). describe.ts picks them by the day's conditions.
 */
import type { AvoidCondition } from '../../vocabulary';
import type { Reason } from '../contract';
import { ADULT_BAND, LATENCY_DEFAULT, LATER_PERCENT, TEEN_BAND, sleepRangeText } from '../../situation';

/** What to avoid today, by condition. */
export const AVOID_TODAY: Partial<Record<AvoidCondition, Reason>> = {
	'after-strength-session': {
		text: 'No cold-water immersion in the hours after a strength session: used regularly, it blunted gains in strength and muscle size.',
		sources: ['roberts2015'],
	},
	'race-within-48h': {
		text: 'Nothing new before a race or key session: no new method, deep massage or cold bath you have not tried before.',
		sources: [],
	},
	'local-pain': {
		text: 'Do not roll, massage or numb a spot that hurts, or take painkillers to run through it: that can hide an injury until it is worse.',
		sources: [],
	},
	'acute-injury-48h': {
		text: 'For the first 48 hours after a strain, sprain or knock: no running on it, no heat and no massage on it.',
		sources: [],
	},
	'open-skin': { text: 'Nothing hot, abrasive or tight over broken or chafed skin: keep it clean and covered.', sources: [] },
};

export const HEALTH_NOTE: Reason = {
	text: 'Methods whose guides name your health answer as a reason for caution are left out; ask your doctor before trying them.',
	sources: [],
};

export const SLEEP_REASON: Reason = {
	text: `Adults need ${ADULT_BAND.minHours} hours of sleep or more, teenagers ${sleepRangeText(TEEN_BAND, ' to ', '')}; lights out allows ${LATENCY_DEFAULT} minutes to fall asleep.`,
	sources: ['watson2015', 'paruthi2016'],
};

export const PAIN_REASON: Reason = {
	text: 'Soreness spreads through a muscle and eases by the day; pain in one spot, a joint or a tendon can be an injury, so its guide comes first.',
	sources: [],
};

/** Notes by age, where the sources say something a runner can act on (the page says which are ours). */
export const AGE_NOTES = {
	teen: {
		answer: `Teenagers need ${sleepRangeText(TEEN_BAND)} of sleep a night, more than adults.`,
		items: [
			'Pain near a joint, or where a tendon meets bone (below the kneecap, at the back of the heel, at the hip), in a growing runner needs a clinician who sees young athletes: growing bones have injuries adults do not.',
		],
		reason: { text: `Recommended sleep for ages 13 to 18: ${sleepRangeText(TEEN_BAND)}.`, sources: ['paruthi2016'] },
	},
	masters: {
		answer: `After a race, this site gives you ${LATER_PERCENT} more days before workouts and racing come back.`,
		items: [
			'That is our rule of thumb: one study found masters runners recovered more slowly after a long trail race, others found no difference.',
		],
		reason: {
			text: 'Studies disagree on whether older runners recover more slowly.',
			sources: ['easthope2010', 'hayashi2019', 'markus2022'],
		},
	},
} as const satisfies Record<string, { answer: string; items: readonly string[]; reason: Reason }>;
