/**
 * The schema of an injury guide's frontmatter: one MDX guide per common running pain in
 * src/content/injuries/, with the same rigour as the method guides. Options are graded on the same
 * A-D scale per outcome, with the size of the effect apart from the certainty (src/lib/graded.ts),
 * and every claim cites bibliography ids.
 *
 * What reads it: the guide page (/injuries/<slug>/), the /injuries/ index, search (aliases), and the
 * quiz, which routes pain in a region to the guides for that region, shows their red flags and
 * back-to-running advice first, and never suggests a recovery method a guide marks 'avoid'.
 */
import { z } from 'astro/zod';
import { checkGrade, checkOutcomesOnce, gradedFields, oneOf, questionSchema, type CitationType } from './graded';
import { SLUG, idList } from './method-schema';
import { OPTION_KINDS, REGIONS, STANCES } from './vocabulary';

/** Ids of the /red-flags/ entries (src/lib/red-flags.ts) an injury guide may point to. */
export type RedFlagIds = readonly [string, ...string[]];

export function makeInjurySchema(citation: CitationType = z.string(), redFlagIds?: RedFlagIds) {
	const flagId = redFlagIds ? z.enum(redFlagIds, { error: oneOf(redFlagIds) }) : z.string().regex(SLUG);
	const option = z.object({
		/** What the option is, e.g. "High-load heel raises" or "Foam rolling the calf". */
		name: z.string().min(3).max(90),
		/** The kind of option (vocabulary OPTION_KINDS). */
		kind: z.enum(OPTION_KINDS, { error: oneOf(OPTION_KINDS) }),
		/** The method guide it is, when kind is 'recovery-method' (a slug of src/content/methods/). */
		method: z.string().regex(SLUG).optional(),
		/** Where it stands for this pain: helps, may-help, no-benefit, avoid (the quiz honours 'avoid'). */
		stance: z.enum(STANCES, { error: oneOf(STANCES) }),
		/** How to do it, in one line, where the option is something to do, e.g. "3 sets of 12, every other day, for 12 weeks". */
		dose: z.string().min(5).max(200).optional(),
		...gradedFields(citation),
	});
	return z
		.object({
			/** The guide's title as runners say it, e.g. "Plantar heel pain (plantar fasciitis)". */
			title: z.string().min(3).max(70),
			/** One sentence for cards and the meta description; at most 160 characters. */
			summary: z.string().min(40).max(160, { error: 'keep the summary to 160 characters or fewer' }),
			/** Body regions where it hurts, most typical first (vocabulary REGIONS). */
			regions: idList(REGIONS, 'region'),
			/** What points here, as a runner would notice it; the quiz shows these beside the link. */
			signs: z.array(z.string().min(10).max(140)).min(2).max(6),
			/** Signs specific to this pain that mean see a clinician, and the general /red-flags/ entries that apply. */
			redFlags: z.object({
				signs: z.array(z.string().min(10).max(200)).min(1),
				flags: z.array(flagId).min(1),
			}),
			/** What helps (and what does not), each graded for one outcome with bibliography ids. */
			options: z.array(option).min(3, { error: 'grade at least three options' }),
			/** Back to running: criteria that must hold, then the steps, with sources. */
			returnToRun: z.object({
				criteria: z.array(z.string().min(10).max(200)).min(2),
				steps: z.array(z.string().min(10).max(200)).min(2),
				refs: z.array(citation).min(1),
			}),
			/** How long it usually takes, in plain words, with sources; "unknown" where it is. */
			duration: z.object({ typical: z.string().min(10).max(300), refs: z.array(citation).min(1) }),
			/** Questions runners bring to this pain, each answered with a source. */
			questions: z.array(questionSchema(citation)).max(8).default([]),
			/** Other names people search for: shin splints, MTSS, PF, ITBS, runner's knee... */
			aliases: z.array(z.string().min(2)).min(1),
			/** Slugs of related injury guides. */
			related: z.array(z.string().regex(SLUG)).default([]),
			/** The date the evidence was last checked, YYYY-MM-DD. */
			updated: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }),
		})
		.superRefine((injury, ctx) => {
			injury.options.forEach((o, i) => {
				checkGrade(o, ['options', i, 'grade'], ctx);
				if (o.kind === 'recovery-method' && !o.method)
					ctx.addIssue({ code: 'custom', path: ['options', i, 'method'], message: 'a recovery-method option names its method guide slug' });
			});
			// One option may be graded for several outcomes, but not the same outcome twice.
			const byName = new Map<string, { outcome: string }[]>();
			for (const o of injury.options) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
			for (const [name, entries] of byName) checkOutcomesOnce(entries, ['options', name], ctx);
		});
}

export const injurySchema = makeInjurySchema();

export type InjuryData = z.output<typeof injurySchema>;
export type InjuryOption = InjuryData['options'][number];
