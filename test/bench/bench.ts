/**
 * Scale benchmark: how the build and search grow when the site has 100, 1,000 and 5,000 guides.
 *
 *   npm run bench                 # 100, 1000 and 5000 guides
 *   npm run bench -- 100 1000     # chosen sizes
 *
 * For each size it writes that many synthetic guides into a scratch copy of the project, runs
 * `astro build` there and measures:
 *   - build wall-clock seconds, and seconds per 100 pages (flat means the build scales linearly),
 *     plus the peak memory of the largest build process (from GNU time, when installed);
 *   - HTML pages, total dist/ size and the largest page (the list pages and the quiz carry every
 *     guide, so they grow with the corpus);
 *   - the Pagefind index in dist/pagefind/: bytes and file count;
 *   - the bytes a browser fetches for one cold search, for a common, a rarer and a one-guide term
 *     (see QueryKind), each in a fresh browser context with an empty cache: everything
 *     requested under /pagefind/ from the moment search starts (pagefind.js, its WebAssembly, the
 *     entry and meta files, the index chunks for the terms, the fragments of the first 5 results).
 *     Counted on the server from the files it sent, so requests Pagefind makes from anywhere in the
 *     page are included. Reported raw (the static server does not compress, and Pagefind's index,
 *     meta and fragment files are gzipped already) and as gzip of the same bodies, which is what a
 *     compressing CDN would send: mostly pagefind.js and the WebAssembly shrink.
 * Ratios against the smallest size show the growth: compare each with the ratio of guides.
 * The results also go to test/.output/bench.json.
 *
 * The guides are generated from the real ones, so they pass the real schema and look like real
 * guides to Astro and Pagefind: frontmatter from a real guide with a varied title, summary,
 * aliases, goals, regions and category; a body of 1,000-1,300 words in the seven required
 * sections, recombined from real guides' paragraphs, with a share of words swapped for
 * pseudo-words from a Zipf-like lexicon so that the vocabulary keeps growing with the corpus, as
 * in real text (otherwise 5,000 guides would share the 19 real guides' words and the index would
 * be unrealistically small). Everything comes from a PRNG seeded with the guide's number: guide 42
 * is the same in every run and at every size, so runs are comparable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { stringify as toYaml } from 'yaml';
import { launchChrome } from '../support/browser.ts';
import { gzipSize, htmlPages } from '../support/built-site.ts';
import type { Guide } from '../support/guides.ts';
import type { MethodData } from '../../src/lib/method-schema.ts';
import { serveStatic } from '../support/static-server.ts';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const DEFAULT_SIZES = [100, 1000, 5000];
/** A longer build is stopped and reported as timed out, so a run always ends with a table. */
const BUILD_TIMEOUT_S = Number(process.env.BENCH_BUILD_TIMEOUT_S ?? 30 * 60);
/**
 * The searches timed: words on nearly every guide; a word of the foot guides (3 of the 19 real
 * ones, but about 1 in 4 synthetic guides borrow a foot paragraph); and the made-up brand name of
 * guide 0, which only that guide has (and /tools/today/, which lists every guide's title).
 */
type QueryKind = 'common' | 'rare' | 'single';
type Queries = Record<QueryKind, string>;
const QUERY_KINDS: QueryKind[] = ['common', 'rare', 'single'];
/** How many results have their data() loaded, as a results list would show them. */
const RESULTS_SHOWN = 5;
const BODY_WORDS = { min: 1000, max: 1300 };
/** Share of eligible words (lowercase, 5+ letters) swapped for a pseudo-word. */
const SWAP_RATE = 0.06;
/** Large enough that the vocabulary is still growing at 5,000 guides. */
const LEXICON_SIZE = 100_000;
const QUALIFIERS = [
	'for trail runners',
	'after a marathon',
	'for masters runners',
	'in hot weather',
	'in a training block',
	'for beginners',
	'before a race',
	'after track sessions',
	'on rest days',
	'for ultrarunners',
	'after hill repeats',
	'in winter',
];

const root = new URL('../../', import.meta.url).pathname;
const OUTPUT_FILE = join(root, 'test/.output/bench.json');
/** What the scratch copy needs to build; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

// ---------------------------------------------------------------------------------------------
// The project's own schema and guides
// ---------------------------------------------------------------------------------------------

/**
 * src/lib imports its siblings without an extension ('./vocabulary'), which Vite accepts and plain
 * Node does not. This resolve hook retries such imports with `.ts`, so the benchmark validates
 * with the real schema rather than a copy. Modules that need it are imported after it, dynamically.
 */
function resolveExtensionlessTs() {
	registerHooks({
		resolve(specifier, context, nextResolve) {
			try {
				return nextResolve(specifier, context);
			} catch (error) {
				if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
				return nextResolve(`${specifier}.ts`, context);
			}
		},
	});
}

interface Template {
	slug: string;
	title: string;
	summary: string;
	raw: Record<string, unknown>;
	references: { id: string }[];
	/** Each required section's blocks (paragraphs, lists, `###` lines), in order. */
	sections: Map<string, string[]>;
}

interface Corpus {
	templates: Template[];
	aliases: string[];
	lexicon: string[];
	vocabulary: { sections: readonly string[]; categories: readonly string[]; goals: readonly string[]; regions: readonly string[] };
	validate: (data: unknown) => string | undefined;
	countWords: (text: string) => number;
}

async function loadCorpus(): Promise<Corpus> {
	resolveExtensionlessTs();
	const { loadGuides, countProseWords } = await import('../support/guides.ts');
	const { methodSchema } = await import('../../src/lib/method-schema.ts');
	const vocab = await import('../../src/lib/vocabulary.ts');
	const templates = loadGuides().map(toTemplate);
	return {
		templates,
		aliases: [...new Set(templates.flatMap((t) => (t.raw.aliases as string[] | undefined) ?? []))],
		lexicon: makeLexicon(),
		vocabulary: { sections: vocab.GUIDE_SECTIONS, categories: vocab.CATEGORIES, goals: vocab.GOALS, regions: vocab.REGIONS },
		validate: (data) => {
			const result = methodSchema.safeParse(data);
			return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
		},
		countWords: countProseWords,
	};
}

function toTemplate(guide: Guide<MethodData>): Template {
	if (!guide.data) throw new Error(`The real guide ${guide.file} fails the schema; fix it before benchmarking.`);
	return {
		slug: guide.slug,
		title: guide.data.title,
		summary: guide.data.summary,
		raw: guide.raw,
		references: guide.raw.references as { id: string }[],
		sections: splitSections(guide.body),
	};
}

/** Splits a body into its `##` sections, each a list of blocks separated by blank lines. */
function splitSections(body: string): Map<string, string[]> {
	const sections = new Map<string, string[]>();
	for (const part of body.split(/^## /m).slice(1)) {
		const [heading = '', ...rest] = part.split('\n');
		const blocks = rest
			.join('\n')
			.split(/\n\s*\n/)
			.map((b) => b.trim())
			// MDX imports and components belong to their guide (the sleep calculator), not to the prose.
			.filter((b) => b && !/^(import|export)\s/m.test(b) && !/<[A-Z]/.test(b));
		sections.set(heading.trim(), blocks);
	}
	return sections;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

type Rng = () => number;

/** mulberry32 seeded with a hash of the keys: the same keys always give the same stream. */
function rngFor(...keys: (string | number)[]): Rng {
	let seed = 2166136261;
	for (const ch of keys.join('/')) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619);
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** `count` distinct items in random order (at least one, at most all of them). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
	const pool = [...items];
	const out: T[] = [];
	while (pool.length > 0 && out.length < Math.max(1, count)) out.push(...pool.splice(Math.floor(rng() * pool.length), 1));
	return out;
}

const SYLLABLES = 'ka lo ver tin sa mor el du ran qui bex po len ta vor mi zan reo fal gu ne sil bo ar cu pel dra fen ho tri'.split(' ');
/** Brands use other syllables (with y and x), so a brand never doubles as a lexicon word. */
const BRAND_SYLLABLES = 'ax bry cor dyn ev fly gor hex iox jet kry lux myo nyx oro pyr qor rex syn tyr'.split(' ');

const pseudoWord = (rng: Rng) => Array.from({ length: between(rng, 2, 4) }, () => pick(rng, SYLLABLES)).join('');
const brandName = (rng: Rng) => capitalise(Array.from({ length: 3 }, () => pick(rng, BRAND_SYLLABLES)).join(''));

/** Made-up words standing in for the terms, names and brands a larger corpus brings. */
function makeLexicon(): string[] {
	const rng = rngFor('lexicon');
	const words = new Set<string>();
	while (words.size < LEXICON_SIZE) words.add(pseudoWord(rng));
	return [...words];
}

/** Zipf-like: the first words of the lexicon are drawn far more often than its long tail. */
const drawWord = (rng: Rng, lexicon: readonly string[]) => lexicon[Math.floor(lexicon.length * rng() ** 3)] as string;

// ---------------------------------------------------------------------------------------------
// Synthetic guides
// ---------------------------------------------------------------------------------------------

/**
 * Swaps a share of ordinary words for pseudo-words; link targets, tags, code and headings stay.
 * Links to real guides (/methods/foam-rolling/) then lead nowhere in the scratch site, which is
 * harmless: the build does not check links, and neither page sizes nor the index depend on them.
 */
function varyWords(block: string, rng: Rng, lexicon: readonly string[]): string {
	if (block.startsWith('#')) return block;
	return block
		.split(/(\]\([^)]*\)|<[^>]*>|`[^`]*`)/)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(/\b[a-z]{5,}\b/g, (w) => (rng() < SWAP_RATE ? drawWord(rng, lexicon) : w))))
		.join('');
}

/**
 * For each required section, the blocks of one real guide (the template half the time), trimmed
 * from the longest section or topped up from other guides until the word count is in range.
 * Returns the guides used, whose references the body may cite.
 */
function makeBody(rng: Rng, primary: Template, corpus: Corpus): { body: string; donors: Set<Template> } {
	const donors = new Set<Template>([primary]);
	const donor = () => {
		const d = rng() < 0.5 ? primary : pick(rng, corpus.templates);
		donors.add(d);
		return d;
	};
	const sections = corpus.vocabulary.sections.map((name) => ({ name, blocks: [...(donor().sections.get(name) ?? [])] }));
	const wordsOf = (blocks: string[]) => corpus.countWords(blocks.join('\n\n'));
	const total = () => sections.reduce((sum, s) => sum + wordsOf(s.blocks), 0);
	const target = between(rng, BODY_WORDS.min, BODY_WORDS.max);

	while (total() > target) {
		const longest = sections.filter((s) => s.blocks.length > 1).sort((a, b) => wordsOf(b.blocks) - wordsOf(a.blocks))[0];
		if (!longest) break;
		longest.blocks.pop();
		// A sub-heading left at the end of a section would introduce nothing.
		while (longest.blocks.length > 1 && longest.blocks.at(-1)?.startsWith('#')) longest.blocks.pop();
	}
	for (let guard = 0; total() < BODY_WORDS.min && guard < 200; guard++) {
		const section = pick(rng, sections.slice(0, -1)); // "Related methods" stays short, as in real guides
		const extra = donor().sections.get(section.name)?.filter((b) => !b.startsWith('#')) ?? [];
		if (extra.length > 0) section.blocks.push(pick(rng, extra));
	}

	const body = sections.map((s) => [`## ${s.name}`, ...s.blocks.map((b) => varyWords(b, rng, corpus.lexicon))].join('\n\n')).join('\n\n');
	return { body, donors };
}

/** Cuts at a word boundary and marks the cut, to respect the schema's length limits. */
const fit = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/**
 * The first draws of guide i's stream pick its template and its made-up brand, so any guide's slug
 * and brand are known without making the guide; the rest of the stream makes the guide.
 */
function guideSeed(i: number, corpus: Corpus) {
	const rng = rngFor('guide', i);
	const template = pick(rng, corpus.templates);
	return { rng, template, brand: brandName(rng), slug: `${template.slug}-${i}` };
}

/** See QueryKind. */
const searchQueries = (corpus: Corpus): Queries => ({
	common: 'recovery soreness',
	rare: 'plantar',
	single: guideSeed(0, corpus).brand.toLowerCase(),
});

/** The template's references, plus those of other guides whose paragraphs the body cites (#ref-<id>). */
function referencesFor(primary: Template, donors: Set<Template>, body: string): { id: string }[] {
	const cited = new Set([...body.matchAll(/#ref-([a-z0-9-]+)/g)].map((m) => m[1]));
	const borrowed = [...donors].flatMap((d) => d.references.filter((r) => cited.has(r.id)));
	return [...new Map([...primary.references, ...borrowed].map((r) => [r.id, r])).values()];
}

interface SyntheticGuide {
	slug: string;
	source: string;
	words: string[];
}

/** Guide number `i`, identical in every run and at every corpus size. Throws if it breaks the schema. */
function makeGuide(i: number, corpus: Corpus): SyntheticGuide {
	const { rng, template: primary, brand, slug } = guideSeed(i, corpus);
	const qualifier = pick(rng, QUALIFIERS);
	const branded = `${primary.title} ${qualifier} (${brand})`;
	const { body, donors } = makeBody(rng, primary, corpus);
	const frontmatter = {
		...primary.raw,
		title: fit(branded.length <= 70 ? branded : `${primary.title} ${qualifier}`, 70),
		summary: fit(`${capitalise(qualifier)} with ${brand}: ${primary.summary.charAt(0).toLowerCase()}${primary.summary.slice(1)}`, 160),
		category: pick(rng, corpus.vocabulary.categories),
		goals: sample(rng, corpus.vocabulary.goals, between(rng, 1, 4)),
		regions: sample(rng, corpus.vocabulary.regions, between(rng, 1, 5)),
		aliases: [brand, ...sample(rng, corpus.aliases, between(rng, 2, 6))],
		// Earlier guides only, so a guide's links do not depend on the corpus size.
		related: sample(rng, Array.from({ length: Math.min(i, 50) }, (_, k) => i - 1 - k), 3)
			.filter((j) => j >= 0)
			.map((j) => guideSeed(j, corpus).slug),
		references: referencesFor(primary, donors, body),
	};
	const problems = corpus.validate(frontmatter);
	if (problems) throw new Error(`Synthetic guide ${slug} breaks the schema:\n${problems}`);
	const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
	if (headings.join('|') !== corpus.vocabulary.sections.join('|'))
		throw new Error(`Synthetic guide ${slug} has the sections ${headings.join(', ')}`);
	const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
	return { slug, source: `---\n${toYaml(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`, words };
}

interface CorpusStats {
	guides: number;
	bodyWords: number;
	/** Distinct words in all bodies: what the search index has to hold. */
	distinctWords: number;
}

function writeGuides(dir: string, count: number, corpus: Corpus): CorpusStats {
	const distinct = new Set<string>();
	let bodyWords = 0;
	for (let i = 0; i < count; i++) {
		const guide = makeGuide(i, corpus);
		writeFileSync(join(dir, `${guide.slug}.mdx`), guide.source);
		bodyWords += guide.words.length;
		for (const w of guide.words) distinct.add(w);
	}
	return { guides: count, bodyWords, distinctWords: distinct.size };
}

// ---------------------------------------------------------------------------------------------
// Scratch project and build
// ---------------------------------------------------------------------------------------------

/**
 * A copy of the project with the real guides replaced. node_modules is a real folder of links to
 * each installed package, not one link to the whole folder, so Astro's caches (node_modules/.astro
 * holds the content data store, node_modules/.vite) land in the scratch copy and never touch the
 * real project's.
 */
function makeScratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'runner-recovery-bench-'));
	for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(join(root, 'node_modules', name), join(modules, name));
	}
	const methods = join(dir, 'src/content/methods');
	for (const name of readdirSync(methods)) if (!name.startsWith('_')) rmSync(join(methods, name));
	return dir;
}

interface BuildResult {
	ok: boolean;
	timedOut: boolean;
	seconds: number;
	peakRssMB?: number;
	log: string;
}

let runningBuild: ChildProcess | undefined;

/**
 * `astro build` in its own process group, so a timeout or Ctrl-C stops Pagefind's processes too.
 * GNU time, when installed, reports the peak memory of the largest build process.
 */
async function build(dir: string): Promise<BuildResult> {
	const astro = join(dir, 'node_modules/.bin/astro');
	const rssFile = join(dir, 'peak-rss.txt');
	const withTime = existsSync('/usr/bin/time');
	const [command, args] = withTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, astro, 'build']] : [astro, ['build']];
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: dir,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	runningBuild = child;
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-20_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		killGroup(child);
	}, BUILD_TIMEOUT_S * 1000);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearTimeout(timer);
	runningBuild = undefined;
	const seconds = (performance.now() - started) / 1000;
	const rss = withTime && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
	return { ok: code === 0 && !timedOut, timedOut, seconds, peakRssMB: Number.isFinite(rss) ? rss / 1024 : undefined, log };
}

function killGroup(child: ChildProcess) {
	if (child.pid === undefined || child.exitCode !== null) return;
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
}

// ---------------------------------------------------------------------------------------------
// Measuring the output
// ---------------------------------------------------------------------------------------------

function filesUnder(dir: string): { path: string; bytes: number }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => {
			const path = join(e.parentPath, e.name);
			return { path, bytes: statSync(path).size };
		});
}

const sum = (files: { bytes: number }[]) => files.reduce((total, f) => total + f.bytes, 0);

interface OutputStats {
	htmlPages: number;
	distBytes: number;
	distFiles: number;
	pagefindBytes: number;
	pagefindFiles: number;
	largestPages: { path: string; bytes: number }[];
}

function measureDist(dist: string): OutputStats {
	const all = filesUnder(dist);
	const pagefind = filesUnder(join(dist, 'pagefind'));
	const pages = htmlPages(dist).map((p) => ({ path: p.path, bytes: statSync(p.file).size }));
	return {
		htmlPages: pages.length,
		distBytes: sum(all),
		distFiles: all.length,
		pagefindBytes: sum(pagefind),
		pagefindFiles: pagefind.length,
		largestPages: pages.sort((a, b) => b.bytes - a.bytes).slice(0, 3),
	};
}

/** What kind of Pagefind file a request was for, to see which part of a search grows. */
function pagefindPart(path: string): string {
	if (path.startsWith('/pagefind/index/')) return 'index';
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/filter/')) return 'filters';
	if (path.endsWith('.pf_meta')) return 'meta';
	if (path.includes('/wasm.')) return 'wasm';
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.json')) return 'entry';
	return 'other';
}

interface SearchStats {
	query: string;
	results: number;
	requests: number;
	rawBytes: number;
	gzipBytes: number;
	/** Raw bytes by kind of file (js, wasm, entry, meta, index, filters, fragments). */
	rawByPart: Record<string, number>;
}

/** The search the site's search box runs (same options), as a string so no bundler rewrites the import. */
const searchScript = (query: string) => `(async () => {
	const pagefind = await import('/pagefind/pagefind.js');
	await pagefind.options({ excerptLength: 24 });
	const search = await pagefind.search(${JSON.stringify(query)}, { filters: {} });
	await Promise.all(search.results.slice(0, ${RESULTS_SHOWN}).map((r) => r.data()));
	return search.results.length;
})()`;

/**
 * One cold search per query, each in a fresh browser context (empty cache), counting every file
 * the server sends under /pagefind/ after the home page has loaded.
 */
async function measureSearch(browser: Browser, dist: string, queries: Queries): Promise<Record<QueryKind, SearchStats>> {
	const server = await serveStatic(dist);
	const requested: string[] = [];
	server.server.on('request', (req) => requested.push(new URL(req.url ?? '/', 'http://localhost').pathname));
	try {
		const out = {} as Record<QueryKind, SearchStats>;
		for (const kind of QUERY_KINDS) {
			const context = await browser.newContext();
			try {
				const page = await context.newPage();
				await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
				requested.length = 0;
				const results = (await page.evaluate(searchScript(queries[kind]))) as number;
				out[kind] = searchBytes(queries[kind], results, requested.filter((p) => p.startsWith('/pagefind/')), dist);
			} finally {
				await context.close();
			}
		}
		return out;
	} finally {
		await server.close();
	}
}

function searchBytes(query: string, results: number, paths: string[], dist: string): SearchStats {
	const stats: SearchStats = { query, results, requests: paths.length, rawBytes: 0, gzipBytes: 0, rawByPart: {} };
	for (const path of paths) {
		const file = join(dist, path);
		if (!existsSync(file)) continue; // a 404 carries the 404 page, not index data
		const body = readFileSync(file);
		const part = pagefindPart(path);
		stats.rawBytes += body.length;
		stats.gzipBytes += gzipSize(body);
		stats.rawByPart[part] = (stats.rawByPart[part] ?? 0) + body.length;
	}
	return stats;
}

// ---------------------------------------------------------------------------------------------
// One size, and the report
// ---------------------------------------------------------------------------------------------

interface SizeResult {
	guides: number;
	status: 'ok' | 'build failed' | 'timed out' | 'error';
	error?: string;
	corpus?: CorpusStats;
	generateSeconds?: number;
	buildSeconds?: number;
	peakRssMB?: number;
	output?: OutputStats;
	search?: Record<QueryKind, SearchStats>;
}

const scratchDirs = new Set<string>();

async function benchSize(guides: number, corpus: Corpus, browser: Browser, queries: Queries): Promise<SizeResult> {
	const dir = makeScratchProject();
	scratchDirs.add(dir);
	const result: SizeResult = { guides, status: 'error' };
	try {
		const started = performance.now();
		result.corpus = writeGuides(join(dir, 'src/content/methods'), guides, corpus);
		result.generateSeconds = (performance.now() - started) / 1000;
		log(`${guides} guides: ${result.corpus.bodyWords.toLocaleString('en')} body words written in ${result.generateSeconds.toFixed(1)} s; building…`);

		const built = await build(dir);
		result.buildSeconds = built.seconds;
		result.peakRssMB = built.peakRssMB;
		if (!built.ok) {
			result.status = built.timedOut ? 'timed out' : 'build failed';
			result.error = built.log.split('\n').slice(-60).join('\n');
			log(`${guides} guides: build ${result.status} after ${built.seconds.toFixed(0)} s\n${result.error}`);
			return result;
		}
		result.output = measureDist(join(dir, 'dist'));
		log(`${guides} guides: built ${result.output.htmlPages} pages in ${built.seconds.toFixed(1)} s; searching…`);
		result.search = await measureSearch(browser, join(dir, 'dist'), queries);
		result.status = 'ok';
		return result;
	} catch (error) {
		result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
		log(`${guides} guides: ${result.error}`);
		return result;
	} finally {
		rmSync(dir, { recursive: true, force: true });
		scratchDirs.delete(dir);
	}
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const KB = (bytes: number) => (bytes / 1e3).toFixed(0);

/** Left-aligned first column, right-aligned numbers. */
function table(rows: string[][]): string {
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
	return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n');
}

type Column = { label: string; digits: number; value: (r: SizeResult) => number | undefined };

/** The table's columns; a value is undefined where a size did not get that far. */
const COLUMNS: Column[] = [
	{ label: 'pages', digits: 0, value: (r) => r.output?.htmlPages },
	// Shown for a failed or stopped build too: how long it ran is part of what was measured.
	{ label: 'build s', digits: 1, value: (r) => r.buildSeconds },
	{ label: 's/100 pages', digits: 2, value: (r) => (r.output && r.buildSeconds ? (r.buildSeconds / r.output.htmlPages) * 100 : undefined) },
	{ label: 'peak MB', digits: 0, value: (r) => (r.output ? r.peakRssMB : undefined) },
	{ label: 'dist MB', digits: 1, value: (r) => (r.output ? r.output.distBytes / 1e6 : undefined) },
	{ label: 'largest page KB', digits: 0, value: (r) => (r.output ? (r.output.largestPages[0]?.bytes ?? 0) / 1e3 : undefined) },
	{ label: 'pagefind MB', digits: 2, value: (r) => (r.output ? r.output.pagefindBytes / 1e6 : undefined) },
	{ label: 'pagefind files', digits: 0, value: (r) => r.output?.pagefindFiles },
	...QUERY_KINDS.flatMap((kind): Column[] => [
		{ label: `${kind} KB`, digits: 0, value: (r) => (r.search ? r.search[kind].rawBytes / 1e3 : undefined) },
		{ label: 'gzip', digits: 0, value: (r) => (r.search ? r.search[kind].gzipBytes / 1e3 : undefined) },
	]),
];

function measuredTable(results: SizeResult[]): string {
	const cell = (value: number | undefined, digits: number) => (value === undefined ? '-' : value.toFixed(digits));
	return table([
		['guides', ...COLUMNS.map((c) => c.label)],
		...results.map((r) => [`${r.guides}`, ...COLUMNS.map((c) => cell(c.value(r), c.digits))]),
	]);
}

/** Every value divided by the same value at the smallest completed size. */
function ratioTable(results: SizeResult[]): string {
	const base = results.find((r) => r.status === 'ok');
	if (!base) return '(no size completed)';
	const ratio = (value: number | undefined, of: number | undefined) => (value === undefined || !of ? '-' : `${(value / of).toFixed(1)}x`);
	return table([
		['guides', ...COLUMNS.map((c) => c.label)],
		...results.map((r) => [`${r.guides} (${ratio(r.guides, base.guides)})`, ...COLUMNS.map((c) => ratio(c.value(r), c.value(base)))]),
	]);
}

function searchLines(results: SizeResult[]): string[] {
	return results.flatMap((r) =>
		r.search
			? QUERY_KINDS.map((kind) => {
					const s = r.search![kind];
					const parts = Object.entries(s.rawByPart).map(([part, bytes]) => `${part} ${KB(bytes)}`);
					return `${String(r.guides).padStart(5)} guides, ${kind} "${s.query}": ${s.results} results, ${s.requests} files, ${KB(s.rawBytes)} KB (${parts.join(', ')})`;
				})
			: [],
	);
}

function report(results: SizeResult[], queries: Queries): string {
	const largest = results
		.filter((r) => r.output)
		.map((r) => `${String(r.guides).padStart(5)} guides: ${r.output!.largestPages.map((p) => `${p.path} ${KB(p.bytes)} KB`).join(', ')}`);
	const problems = results
		.filter((r) => r.status !== 'ok')
		.map((r) => `${r.guides} guides: ${r.status}${r.buildSeconds === undefined ? '' : ` (build ran ${r.buildSeconds.toFixed(0)} s)`}`);
	return [
		`Searches: ${QUERY_KINDS.map((kind) => `${kind} = "${queries[kind]}"`).join(', ')}. Search KB = every file fetched under /pagefind/ for`,
		'one cold search with the first 5 results loaded, raw as served; gzip = the same bodies gzipped, as a compressing CDN would send.',
		'peak MB = peak memory of the largest build process.',
		'',
		measuredTable(results),
		'',
		'Ratios against the smallest size:',
		ratioTable(results),
		'',
		'One cold search, raw KB by Pagefind file kind:',
		...searchLines(results),
		'',
		'Largest pages:',
		...largest,
		...(problems.length ? ['', 'Not completed:', ...problems] : []),
	].join('\n');
}

function writeJson(results: SizeResult[], queries: Queries) {
	mkdirSync(join(root, 'test/.output'), { recursive: true });
	const json = {
		date: new Date().toISOString(),
		node: process.version,
		machine: { cpus: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30) },
		settings: { queries, resultsShown: RESULTS_SHOWN, bodyWords: BODY_WORDS, swapRate: SWAP_RATE, lexiconSize: LEXICON_SIZE },
		results,
	};
	writeFileSync(OUTPUT_FILE, `${JSON.stringify(json, null, '\t')}\n`);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function sizesFromArgs(args: string[]): number[] {
	if (args.length === 0) return DEFAULT_SIZES;
	const sizes = args.map(Number);
	if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Sizes must be positive whole numbers, got: ${args.join(' ')}`);
	return sizes;
}

/** Ctrl-C stops the build's process group and removes the scratch copies before exiting. */
function cleanUpOnInterrupt() {
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.on(signal, () => {
			if (runningBuild) killGroup(runningBuild);
			for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
			process.exit(130);
		});
}

async function main() {
	const sizes = sizesFromArgs(process.argv.slice(2));
	cleanUpOnInterrupt();
	const corpus = await loadCorpus();
	const queries = searchQueries(corpus);
	log(`${corpus.templates.length} real guides as templates; sizes ${sizes.join(', ')}; build time limit ${BUILD_TIMEOUT_S} s`);
	const browser = await launchChrome();
	const results: SizeResult[] = [];
	try {
		for (const size of sizes) {
			const result = await benchSize(size, corpus, browser, queries);
			results.push(result);
			writeJson(results, queries); // after every size, so an interrupted run keeps what it measured
			// A larger corpus would only take longer to fail the same way.
			if (result.status === 'timed out') break;
		}
	} finally {
		await browser.close();
	}
	console.log(report(results, queries));
	console.log(`\nJSON: ${OUTPUT_FILE}`);
	if (results.some((r) => r.status !== 'ok')) process.exitCode = 1;
}

await main();
