/**
 * Which files in a content folder are guides, and their slugs.
 *
 * A guide is Markdown (`.md`) unless its body places a component (a figure, an embedded tool, a
 * grade or a number read from the site's data): then it is MDX (`.mdx`). Markdown is rendered once,
 * when the content is synced; every MDX file is compiled into a module and bundled by Vite, which at
 * 1,000 guides cost a cold build about 4 s and Astro's process 0.5 GB (issue 24, measured with
 * `npm run bench`). test/content/guide-format.test.ts keeps each guide in the cheaper format it can
 * be. Files starting with `_` are drafts and templates, not guides.
 */
export const GUIDE_FILES = '**/[^_]*.{md,mdx}';

/** Each guide collection's folder, from the project's root. */
export const GUIDE_DIRS = {
	methods: 'src/content/methods',
	injuries: 'src/content/injuries',
	articles: 'src/content/articles',
} as const;
export type GuideCollection = keyof typeof GUIDE_DIRS;

export const isGuideFile = (name: string): boolean => /\.mdx?$/.test(name) && !name.startsWith('_');

export const guideSlug = (name: string): string => name.replace(/\.mdx?$/, '');
