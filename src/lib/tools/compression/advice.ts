/**
 * The compression chooser's sentences, as data: each with the bibliography ids behind it (none for
 * this site's own rules of thumb). choose.ts decides which apply; describe.ts arranges them.
 */
import type { Reason } from '../contract';
import type { Purpose, ScreenCondition } from './form';

/** The one pressure the chooser suggests to a healthy runner. */
export const DEFAULT_PRESSURE = '15–20 mmHg';

export const PRESSURE_REASONS: readonly Reason[] = [
	{
		text: 'Across 23 studies, garments worn after exercise gave a small-to-moderate benefit. Whether firmer garments (15 mmHg or more) do better than softer ones was not settled (p = 0.06): neither a difference nor sameness was shown.',
		sources: ['brown2017'],
	},
	{
		text: 'A second meta-analysis (12 studies) found small benefits for soreness, strength, power and a muscle-damage marker.',
		sources: ['hill2014bjsm'],
	},
	{ text: '15–20 mmHg is sold over the counter for tired, heavy legs, travel and standing.', sources: ['sigvaris'] },
	{ text: '20–30 mmHg and firmer are medical garments: wear them only on a clinician’s advice.', sources: ['sigvaris', 'mayo'] },
];

export const PURPOSE_REASONS: Record<Purpose, readonly Reason[]> = {
	recovery: [
		{
			text: 'Worn after exercise, compression garments eased soreness and tiredness a little across 23 studies (overall effect size 0.38).',
			sources: ['brown2017'],
		},
		{
			text: 'Whether they help strength come back is doubtful: a meta-analysis of 19 trials found no strength-sparing effect.',
			sources: ['negyesi2022'],
		},
	],
	'during-runs': [
		{
			text: 'The trials tested compression for recovery. Whether wearing it on the run helps is unknown: wear it if it feels good, not for speed.',
			sources: ['brown2017'],
		},
	],
	travel: [
		{ text: '15–20 mmHg is the level makers list for travel and long sitting.', sources: ['sigvaris'] },
		{
			text: 'Long travel after a race raises the risk of a clot: a swollen, warm, red or painful calf on one side needs a clinician, not a tighter sock.',
			sources: [],
		},
	],
	standing: [{ text: '15–20 mmHg is the level makers list for tired, heavy legs and long standing.', sources: ['sigvaris'] }],
	overnight: [
		{
			text: 'No trial has tested sleeping in compression, and we found no maker’s advice on it: whether it helps overnight is unknown.',
			sources: [],
		},
		{ text: 'If you try it, take it off at once if your foot goes numb, tingles, or turns cold or pale.', sources: [] },
	],
};

export const CLINICIAN_FIRST: Reason = {
	text: 'Please don’t use compression garments or boots until a clinician has checked you: tell them what you want compression for, and they can say whether it is safe and prescribe the pressure and fit.',
	sources: [],
};

/** Why each answer of the health check means no compression for now. */
export const SCREEN_REASONS: Record<ScreenCondition, readonly Reason[]> = {
	'calf-swelling': [
		{
			text: 'One swollen, hot, red or painful calf can be a blood clot. It must never be squeezed, rolled or massaged: get it checked today. Chest pain or sudden breathlessness with it is an emergency.',
			sources: [],
		},
	],
	'artery-disease': [
		{
			text: 'Compression presses on the arteries too: makers list artery disease in the legs, calf pain on walking (claudication) and poor circulation as reasons for caution.',
			sources: ['sigvaris'],
		},
	],
	'diabetes-neuropathy': [
		{
			text: 'With numb feet you may not feel a garment that is too tight or rubbing, and numbness is the sign everyone else relies on to take it off.',
			sources: [],
		},
	],
	'clot-or-blood-thinners': [
		{
			text: 'After a clot, compression is a medical treatment: the firmer classes are prescribed for clots and their after-effects, under a doctor.',
			sources: ['sigvaris'],
		},
		{ text: 'Boot makers say no boots with a known or suspected clot.', sources: [] },
	],
	'heart-failure': [{ text: 'Makers list uncontrolled heart failure as a reason for caution.', sources: ['sigvaris'] }],
	'skin-wound': [
		{ text: 'Makers list skin infection, weeping or inflamed skin and leg infection as reasons for caution.', sources: ['sigvaris'] },
	],
};

export const MEASURE_STEPS: readonly string[] = [
	'Measure in the morning, before the day’s swelling.',
	'Stand, and put the tape straight on the skin.',
	'Calf: at its widest. Ankle: at its narrowest. For knee-highs, also the length from the floor at the heel to the crease behind the knee.',
];
export const MEASURE_REASON: Reason = { text: 'Measure in the morning, before your legs swell through the day.', sources: ['mayo'] };

/** What to look for on the label. */
export const LABEL_CHECKLIST: readonly string[] = [
	'“Graduated” compression: firmest at the ankle, easing up the leg.',
	'The pressure printed in mmHg: 15–20 mmHg (not just “firm” or “sport”).',
	'A size chart by calf (and ankle) in cm or in, not only by shoe size.',
	'Returns allowed: fit matters more than brand.',
];

export const SIZE_REASONS = {
	brand: {
		text: 'These bands are this site’s brand-neutral rule of thumb, derived from one maker’s published calf sizes. Brands differ: the brand’s own chart wins.',
		sources: [],
	},
	between: {
		text: 'Between two sizes, measure again (morning, standing, on the skin). Still between? Take the larger: too tight can cause numbness or tingling, and firmer pressure has not been shown to help more.',
		sources: [],
	},
	sock: {
		text: 'Sock charts often use the ankle and shoe size as well as the calf: check yours against the brand’s ranges, and follow the brand if they disagree.',
		sources: ['sigvaris'],
	},
	fit: {
		text: 'Garments fitted by makers’ size charts often gave less than the intended pressure in a study of 50 active adults: measure carefully, and expect brands to differ.',
		sources: ['hill2015'],
	},
} as const satisfies Record<string, Reason>;

export const BOOT_REASONS: readonly Reason[] = [
	{
		text: 'A small drop in soreness (standardised mean difference −0.33 across 12 studies and 322 people), with no change in jump height or the muscle-damage marker CK.',
		sources: ['wisniowski2022'],
	},
	{
		text: 'A second meta-analysis (17 studies): a trivial-to-small effect on muscle function, trivial-to-moderate on pain; 20–30 minute sessions were the most used.',
		sources: ['maia2024'],
	},
	{ text: 'One randomised trial of 30-minute sessions after 100 drop jumps found no benefit.', sources: ['wiecha2021'] },
	{
		text: 'The sports models are cleared in the US as massagers for minor aches in people in good health, not as a treatment.',
		sources: ['fda2016'],
	},
];

export const BOOTS_SUMMARY = {
	recovery:
		'Optional: a small soreness benefit and nothing measurable for performance. Worth it if you have easy access and enjoy it; not worth buying for recovery alone if money is tight.',
	overnight: 'Boots are a 20–30 minute session, not something to sleep in; as a recovery session they are optional.',
	other: 'Not for this: boots are a seated session after exercise, not something you wear.',
	checked: 'No boots either until a clinician has checked you.',
} as const;
