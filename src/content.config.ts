/**
 * The content collections, each with its schema from src/lib:
 *   references  the one bibliography, one YAML file per work (src/lib/bibliography.ts)
 *   methods     one guide per recovery method, Markdown or MDX (src/lib/guide-files.ts) (src/lib/method-schema.ts)
 *   injuries    one guide per common running pain (src/lib/injury-schema.ts)
 *   articles    guides that are neither, each explaining a tool (the after-the-race guide, how we count your training)
 *
 * Every citation in the guides' frontmatter is checked against the bibliography here, so a guide
 * citing a work that has no entry fails the build with the file, the field and the id. (Body
 * citations, `#ref-<id>` links, are checked when the page is built: src/lib/guide-references.ts.)
 *
 * The guides keep no raw body in the content store (`retainBody: false`): their citations are read
 * from the rendered HTML or the file instead (citedText in src/data/collections.ts says why).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { citationId, referenceSchema } from './lib/bibliography';
import { GUIDE_DIRS, GUIDE_FILES } from './lib/guide-files';
import { makeInjurySchema } from './lib/injury-schema';
import { makeMethodSchema } from './lib/method-schema';
import { RED_FLAG_IDS } from './lib/red-flags';
import { TOOLS } from './lib/tools/registry';

const TOOL_IDS = TOOLS.map((t) => t.id) as [string, ...string[]];

const REFERENCES_DIR = './src/content/references';
/** The ids the bibliography holds: its file names. Read once, when the config loads. */
const bibliography = new Set(
	readdirSync(REFERENCES_DIR)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -'.yaml'.length)),
);
const citation = citationId(bibliography);

const references = defineCollection({
	loader: glob({ base: REFERENCES_DIR, pattern: '*.yaml' }),
	schema: referenceSchema,
});

const methods = defineCollection({
	// Markdown, or MDX for a guide that places a component; `_` files are drafts (src/lib/guide-files.ts).
	loader: glob({ base: `./${GUIDE_DIRS.methods}`, pattern: GUIDE_FILES, retainBody: false }),
	schema: makeMethodSchema(citation),
});

const injuries = defineCollection({
	loader: glob({ base: `./${GUIDE_DIRS.injuries}`, pattern: GUIDE_FILES, retainBody: false }),
	schema: makeInjurySchema(citation, RED_FLAG_IDS),
});

/** Articles that are neither a method nor an injury (the after-the-race guide): prose with citations. */
const articles = defineCollection({
	loader: glob({ base: `./${GUIDE_DIRS.articles}`, pattern: GUIDE_FILES, retainBody: false }),
	schema: z.object({
		title: z.string().min(3).max(70),
		summary: z.string().min(40).max(160),
		aliases: z.array(z.string().min(2)).default([]),
		updated: z.coerce.date({ error: 'expected a date as YYYY-MM-DD' }),
		/** The tool the article explains: its page is the article's crumb. */
		tool: z.enum(TOOL_IDS, { error: `expected one of: ${TOOL_IDS.join(', ')}` }),
	}),
});

export const collections = { references, methods, injuries, articles };
