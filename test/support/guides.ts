/**
 * Reads the content straight from src/content for the content tests, with the real schemas: the
 * bibliography (one YAML file per work), the method guides and the injury guides (frontmatter
 * parsed with citations checked against the bibliography, the MDX body split into headings,
 * links and prose words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { citationId, referenceSchema, type Reference } from '../../src/lib/bibliography';
import { makeInjurySchema, type InjuryData } from '../../src/lib/injury-schema';
import { makeMethodSchema, type MethodData } from '../../src/lib/method-schema';
import { RED_FLAG_IDS } from '../../src/lib/red-flags';
import { bodyCitations } from '../../src/lib/guide-references';
import { guideSlug, isGuideFile } from '../../src/lib/guide-files';

export const root = new URL('../../', import.meta.url).pathname;
export const contentDir = join(root, 'src/content');
export const referencesDir = join(contentDir, 'references');

export interface BibliographyFile {
	id: string;
	file: string;
	raw: unknown;
	parsed: ReturnType<typeof referenceSchema.safeParse>;
}

export function loadBibliography(): BibliographyFile[] {
	return readdirSync(referencesDir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const raw: unknown = parseYaml(readFileSync(join(referencesDir, f), 'utf8'));
			return { id: f.slice(0, -'.yaml'.length), file: `src/content/references/${f}`, raw, parsed: referenceSchema.safeParse(raw) };
		});
}

/** The bibliography's valid entries by id. */
export function bibliographyById(): Map<string, Reference> {
	return new Map(loadBibliography().flatMap((b) => (b.parsed.success ? [[b.id, { id: b.id, ...b.parsed.data }] as const] : [])));
}

const knownIds = new Set(loadBibliography().map((b) => b.id));
const citation = citationId(knownIds);
export const methodSchemaChecked = makeMethodSchema(citation);
export const injurySchemaChecked = makeInjurySchema(citation, RED_FLAG_IDS);

export interface Guide<D> {
	collection: 'methods' | 'injuries';
	slug: string;
	file: string;
	raw: Record<string, unknown>;
	problems: string[];
	data: D | undefined;
	body: string;
	headings: { depth: number; text: string }[];
	links: string[];
	/** Bibliography ids cited in the body as `#ref-<id>`, in order of first citation. */
	bodyRefs: string[];
	words: number;
}

/** Splits `---\nyaml\n---\nbody`; throws with the file name when the frontmatter fence is missing. */
export function splitFrontmatter(source: string, file: string): { yaml: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${file}: expected frontmatter between --- lines at the top`);
	return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

/** Prose words in an MDX body: imports, components, link targets and markup do not count. */
export function countProseWords(body: string): number {
	const text = body
		.replace(/^(import|export)\s.*$/gm, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_>`|[\]-]/g, ' ');
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function loadGuide<D>(
	collection: 'methods' | 'injuries',
	file: string,
	schema: {
		safeParse(raw: unknown): { success: true; data: D } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
	},
): Guide<D> {
	const path = join(contentDir, collection, file);
	const source = readFileSync(path, 'utf8');
	const { yaml, body } = splitFrontmatter(source, file);
	const raw = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
	const parsed = schema.safeParse(raw);
	const headings = [...body.matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)].map((m) => ({ depth: (m[1] ?? '').length, text: m[2] ?? '' }));
	const links = [
		...[...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? ''),
		...[...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? ''),
	];
	return {
		collection,
		slug: guideSlug(file),
		file: `src/content/${collection}/${file}`,
		raw,
		problems: parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`),
		data: parsed.success ? parsed.data : undefined,
		body,
		headings,
		links,
		bodyRefs: bodyCitations(body),
		words: countProseWords(body),
	};
}

export const guideFiles = (collection: string) => readdirSync(join(contentDir, collection)).filter(isGuideFile).sort();

export const loadGuides = (): Guide<MethodData>[] => guideFiles('methods').map((f) => loadGuide('methods', f, methodSchemaChecked));
export const loadInjuries = (): Guide<InjuryData>[] => guideFiles('injuries').map((f) => loadGuide('injuries', f, injurySchemaChecked));

/**
 * Every route the site builds, derived from the files in src/pages and the guide slugs, so the
 * content tests can check internal links without a build.
 */
export function knownRoutes(): Set<string> {
	const pagesDir = join(root, 'src/pages');
	const routes = new Set<string>();
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(join(pagesDir, dir), { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
			else if (/\.(astro|mdx|md)$/.test(entry.name) && !entry.name.includes('[')) {
				const name = entry.name.replace(/\.(astro|mdx|md)$/, '');
				routes.add(name === 'index' ? `/${prefix}` : `/${prefix}${name}/`);
			}
		}
	};
	walk('.', '');
	for (const file of guideFiles('methods')) routes.add(`/methods/${guideSlug(file)}/`);
	for (const file of guideFiles('injuries')) routes.add(`/injuries/${guideSlug(file)}/`);
	routes.add('/injuries/');
	routes.add('/after-the-race/');
	routes.add('/tools/after-race/');
	return routes;
}
