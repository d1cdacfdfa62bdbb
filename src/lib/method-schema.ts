/**
 * The schema of a method guide's frontmatter: the single definition of the knowledge model.
 *
 * src/content.config.ts hands it to the `methods` collection, so `astro build`, `astro check` and
 * `astro sync` reject a guide that breaks it; content tests reuse it directly. It lives in src/lib
 * (pure, no astro:* import) so that tests and tools can import it without the Astro runtime.
 *
 * Messages name what is expected, because Astro prints them beside the file and the field.
 */
import { z } from 'astro/zod';
import {
	AVOID_CONDITIONS,
	CATEGORIES,
	COST_LEVELS,
	EQUIPMENT,
	GOALS,
	GRADES,
	OUTCOMES,
	REGIONS,
	TIMINGS,
} from './vocabulary';

const oneOf = (values: readonly string[]) => `expected one of: ${values.join(', ')}`;

/** A list of ids from one vocabulary, at least one, no repeats. */
const idList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z
		.array(z.enum(values, { error: oneOf(values) }))
		.min(1, { error: `list at least one ${what}` })
		.refine((list) => new Set(list).size === list.length, { error: `${what} ids must not repeat` });

/** Matches the DOI, PubMed and PubMed Central hosts that count as a research link. */
export const RESEARCH_LINK = /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|(www\.)?ncbi\.nlm\.nih\.gov\/pmc|pmc\.ncbi\.nlm\.nih\.gov)\//;

export const referenceSchema = z.object({
	/** Short id cited from `evidence[].refs` and from the body as `#ref-<id>`, e.g. `moore2022`. */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected lowercase letters, digits and hyphens, e.g. moore2022' }),
	/** The paper's or page's title, as published. */
	title: z.string().min(5),
	/** Authors as published, e.g. "Moore E, Fuller JT, Buckley JD, et al." or an organisation. */
	authors: z.string().min(2),
	/** Year of publication. */
	year: z.number().int().min(1950).max(2100),
	/** Journal, publisher or site, e.g. "Sports Medicine 52:1667-1688". */
	venue: z.string().min(2),
	/** An https link; a DOI, PubMed or PMC link wherever the work has one. */
	url: z.url({ protocol: /^https$/, error: 'expected an https URL (a DOI, PubMed or PMC link where there is one)' }),
});

export const evidenceSchema = z.object({
	/** The outcome this grade is for; a method has one entry per outcome, never one overall grade. */
	outcome: z.enum(OUTCOMES, { error: oneOf(OUTCOMES) }),
	/** The grade on the site's A-D scale (shared CONTENT.md, /evidence/). */
	grade: z.enum(GRADES, { error: oneOf(GRADES) }),
	/** The size of the effect in plain words, e.g. "a moderate drop in soreness at 24 hours". */
	effect: z.string().min(10, { error: 'describe the size of the effect in plain words (10+ characters)' }),
	/** A trade-off or harm to state beside the grade, never averaged into it. */
	tradeoff: z.string().optional(),
	/** Reference ids backing this grade; each must be in `references`. */
	refs: z.array(z.string()).min(1, { error: 'tie every grade to at least one reference id' }),
});

export const methodSchema = z
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
		/** The dose in one line, as the quiz shows it, e.g. "10-15 min in water at 11-15 °C (52-59 °F)". */
		dose: z.string().min(10).max(140),
		/** Price level, with a typical price in the note. */
		cost: z.object({
			level: z.enum(COST_LEVELS, { error: oneOf(COST_LEVELS) }),
			note: z.string().min(3),
		}),
		/** Equipment ids needed; ['none'] when nothing is. Any one listed item is enough unless the guide says so. */
		equipment: idList(EQUIPMENT, 'equipment'),
		/** Graded evidence, one entry per outcome. */
		evidence: z.array(evidenceSchema).min(1, { error: 'grade at least one outcome' }),
		/** Safety notes and contraindications, one per item, in plain words. */
		cautions: z.array(z.string().min(10)).min(1, { error: 'list at least one caution' }),
		/** Conditions under which the quiz never suggests this method. */
		avoidWhen: z.array(z.enum(AVOID_CONDITIONS, { error: oneOf(AVOID_CONDITIONS) })).default([]),
		/** Other names people search for: brands, abbreviations, everyday words. */
		aliases: z.array(z.string().min(2)).default([]),
		/** Slugs of related guides, linked at the foot of the guide. */
		related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
		/** Everything cited, in citation order. */
		references: z.array(referenceSchema).min(2, { error: 'cite at least two references' }),
		/** The date the evidence was last checked, YYYY-MM-DD. */
		updated: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }),
	})
	.superRefine((method, ctx) => {
		const ids = method.references.map((r) => r.id);
		ids.forEach((id, i) => {
			if (ids.indexOf(id) !== i)
				ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `reference id "${id}" is used twice` });
		});
		method.evidence.forEach((entry, i) => {
			entry.refs.forEach((ref, j) => {
				if (!ids.includes(ref))
					ctx.addIssue({
						code: 'custom',
						path: ['evidence', i, 'refs', j],
						message: `"${ref}" is not a reference id; expected one of: ${ids.join(', ')}`,
					});
			});
		});
		const outcomes = method.evidence.map((e) => e.outcome);
		outcomes.forEach((o, i) => {
			if (outcomes.indexOf(o) !== i)
				ctx.addIssue({ code: 'custom', path: ['evidence', i, 'outcome'], message: `outcome "${o}" is graded twice` });
		});
		if (method.references.filter((r) => RESEARCH_LINK.test(r.url)).length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['references'],
				message: 'expected at least two references linked by DOI (https://doi.org/), PubMed or PMC',
			});
	});

export type MethodData = z.output<typeof methodSchema>;
export type MethodInput = z.input<typeof methodSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type EvidenceEntry = z.output<typeof evidenceSchema>;
