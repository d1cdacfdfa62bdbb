/**
 * Builds the Pagefind search index as the last step of `astro build`, so one command produces a
 * site with working search.
 *
 * Uses Pagefind's Node API (as Starlight does) rather than the CLI: errors surface as a failed
 * build instead of a silent empty index, and the index process is always closed.
 *
 * In `astro dev` there is no fresh index. Rather than show an empty search box, the dev server
 * serves the index from the last build when there is one; the search UI says plainly that search
 * needs a build when there is none.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

type PagefindResponse = { errors: string[] };

/**
 * The index is built as Pagefind's "unknown" language, which has no stemmer. With the English
 * stemmer, Pagefind fetches two index chunks for most words (the chunk of the stem, "recoveri",
 * and the chunk of the word as typed, "recovery"), so a cold two-word search at 1,000 guides fetched
 * 104 KB of index where one chunk a word needs 46 KB, and its WebAssembly is 4 KB larger. Other forms
 * of a word are still found: the search cuts each word to its root (searchRoot in
 * src/lib/search-query.ts) and Pagefind matches roots as prefixes.
 */
const INDEX_LANGUAGE = 'unknown';

/** Throws with every message Pagefind reported, so a broken index fails the build. */
export function assertPagefindResponse<T extends PagefindResponse>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind gave no answer to ${step}.`);
	if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
	return response;
}

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
};

export default function pagefind(): AstroIntegration {
	let outDir: URL | undefined;
	return {
		name: 'runner-recovery:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:server:setup': ({ server }) => {
				// Serve the last build's index so search works in dev after one `npm run build`.
				const indexDir = outDir ? join(fileURLToPath(outDir), 'pagefind') : undefined;
				server.middlewares.use((req, res, next) => {
					if (!indexDir || !req.url?.startsWith('/pagefind/')) return next();
					const file = normalize(join(indexDir, decodeURIComponent(req.url.slice('/pagefind/'.length).split('?')[0] ?? '')));
					if (!file.startsWith(indexDir) || !existsSync(file)) return next();
					res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
					res.end(readFileSync(file));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				try {
					const { index } = assertPagefindResponse(await createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
					if (!index) throw new Error('Pagefind created no index.');
					const { page_count } = assertPagefindResponse(await index.addDirectory({ path: fileURLToPath(dir) }), 'index the built pages');
					assertPagefindResponse(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'write the index');
					logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
				} catch (cause) {
					throw new Error('Failed to build the Pagefind search index.', { cause });
				} finally {
					await close();
				}
			},
		},
	};
}
