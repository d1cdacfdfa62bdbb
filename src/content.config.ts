/**
 * The one schema file: the `methods` collection, one MDX guide per recovery method.
 *
 * The frontmatter is structured data that every other view reads (guide pages, the comparison
 * table, search filters, the quiz), so a guide that breaks it must fail the build with the file,
 * the field and what was expected. Astro reports zod issues that way; the messages below add
 * what a writer needs to fix them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { methodSchema } from './lib/method-schema';

const methods = defineCollection({
	// Files starting with `_` are drafts and templates, not guides.
	loader: glob({ base: './src/content/methods', pattern: '**/[^_]*.mdx' }),
	schema: methodSchema,
});

export const collections = { methods };
