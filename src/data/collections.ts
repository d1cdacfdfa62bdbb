/**
 * The collections as the pages read them, loaded once per build (getCollection on every page is a
 * known scaling cost), sorted by id so every page sees the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { toSourceLink, type Reference, type SourceLink } from '../lib/bibliography';
import { guideReferenceIds } from '../lib/guide-references';
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
		for (const m of await methods()) add(guideReferenceIds(m.data, m.body ?? ''), { href: `/methods/${m.id}/`, title: m.data.title });
		for (const i of await injuries()) add(guideReferenceIds(i.data, i.body ?? ''), { href: `/injuries/${i.id}/`, title: i.data.title });
		for (const a of await getCollection('articles'))
			add(guideReferenceIds(a.data, a.body ?? ''), { href: `/${a.id}/`, title: a.data.title });
		for (const t of TOOLS) add([...TOOL_SOURCES[t.id]], { href: t.href, title: t.citer });
		for (const f of RED_FLAGS) add(f.sources, { href: `/red-flags/#${f.id}`, title: `Red flags: ${f.title}` });
		return out;
	})();
	return citersCache;
}
