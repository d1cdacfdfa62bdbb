/**
 * The collections as the pages read them, loaded once per build (getCollection on every page is a
 * known scaling cost), sorted by id so every page sees the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { toSourceLink, type Reference, type SourceLink } from '../lib/bibliography';
import { guideReferenceIds, resolveGuideReferences } from '../lib/guide-references';
import { filterGroups } from '../lib/method-filters';
import { RED_FLAGS } from '../lib/red-flags';
import { TOOLS } from '../lib/tools/registry';
import { TOOL_SOURCES } from '../lib/tools/registry-sources';

let bibliographyCache: Promise<Map<string, Reference>> | undefined;
let methodsCache: Promise<CollectionEntry<'methods'>[]> | undefined;
let injuriesCache: Promise<CollectionEntry<'injuries'>[]> | undefined;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every bibliography entry by id. */
export function bibliography(): Promise<Map<string, Reference>> {
	bibliographyCache ??= getCollection('references').then(
		(entries) => new Map(entries.sort(byId).map((e) => [e.id, { id: e.id, ...e.data }])),
	);
	return bibliographyCache;
}

export function methods(): Promise<CollectionEntry<'methods'>[]> {
	methodsCache ??= getCollection('methods').then((entries) => entries.sort(byId));
	return methodsCache;
}

export function injuries(): Promise<CollectionEntry<'injuries'>[]> {
	injuriesCache ??= getCollection('injuries').then((entries) => entries.sort(byId));
	return injuriesCache;
}

let methodFiltersCache: Promise<ReturnType<typeof filterGroups>> | undefined;

/**
 * Every goal, region and category some method has, with its count: the filters on /methods/ and
 * on each of its filtered pages, counted once per build rather than once per page (a few hundred
 * pages at 1,000 guides, each counting every method against every filter).
 */
export function methodFilters(): Promise<ReturnType<typeof filterGroups>> {
	methodFiltersCache ??= methods().then((all) => filterGroups(all.map((m) => m.data)));
	return methodFiltersCache;
}

/** A guide of any collection (method, injury, article), as far as its citations go. */
interface GuideEntry {
	id: string;
	data: unknown;
	filePath?: string;
	rendered?: { html: string };
}

/**
 * The text a guide's citations are read from (bodyCitations in src/lib/guide-references.ts). The
 * guide collections keep no raw body (retainBody: false in src/content.config.ts): the bodies were a
 * third of the content store, which every build carries through the bundler as one module and holds
 * in memory while it renders. A Markdown guide is rendered when the content syncs, so its citations
 * are read from that HTML (`href="#ref-<id>"`, in the same order); an MDX guide is rendered only
 * with its page, so they are read from its file.
 */
function citedText(entry: GuideEntry): string {
	if (entry.rendered) return entry.rendered.html;
	if (!entry.filePath) throw new Error(`The guide "${entry.id}" has neither rendered HTML nor a file to read its citations from.`);
	return readFileSync(entry.filePath, 'utf8');
}

/** The bibliography ids a guide cites, body first, then frontmatter. */
const citedIds = (entry: GuideEntry) => guideReferenceIds(entry.data, citedText(entry));

/**
 * A guide's references in the order it cites them. Throws, naming the file and the id, when a
 * citation points at no bibliography entry, so the page's build fails.
 */
export async function guideReferences(entry: GuideEntry): Promise<Reference[]> {
	return resolveGuideReferences(entry.filePath ?? entry.id, entry.data, citedText(entry), await bibliography());
}

/**
 * The compact source links a tool island needs, by id. Throws, naming the tool and the id, when a
 * tool cites a work the bibliography does not have, so the build fails.
 */
export async function sourceLinks(tool: string, ids: readonly string[]): Promise<Record<string, SourceLink>> {
	const all = await bibliography();
	return Object.fromEntries(
		ids.map((id) => {
			const entry = all.get(id);
			if (!entry)
				throw new Error(`The ${tool} tool cites "${id}", which is not in the bibliography (add src/content/references/${id}.yaml)`);
			return [id, toSourceLink(entry)];
		}),
	);
}

export interface Citer {
	href: string;
	title: string;
}

let citersCache: Promise<Map<string, Citer[]>> | undefined;

/** For each bibliography id, the guides that cite it (methods, injuries, articles), by title. */
export function citers(): Promise<Map<string, Citer[]>> {
	citersCache ??= (async () => {
		const out = new Map<string, Citer[]>();
		const add = (ids: string[], citer: Citer) => {
			for (const id of ids) {
				const list = out.get(id);
				if (list) list.push(citer);
				else out.set(id, [citer]);
			}
		};
		for (const m of await methods()) add(citedIds(m), { href: `/methods/${m.id}/`, title: m.data.title });
		for (const i of await injuries()) add(citedIds(i), { href: `/injuries/${i.id}/`, title: i.data.title });
		for (const a of await getCollection('articles')) add(citedIds(a), { href: `/${a.id}/`, title: a.data.title });
		for (const t of TOOLS) add([...TOOL_SOURCES[t.id]], { href: t.href, title: t.citer });
		for (const f of RED_FLAGS) add(f.sources, { href: `/red-flags/#${f.id}`, title: `Red flags: ${f.title}` });
		return out;
	})();
	return citersCache;
}
