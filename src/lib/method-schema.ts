/**
 * The schema of a method guide's frontmatter: the single definition of the knowledge model.
 *
 * src/content.config.ts hands it to the `methods` collection, so `astro build`, `astro check` and
 * `astro sync` reject a guide that breaks it; content tests reuse it directly. It lives in src/lib
 * (pure, no astro:* import) so that tests and tools can import it without the Astro runtime.
 *
 * References are not listed here: every grade, verdict and answer cites bibliography ids
 * (src/lib/bibliography.ts), and the guide's reference list is built from those and the body's
 * `#ref-<id>` links. The citation type is handed in, so the content config can check every id
 * against src/content/references/ and fail the build naming the file, the field and the id.
 *
 * Messages name what is expected, because Astro prints them beside the file and the field.
 */
import { z } from 'astro/zod';
import { checkGrade, checkOutcomesOnce, gradedFields, oneOf, questionSchema, type CitationType } from './graded';
import { AVOID_CONDITIONS, CATEGORIES, COST_LEVELS, EQUIPMENT, GOALS, OUTCOMES, REGIONS, SITUATIONS, TIMINGS } from './vocabulary';

/** A list of ids from one vocabulary, at least one, no repeats. */
export const idList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z
		.array(z.enum(values, { error: oneOf(values) }))
		.min(1, { error: `list at least one ${what}` })
		.refine((list) => new Set(list).size === list.length, { error: `${what} ids must not repeat` });

export const SLUG = /^[a-z0-9-]+$/;

export function makeMethodSchema(citation: CitationType = z.string()) {
	const evidenceSchema = z.object(gradedFields(citation));
	return z
		.object({
			/** The guide's title, e.g. "Foam rolling". */
			title: z.string().min(3).max(70),
			/** One sentence used as meta description and card text; at most 160 characters. */
			summary: z.string().min(40).max(160, { error: 'keep the summary to 160 characters or fewer' }),
			/** The kind of method. */
			category: z.enum(CATEGORIES, { error: oneOf(CATEGORIES) }),
			/** What it can help with, most important first. */
			goals: idList(GOALS, 'goal'),
			/** Body regions it targets, most important first. */
			regions: idList(REGIONS, 'region'),
			/** When it fits in the day or the training week. */
			timing: idList(TIMINGS, 'timing'),
			/** Typical session length in minutes. */
			minutes: z
				.object({ min: z.number().int().min(0).max(1440), max: z.number().int().min(1).max(1440) })
				.refine((m) => m.min <= m.max, { error: 'minutes.min must not exceed minutes.max' }),
			/**
			 * True when it runs alongside other things (worn, eaten, slept through), so the quiz does not
			 * charge its minutes against the reader's spare time. Default false.
			 */
			handsFree: z.boolean().default(false),
			/** The usual dose in one line, as the quiz shows it, e.g. "10-15 min in water at 11-15 °C (52-59 °F)". */
			dose: z.string().min(10).max(140),
			/** The dose in a situation where it differs from the usual one (SITUATIONS); the quiz shows today's. */
			doses: z.partialRecord(z.enum(SITUATIONS, { error: oneOf(SITUATIONS) }), z.string().min(10).max(140)).default({}),
			/** Price level, with a typical price in the note. */
			cost: z.object({
				level: z.enum(COST_LEVELS, { error: oneOf(COST_LEVELS) }),
				note: z.string().min(3),
			}),
			/** Equipment ids needed; ['none'] when nothing is. Any one listed item is enough unless the guide says so. */
			equipment: idList(EQUIPMENT, 'equipment'),
			/**
			 * "Worth it?": the answer at the top of the guide. The size and certainty shown beside it come
			 * from the evidence entry for `outcome`, so the box and the table cannot disagree.
			 */
			verdict: z.object({
				/** The verdict in one line, e.g. "Worth it after hard runs and races, not after gym sessions." */
				summary: z.string().min(20).max(160),
				/** The outcome the verdict is mainly about; must be graded in `evidence`. */
				outcome: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }),
				/** What it does for you in felt terms, from the effect sizes, e.g. "about one point less soreness on a 0-10 scale a day later". */
				felt: z.string().min(20).max(220),
				/** "Do it today if ...": situations it suits. */
				doIf: z.array(z.string().min(5).max(160)).min(1).max(4),
				/** "Skip it if ...": situations it does not suit. */
				skipIf: z.array(z.string().min(5).max(160)).min(1).max(4),
				/** Bibliography ids behind the verdict. */
				refs: z.array(citation).min(1, { error: 'every verdict cites at least one reference id' }),
			}),
			/** Graded evidence, one entry per outcome. */
			evidence: z.array(evidenceSchema).min(1, { error: 'grade at least one outcome' }),
			/** Questions runners bring to this method, each answered with a source ("Runners ask"). */
			questions: z.array(questionSchema(citation)).min(2, { error: 'answer at least two questions runners ask' }).max(8),
			/** Safety notes and contraindications, one per item, in plain words. */
			cautions: z.array(z.string().min(10)).min(1, { error: 'list at least one caution' }),
			/** Conditions under which the quiz never suggests this method (vocabulary AVOID_CONDITIONS). */
			avoidWhen: z.array(z.enum(AVOID_CONDITIONS, { error: oneOf(AVOID_CONDITIONS) })).default([]),
			/** Other names people search for: brands, abbreviations, everyday words. */
			aliases: z.array(z.string().min(2)).default([]),
			/** Slugs of related guides, linked at the foot of the guide. */
			related: z.array(z.string().regex(SLUG)).default([]),
			/** The date the evidence was last checked, YYYY-MM-DD. */
			updated: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }),
		})
		.superRefine((method, ctx) => {
			method.evidence.forEach((entry, i) => checkGrade(entry, ['evidence', i, 'grade'], ctx));
			checkOutcomesOnce(method.evidence, ['evidence'], ctx);
			if (!method.evidence.some((e) => e.outcome === method.verdict.outcome))
				ctx.addIssue({
					code: 'custom',
					path: ['verdict', 'outcome'],
					message: `"${method.verdict.outcome}" is not graded in evidence; expected one of: ${method.evidence.map((e) => e.outcome).join(', ')}`,
				});
		});
}

/** The schema with ids unchecked (shape and types only); the content config checks the ids. */
export const methodSchema = makeMethodSchema();

export type MethodData = z.output<typeof methodSchema>;
export type MethodInput = z.input<typeof methodSchema>;
export type EvidenceEntry = MethodData['evidence'][number];
export type Verdict = MethodData['verdict'];
export type RunnerQuestion = MethodData['questions'][number];
