/**
 * The Pagefind search index: built by the build's last step (src/build/finish-build.ts, after
 * `astro build` has exited), served by this integration in `astro dev`.
 *
 * Uses Pagefind's Node API (as Starlight does) rather than the CLI: errors surface as a failed
 * build instead of a silent empty index, and the index process is always closed.
 *
 * In `astro dev` there is no fresh index. Rather than show an empty search box, the dev server
 * serves the index from the last build when there is one; the search UI says plainly that search
 * needs a build when there is none.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { resultCard, type FragmentFields } from '../lib/search';

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

/**
 * Pagefind's index chunk size (an option its binary reads from the environment, marked unstable,
 * so the version is pinned in package.json and test/dist/search-index.test.ts checks the chunks).
 * A search fetches the whole chunk each word falls in: with the default, 20,000, a two-word search
 * at 1,000 guides fetched 53 KB of index, with 5,000 it fetched 37 KB. Smaller chunks are more
 * numerous, which costs a little in the metadata file every search loads (10 to 14 KB at 1,000
 * guides). Measured with the bench (test/bench/bench.ts) at 1,000 and 5,000 guides.
 */
export const INDEX_CHUNK_SIZE = 5000;

/** Where the result cards go (ResultCard in src/lib/search.ts), one per page, named by Pagefind's id. */
export const CARDS_DIR = 'search/cards';

/** Pagefind's fragments are gzipped JSON after a signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Writes a result card for every page Pagefind indexed; returns how many. */
export function writeResultCards(pagefindDir: string, cardsDir: string): number {
	const fragments = join(pagefindDir, 'fragment');
	mkdirSync(cardsDir, { recursive: true });
	const files = readdirSync(fragments).filter((f) => f.endsWith('.pf_fragment'));
	for (const file of files) {
		const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
		if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind fragment ${file} has no ${FRAGMENT_SIGNATURE} signature.`);
		const card = resultCard(JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as FragmentFields);
		writeFileSync(join(cardsDir, `${file.slice(0, -'.pf_fragment'.length)}.json`), JSON.stringify(card));
	}
	return files.length;
}

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
			'astro:build:done': ({ logger }) => {
				// Said so that `astro build` run on its own is not mistaken for the whole build.
				logger.info('The search index and the service worker come next, from src/build/finish-build.ts (npm run build runs both).');
			},
		},
	};
}

/**
 * Indexes the built site in `distDir` and writes the index to `distDir/pagefind/` and a result card
 * per page to `distDir/search/cards/`; throws with Pagefind's own messages if any step fails.
 */
export async function buildSearchIndex(distDir: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
	const started = performance.now();
	try {
		// Read by Pagefind's process, which starts with the first call below.
		process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
		const { index } = assertPagefindResponse(await createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
		if (!index) throw new Error('Pagefind created no index.');
		const { page_count } = assertPagefindResponse(await index.addDirectory({ path: distDir }), 'index the built pages');
		const pagefindDir = join(distDir, 'pagefind');
		assertPagefindResponse(await index.writeFiles({ outputPath: pagefindDir }), 'write the index');
		const cards = writeResultCards(pagefindDir, join(distDir, CARDS_DIR));
		logger.info(`Indexed ${page_count} pages and wrote ${cards} result cards in ${Math.round(performance.now() - started)} ms.`);
	} catch (cause) {
		throw new Error('Failed to build the Pagefind search index.', { cause });
	} finally {
		await close();
	}
}
