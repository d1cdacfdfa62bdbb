/**
 * What every graded claim on the site is made of, for method guides and injury guides alike: the
 * outcome, the grade on the site's A-D scale, and apart from it the size of the effect and the
 * certainty of the evidence, in plain words, tied to bibliography ids.
 *
 * The grade is authored, but it must agree with the size and the certainty (gradeAgrees below),
 * so a guide cannot call a trivial, very uncertain effect an A. The rules restate shared
 * CONTENT.md's scale:
 *   A  consistent benefit across meta-analyses of randomised trials, effect at least moderate
 *   B  benefit in meta-analyses or several trials, but small, inconsistent, or low quality
 *   C  a few small or indirect studies; plausible but unproven
 *   D  no trials for this outcome, or trials that found no effect; anecdote only
 */
import { z } from 'astro/zod';
import { CERTAINTIES, EFFECT_SIZES, GRADES, OUTCOMES, type Certainty, type EffectSize, type Grade } from './vocabulary';

export const oneOf = (values: readonly string[]) => `expected one of: ${values.join(', ')}`;

/** A zod type for a citation id; the content config passes one that checks the bibliography. */
export type CitationType = z.ZodType<string, string>;

const ALLOWED: Record<Grade, { sizes: readonly EffectSize[]; certainties: readonly Certainty[] }> = {
	A: { sizes: ['moderate', 'large'], certainties: ['high', 'moderate'] },
	B: { sizes: ['small', 'moderate', 'large'], certainties: ['high', 'moderate', 'low'] },
	C: { sizes: ['trivial', 'small', 'moderate', 'large', 'unclear'], certainties: ['low', 'very-low'] },
	D: { sizes: EFFECT_SIZES, certainties: CERTAINTIES },
};

/** Does the grade fit the size and certainty? D also requires no effect, no size, or very low certainty. */
export function gradeAgrees(grade: Grade, size: EffectSize, certainty: Certainty): boolean {
	const allowed = ALLOWED[grade];
	if (!allowed.sizes.includes(size) || !allowed.certainties.includes(certainty)) return false;
	if (grade === 'D') return size === 'none' || size === 'trivial' || size === 'unclear' || certainty === 'very-low';
	return true;
}

export function gradeRuleText(grade: Grade): string {
	if (grade === 'D') return 'grade D needs no effect, a trivial or unclear one, or very low certainty';
	const a = ALLOWED[grade];
	return `grade ${grade} needs a ${a.sizes.join(', ')} effect with ${a.certainties.join(', ')} certainty`;
}

/** The fields of one graded claim; `refs` cite the bibliography. */
export function gradedFields(citation: CitationType) {
	return {
		/** The outcome graded; one entry per outcome, never one overall grade. */
		outcome: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }),
		/** The grade on the site's A-D scale (shared CONTENT.md, /evidence/). */
		grade: z.enum(GRADES, { error: oneOf(GRADES) }),
		/** How big the effect is: 0.2 small, 0.5 moderate, 0.8+ large; 'none' when trials found none. */
		size: z.enum(EFFECT_SIZES, { error: oneOf(EFFECT_SIZES) }),
		/** How sure the evidence is: high, moderate, low, very-low (a review's own rating wins). */
		certainty: z.enum(CERTAINTIES, { error: oneOf(CERTAINTIES) }),
		/** What the trials found, in plain words, e.g. "a moderate drop in soreness at 24 hours". */
		effect: z.string().min(10, { error: 'describe the size of the effect in plain words (10+ characters)' }),
		/** A trade-off or harm stated beside the grade, never averaged into it. */
		tradeoff: z.string().optional(),
		/** Bibliography ids backing this grade. */
		refs: z.array(citation).min(1, { error: 'tie every grade to at least one reference id' }),
	};
}

/** Adds an issue when a graded entry's grade disagrees with its size and certainty. */
export function checkGrade(
	entry: { grade: Grade; size: EffectSize; certainty: Certainty },
	path: (string | number)[],
	ctx: z.RefinementCtx,
) {
	if (!gradeAgrees(entry.grade, entry.size, entry.certainty))
		ctx.addIssue({
			code: 'custom',
			path,
			message: `${gradeRuleText(entry.grade)}; got a ${entry.size} effect with ${entry.certainty} certainty`,
		});
}

/** Adds an issue for each outcome graded twice in one list. */
export function checkOutcomesOnce(entries: readonly { outcome: string }[], path: (string | number)[], ctx: z.RefinementCtx) {
	const outcomes = entries.map((e) => e.outcome);
	outcomes.forEach((o, i) => {
		if (outcomes.indexOf(o) !== i)
			ctx.addIssue({ code: 'custom', path: [...path, i, 'outcome'], message: `outcome "${o}" is graded twice` });
	});
}

/** A question runners ask, answered in two or three sentences with a source. */
export function questionSchema(citation: CitationType) {
	return z.object({
		/** The question as a runner would put it. */
		q: z.string().min(10).max(160),
		/** The answer: two or three sentences, plain words. */
		a: z.string().min(40).max(700),
		/** Bibliography ids behind the answer. */
		refs: z.array(citation).min(1, { error: 'every answer cites at least one reference id' }),
	});
}
