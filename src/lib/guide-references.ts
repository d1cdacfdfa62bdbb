/**
 * A guide's reference list, built from what it cites: the body's `#ref-<id>` links in order of
 * first citation, then the ids its frontmatter cites that the body does not. There is no separate
 * list to keep in step, so nothing can be listed and never cited, or cited and never listed.
 */

/** Bibliography ids cited in an MDX body as `(#ref-<id>)` links, in order of first citation. */
export function bodyCitations(body: string): string[] {
	return [...new Set([...body.matchAll(/\(#ref-([a-z0-9-]+)\)|href="#ref-([a-z0-9-]+)"/g)].map((m) => m[1] ?? m[2] ?? ''))];
}

/** Every id a frontmatter value cites: the `refs` arrays anywhere inside it, in document order. */
export function frontmatterCitations(data: unknown): string[] {
	const out: string[] = [];
	const walk = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object')
			for (const [key, inner] of Object.entries(value)) {
				if (key === 'refs' && Array.isArray(inner)) out.push(...inner.filter((v): v is string => typeof v === 'string'));
				else walk(inner);
			}
	};
	walk(data);
	return [...new Set(out)];
}

/** The guide's references in display order: body citations first, then the rest of the frontmatter's. */
export function guideReferenceIds(data: unknown, body: string): string[] {
	return [...new Set([...bodyCitations(body), ...frontmatterCitations(data)])];
}

/**
 * The guide's references resolved against the bibliography. Throws, naming the file and the id,
 * when a citation points at no entry: the page build calls this, so `astro build` fails.
 */
export function resolveGuideReferences<R>(file: string, data: unknown, body: string, bibliography: ReadonlyMap<string, R>): R[] {
	return guideReferenceIds(data, body).map((id) => {
		const entry = bibliography.get(id);
		if (!entry) throw new Error(`${file}: cites "#ref-${id}", which is not in the bibliography (add src/content/references/${id}.yaml)`);
		return entry;
	});
}
