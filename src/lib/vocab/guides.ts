/** Guide sections, injury option kinds and stances. Part of the shared vocabulary (src/lib/vocabulary.ts explains it). */

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
