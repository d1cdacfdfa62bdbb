/** The evidence scale: grades, effect sizes, certainty and outcomes. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */
import type { Goal } from './methods';

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
