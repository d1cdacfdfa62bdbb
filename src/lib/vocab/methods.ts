/** Method kinds, goals, timings and cost levels. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */

/** The kind of method; one per guide. */
export const CATEGORIES = [
	'cold',
	'heat',
	'soft-tissue',
	'compression',
	'movement',
	'rest-sleep',
	'nutrition',
	'skin-feet',
	'clinical',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
	cold: 'Cold',
	heat: 'Heat',
	'soft-tissue': 'Soft tissue',
	compression: 'Compression',
	movement: 'Movement',
	'rest-sleep': 'Rest and sleep',
	nutrition: 'Nutrition',
	'skin-feet': 'Skin and feet',
	clinical: 'Clinical care',
};

/** What a method can help with. */
export const GOALS = ['soreness', 'swelling', 'tightness', 'fatigue', 'mobility', 'injury-prevention', 'sleep', 'skin'] as const;
export type Goal = (typeof GOALS)[number];

export const GOAL_LABELS: Record<Goal, string> = {
	soreness: 'Soreness',
	swelling: 'Swelling',
	tightness: 'Tightness',
	fatigue: 'Fatigue',
	mobility: 'Mobility',
	'injury-prevention': 'Injury prevention',
	sleep: 'Sleep',
	skin: 'Skin',
};

/** When in the day or week a method fits. */
export const TIMINGS = ['pre-run', 'post-run', 'evening', 'rest-day', 'bedtime'] as const;
export type Timing = (typeof TIMINGS)[number];

export const TIMING_LABELS: Record<Timing, string> = {
	'pre-run': 'Before a run',
	'post-run': 'After a run (0-2 h)',
	evening: 'Evening',
	'rest-day': 'Rest day',
	bedtime: 'Bedtime',
};

/** Rough price level; the guide's cost note gives the typical price. */
export const COST_LEVELS = ['free', 'low', 'medium', 'high'] as const;
export type CostLevel = (typeof COST_LEVELS)[number];

export const COST_LABELS: Record<CostLevel, string> = {
	free: 'Free',
	low: 'Low',
	medium: 'Medium',
	high: 'High',
};
