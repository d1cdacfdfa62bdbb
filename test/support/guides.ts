/**
 * Reads the method guides straight from src/content/methods for the content tests: frontmatter
 * parsed with the real schema, the MDX body split into sections, links and prose words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { methodSchema, type MethodData } from '../../src/lib/method-schema';

export const root = new URL('../../', import.meta.url).pathname;
export const guidesDir = join(root, 'src/content/methods');

export interface Guide {
	slug: string;
	file: string;
	raw: Record<string, unknown>;
	parsed: ReturnType<typeof methodSchema.safeParse>;
	data: MethodData | undefined;
	body: string;
	headings: { depth: number; text: string }[];
	links: string[];
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

export function loadGuide(file: string): Guide {
	const source = readFileSync(join(guidesDir, file), 'utf8');
	const { yaml, body } = splitFrontmatter(source, file);
	const raw = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
	const parsed = methodSchema.safeParse(raw);
	const headings = [...body.matchAll(/^(#{1,6})\s+(.+?)\s*$/gm)].map((m) => ({
		depth: (m[1] ?? '').length,
		text: m[2] ?? '',
	}));
	const links = [
		...[...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? ''),
		...[...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? ''),
	];
	return {
		slug: file.replace(/\.mdx$/, ''),
		file,
		raw,
		parsed,
		data: parsed.success ? parsed.data : undefined,
		body,
		headings,
		links,
		words: countProseWords(body),
	};
}

export function loadGuides(): Guide[] {
	return readdirSync(guidesDir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.sort()
		.map(loadGuide);
}

/**
 * Every route the site builds, derived from the files in src/pages and the guide slugs, so the
 * content tests can check internal links without a build.
 */
export function knownRoutes(slugs: string[]): Set<string> {
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
	for (const slug of slugs) routes.add(`/methods/${slug}/`);
	return routes;
}
