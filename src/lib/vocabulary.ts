/**
 * The shared vocabulary of the knowledge base.
 *
 * Every list here is used three ways: the content schema (src/content.config.ts) only accepts
 * these ids in a guide's frontmatter, the pages and search filters label them with the names
 * below, and the tools in src/lib reason over them. Adding an id here is therefore the one
 * change that makes a new goal, region or piece of equipment available everywhere.
 *
 * Pure data: no DOM, no Preact, no astro:* imports, so unit tests and islands can use it.
 */

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
export const GOALS = [
	'soreness',
	'swelling',
	'tightness',
	'fatigue',
	'mobility',
	'injury-prevention',
	'sleep',
	'skin',
] as const;
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

/** Body regions a method targets. The quiz asks about the same regions. */
export const REGIONS = [
	'feet',
	'ankles',
	'calves-shins',
	'knees',
	'it-band',
	'quads',
	'hamstrings',
	'hips-glutes',
	'back',
	'whole-body',
	'skin',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
	feet: 'Feet and arches',
	ankles: 'Ankles',
	'calves-shins': 'Calves and shins',
	knees: 'Knees',
	'it-band': 'IT band and outer thigh',
	quads: 'Quads',
	hamstrings: 'Hamstrings',
	'hips-glutes': 'Hips and glutes',
	back: 'Lower back',
	'whole-body': 'Whole body',
	skin: 'Skin and chafing',
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

/** Equipment ids; the quiz asks which of these a runner has ('none' is always available). */
export const EQUIPMENT = [
	'none',
	'foam-roller',
	'massage-stick',
	'ball',
	'ice',
	'freezer-pack',
	'bathtub',
	'hot-tub',
	'heat-pack',
	'compression-garment',
	'compression-boots',
	'bike',
	'pool',
	'clinic',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
	none: 'Nothing needed',
	'foam-roller': 'Foam roller',
	'massage-stick': 'Massage stick or handheld roller',
	ball: 'Ball (tennis, lacrosse or spiky)',
	ice: 'Ice',
	'freezer-pack': 'Cold or freezer pack',
	bathtub: 'Bathtub',
	'hot-tub': 'Hot tub',
	'heat-pack': 'Heat pack',
	'compression-garment': 'Compression socks or sleeves',
	'compression-boots': 'Compression boots',
	bike: 'Bike or indoor trainer',
	pool: 'Pool',
	clinic: 'A clinic or therapist',
};

/**
 * The site's one evidence scale (see /evidence/ and shared CONTENT.md). Graded per outcome.
 * Order matters: earlier is stronger, and sorting by grade uses this order.
 */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_MEANINGS: Record<Grade, string> = {
	A: 'Consistent benefit across meta-analyses of randomised trials, effect at least moderate',
	B: 'Benefit in meta-analyses or several trials, but small, inconsistent, or from low-quality studies',
	C: 'A few small or indirect studies; plausible but unproven',
	D: 'No trials for this outcome, or trials that found no effect; anecdote only',
};

export const GRADE_SHORT: Record<Grade, string> = {
	A: 'Strong',
	B: 'Moderate',
	C: 'Weak',
	D: 'No good evidence',
};

/** Outcomes that evidence is graded against. Most trials measure soreness, not races. */
export const OUTCOMES = [
	'soreness',
	'perceived-recovery',
	'strength-recovery',
	'power-recovery',
	'performance',
	'swelling',
	'inflammation-markers',
	'flexibility',
	'pain',
	'function',
	'injury-risk',
	'sleep',
	'fitness-maintenance',
	'skin',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
	soreness: 'Muscle soreness',
	'perceived-recovery': 'Feeling recovered',
	'strength-recovery': 'Strength recovery',
	'power-recovery': 'Power, jump and sprint recovery',
	performance: 'Running performance',
	swelling: 'Swelling',
	'inflammation-markers': 'Blood markers of muscle damage and inflammation',
	flexibility: 'Flexibility and range of motion',
	pain: 'Pain from an injury or condition',
	function: 'Function of an injured area',
	'injury-risk': 'Injury risk',
	sleep: 'Sleep',
	'fitness-maintenance': 'Keeping fitness',
	skin: 'Skin',
};

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
] as const;
export type AvoidCondition = (typeof AVOID_CONDITIONS)[number];

export const AVOID_CONDITION_LABELS: Record<AvoidCondition, string> = {
	'after-strength-session': 'straight after a strength session',
	'acute-injury-48h': 'in the first 48 hours after a fresh strain, sprain or knock',
	'hot-red-swelling': 'on a hot, red, swollen area',
	numbness: 'with numbness, tingling or a cold, pale foot',
	'open-skin': 'on broken or chafed skin',
	'race-within-48h': 'in the 48 hours before a race or key session',
};

/** The second-level headings every guide has, in this order (shared CONTENT.md). */
export const GUIDE_SECTIONS = [
	'What it is and how it might work',
	'Who it helps and when',
	'How to do it',
	'What the evidence says',
	'Safety and when not to',
	'Cost and time',
	'Related methods',
] as const;
