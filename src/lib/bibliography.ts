/**
 * The one bibliography: every work the site cites, one entry per file in src/content/references/
 * (`<id>.yaml`, the file name is the id). Guides cite entries by id from their frontmatter
 * (`refs: [moore2022]`) and their text (`[Moore 2022](#ref-moore2022)`); the tools' logic and the
 * red flags cite the same ids. A citation that points at no entry fails the build, naming the file
 * and the id (see `citationId` below and src/content.config.ts).
 *
 * Pure: zod from astro/zod, no astro:* import, so tests and tools can use it.
 */
import { z } from 'astro/zod';

/** What kind of work an entry is, strongest designs first. Shown beside the citation. */
export const STUDY_TYPES = [
	'guideline',
	'consensus',
	'meta-analysis',
	'systematic-review',
	'rct',
	'trial',
	'cohort',
	'case-control',
	'cross-sectional',
	'case-report',
	'lab-study',
	'review',
	'protocol',
	'book',
	'regulatory',
	'web-page',
	'news',
] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

export const STUDY_TYPE_LABELS: Record<StudyType, string> = {
	guideline: 'clinical practice guideline',
	consensus: 'consensus statement',
	'meta-analysis': 'meta-analysis',
	'systematic-review': 'systematic review',
	rct: 'randomised trial',
	trial: 'non-randomised trial',
	cohort: 'cohort study',
	'case-control': 'case-control study',
	'cross-sectional': 'cross-sectional study',
	'case-report': 'case report or series',
	'lab-study': 'laboratory study',
	review: 'narrative review',
	protocol: 'trial protocol (no results)',
	book: 'book',
	regulatory: 'regulatory record',
	'web-page': 'web page',
	news: 'news or trade report',
};

/** An id as files and anchors use it: lowercase letters, digits and hyphens, e.g. `moore2022`. */
export const REFERENCE_ID = /^[a-z0-9-]+$/;

const oneOf = (values: readonly string[]) => `expected one of: ${values.join(', ')}`;

export const referenceSchema = z
	.object({
		/** Authors as published, e.g. "Moore E, Fuller JT, Buckley JD, et al." or an organisation. */
		authors: z.string().min(2),
		/** Year of publication (of the issue, for journal articles). */
		year: z.number().int().min(1900).max(2100),
		/** The title, as published. */
		title: z.string().min(5),
		/** Journal with volume and pages, publisher or site, e.g. "Sports Medicine 52(7):1667-1688". */
		venue: z.string().min(2),
		/** The DOI without a resolver, e.g. "10.1007/s40279-022-01644-9". */
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, { error: 'expected a bare DOI such as 10.1007/s40279-022-01644-9' })
			.optional(),
		/** The PubMed id, digits only. */
		pmid: z
			.string()
			.regex(/^\d{4,9}$/, { error: 'expected a PubMed id, digits only' })
			.optional(),
		/** The PubMed Central id, e.g. "PMC9213381". */
		pmc: z
			.string()
			.regex(/^PMC\d{4,9}$/, { error: 'expected a PubMed Central id such as PMC9213381' })
			.optional(),
		/** An https address, for works with no DOI, PubMed or PMC record (web pages, regulatory records). */
		url: z.url({ protocol: /^https$/, error: 'expected an https URL' }).optional(),
		/** The kind of work. */
		type: z.enum(STUDY_TYPES, { error: oneOf(STUDY_TYPES) }),
		/** What a reader should know about the source, e.g. "used magnitude-based inference". */
		note: z.string().min(5).optional(),
	})
	.refine((r) => r.doi || r.pmid || r.pmc || r.url, {
		error: 'give at least one of doi, pmid, pmc or url so a reader can find it',
	});

export type ReferenceData = z.output<typeof referenceSchema>;
export interface Reference extends ReferenceData {
	id: string;
}

/** The link a reader follows: the DOI, else PubMed Central, else PubMed, else the page itself. */
export function referenceUrl(r: Pick<ReferenceData, 'doi' | 'pmid' | 'pmc' | 'url'>): string {
	if (r.doi) return `https://doi.org/${r.doi}`;
	if (r.pmc) return `https://pmc.ncbi.nlm.nih.gov/articles/${r.pmc}/`;
	if (r.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`;
	return r.url ?? '';
}

/** A DOI, PubMed or PMC record: the kind of link that counts as a research reference. */
export const isResearchLink = (r: Pick<ReferenceData, 'doi' | 'pmid' | 'pmc'>) => Boolean(r.doi || r.pmid || r.pmc);

/** "Moore 2022", "Hew-Butler 2015", "US Food and Drug Administration 2016": the in-text label. */
export function shortCitation(r: Pick<ReferenceData, 'authors' | 'year'>): string {
	const first = r.authors.split(',')[0]?.trim() ?? r.authors;
	// "Moore E" -> "Moore"; an organisation keeps its whole name.
	const surname = /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)? [A-Z]{1,3}$/u.test(first) ? first.replace(/ [A-Z]{1,3}$/, '') : first;
	return `${surname} ${r.year}`;
}

/**
 * A zod string for a citation: a reference id that must exist in the bibliography. The set of
 * ids is handed in (src/content.config.ts reads the folder), so this module stays pure.
 */
export function citationId(known: ReadonlySet<string>) {
	return z.string().superRefine((id, ctx) => {
		if (!known.has(id))
			ctx.addIssue({
				code: 'custom',
				message: `"${id}" is not in the bibliography: add src/content/references/${id}.yaml or cite an existing id`,
			});
	});
}

/** A compact entry for an island: only what a source line shows. */
export interface SourceLink {
	label: string;
	url: string;
	type: StudyType;
}

export const toSourceLink = (r: Reference): SourceLink => ({ label: shortCitation(r), url: referenceUrl(r), type: r.type });
