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

/** The grade in words: how good the evidence of a benefit is (not how big the benefit is). */
export const GRADE_SHORT: Record<Grade, string> = {
	A: 'Strong evidence',
	B: 'Some evidence',
	C: 'Weak evidence',
	D: 'No good evidence',
};

/**
 * How big the effect is, kept apart from how sure we are of it (as Examine does). On the site's
 * scale for standardised effects: about 0.2 small, 0.5 moderate, 0.8 or more large; under 0.2
 * trivial. 'none' when trials found no effect; 'unclear' when no size can be given.
 */
export const EFFECT_SIZES = ['large', 'moderate', 'small', 'trivial', 'none', 'unclear'] as const;
export type EffectSize = (typeof EFFECT_SIZES)[number];
export const EFFECT_SIZE_LABELS: Record<EffectSize, string> = {
	large: 'Large effect',
	moderate: 'Moderate effect',
	small: 'Small effect',
	trivial: 'Trivial effect',
	none: 'No effect found',
	unclear: 'Size unclear',
};

/**
 * How sure we are that the effect is real and about that size, in the words of GRADE-style
 * reviews: high, moderate, low, very low. A review's own rating wins where it gives one.
 */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very-low'] as const;
export type Certainty = (typeof CERTAINTIES)[number];
export const CERTAINTY_LABELS: Record<Certainty, string> = {
	high: 'High certainty',
	moderate: 'Moderate certainty',
	low: 'Low certainty',
	'very-low': 'Very low certainty',
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

/** Which graded outcomes answer each goal: the grade shown for "soreness" is the grade for these. */
export const GOAL_OUTCOMES: Record<Goal, readonly Outcome[]> = {
	soreness: ['soreness', 'perceived-recovery'],
	swelling: ['swelling', 'pain'],
	tightness: ['flexibility'],
	fatigue: ['perceived-recovery'],
	mobility: ['flexibility'],
	'injury-prevention': ['injury-risk', 'pain', 'function'],
	sleep: ['sleep', 'perceived-recovery', 'performance'],
	skin: ['skin'],
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

/** The second-level headings every method guide has, in this order (shared CONTENT.md). */
export const GUIDE_SECTIONS = [
	'What it is and how it might work',
	'Who it helps and when',
	'How to do it',
	'What the evidence says',
	'Safety and when not to',
	'Cost and time',
	'Related methods',
] as const;

/** The second-level headings every injury guide has, in this order (references follow, from the data). */
export const INJURY_SECTIONS = [
	'What it usually is, and what else it could be',
	'Red flags: when to see a clinician',
	'What helps',
	'What to avoid',
	'Back to running',
	'How long it usually takes',
] as const;

/** The kinds of option an injury guide grades. */
export const OPTION_KINDS = [
	'loading',
	'strength',
	'taping',
	'footwear',
	'insoles',
	'recovery-method',
	'load-management',
	'medication',
	'injection',
	'shockwave',
	'manual-therapy',
	'surgery',
	'education',
	'other',
] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];
export const OPTION_KIND_LABELS: Record<OptionKind, string> = {
	loading: 'Loading programme',
	strength: 'Strength training',
	taping: 'Taping',
	footwear: 'Footwear',
	insoles: 'Insoles and orthoses',
	'recovery-method': 'Recovery method',
	'load-management': 'Changing your running',
	medication: 'Medication',
	injection: 'Injection',
	shockwave: 'Shockwave',
	'manual-therapy': 'Manual therapy',
	surgery: 'Surgery',
	education: 'Advice and education',
	other: 'Other',
};

/**
 * Where an option stands for a runner with this pain. The quiz never suggests a recovery method an
 * injury guide marks 'avoid' when the runner reports that pain.
 */
export const STANCES = ['helps', 'may-help', 'no-benefit', 'avoid'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
	helps: 'Helps',
	'may-help': 'May help',
	'no-benefit': 'No benefit shown',
	avoid: 'Avoid',
};
