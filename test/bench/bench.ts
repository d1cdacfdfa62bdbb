/**
 * Scale benchmark: how the build, the pages and search grow when the site has 100, 1,000 and 5,000
 * guides.
 *
 *   npm run bench                 # 100, 1000 and 5000 guides
 *   npm run bench -- 100 1000     # chosen sizes
 *   BENCH_SKIP_RUNS=1 npm run bench   # without the run-file readers' timings (test/bench/runs.ts)
 *   BENCH_SKIP_BROWSER=1 BENCH_KEEP=1 npm run bench -- 1000
 *                                 # build, page sizes and search only; keep the scratch copy to
 *                                 # look into its dist/ (the path is printed)
 *
 * For each size N it makes a scratch copy of the project with N method guides (the real ones, which
 * the tools cite by slug, and N minus that many synthetic ones, prose only and so Markdown, as the
 * site's rule wants: src/lib/guide-files.ts), runs the site's build there (src/build/build.sh:
 * `astro build`, then the search index and the service worker in a process of their own) and
 * measures:
 *   - build: wall-clock seconds and seconds per 100 pages; the peak memory of the whole build,
 *     Pagefind's indexer included (see Memory below), in MB and MB per guide; and the peak of
 *     Pagefind's own process. A process of the build still alive when the build's command has exited is
 *     reported (and then stopped), so an index process that is never closed cannot go unseen;
 *   - pages: HTML pages, total dist/ size, the largest HTML page (path and raw KB) and the raw size
 *     of the four pages that used to list every guide: /, /methods/, /evidence/, /tools/today/;
 *   - Lighthouse (mobile defaults: simulated Slow 4G, 4x CPU slowdown; performance only, median of
 *     LH_RUNS) on those four pages, with Lighthouse's CPU benchmark index, so a score taken on a
 *     loaded machine can be told apart from a slow page;
 *   - the quiz: time from navigation start until its "Get my plan" button is enabled (the island has
 *     hydrated), in Chromium with CDP Emulation.setCPUThrottlingRate 4, median of QUIZ_RUNS cold
 *     loads, and as a ratio to the smallest size's time;
 *   - the Pagefind index in dist/pagefind/: bytes and file count;
 *   - the bytes a browser fetches for one cold search, for a common, a rarer and a one-guide term
 *     (see QueryKind), each run by the real search UI (/search/?q=<term>) in a fresh browser
 *     context with an empty cache until its first RESULTS_SHOWN results are shown: everything it
 *     requests under /pagefind/ (pagefind.js, its WebAssembly, the entry and meta files, the index
 *     chunks for the terms, any fragment the UI opens), under /search/ (synonym shards, the
 *     symptom lexicon, the result cards of the results shown) and the worker that runs Pagefind. Counted on the server from the files it sent. Reported raw (the static server does not compress, and Pagefind's index,
 *     meta and fragment files are gzipped already) and as gzip of the same bodies, which is what a
 *     compressing CDN would send: mostly pagefind.js and the WebAssembly shrink.
 * Ratios against the smallest size show the growth: compare each with the ratio of guides.
 * The results also go to test/.output/bench.json.
 *
 * Memory: the build's command (ours: src/build/build.sh; the peer's: `astro build`) runs in its own
 * process group; the benchmark reads /proc for every process in that group (Astro's node,
 * Pagefind's indexer, anything they start; see watchMemory for how often) and adds up their
 * resident memory. "peak MB" is the largest such sum: what the machine
 * needed at once. Each process's own peak is its kernel high-water mark (VmHWM), read at every
 * sample. GNU time was used before and missed Pagefind: it only counts processes that are reaped,
 * and Pagefind's is killed by its Node API's close() and left for init to reap.
 *
 * The guides are generated from the real ones, so they pass the real schema (bibliography ids
 * checked against src/content/references/, which the scratch copy keeps) and look like real guides
 * to Astro and Pagefind: frontmatter from a real guide with a varied title, summary, aliases, goals,
 * regions and category; its evidence re-graded (a grade, then an effect size and certainty that
 * agree with it, as gradeAgrees requires), sometimes with an outcome borrowed from another guide;
 * its verdict, doses and questions, some questions borrowed from other guides (every `refs` id is
 * a real one); a body of 1,000-1,300 words in the seven required sections, recombined from real
 * guides' paragraphs (so its `#ref-<id>` citations are real ids too), with a share of words swapped
 * for pseudo-words from a Zipf-like lexicon so that the vocabulary keeps growing with the corpus,
 * as in real text (otherwise 5,000 guides would share the 19 real guides' words and the index
 * would be unrealistically small). Everything comes from a PRNG seeded with the guide's number:
 * guide 42 is the same in every run and at every size, so runs are comparable.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { stringify as toYaml } from 'yaml';
import { CHROME_FLAGS, findChrome, launchChrome } from '../support/browser.ts';
import { gzipSize, htmlPages } from '../support/built-site.ts';
import type { Guide } from '../support/guides.ts';
import type { MethodData } from '../../src/lib/method-schema.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { installPeer, linkModules, makePeerProject, PEER_VERSION, peerSearch, type PeerInstall } from './peer.ts';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const DEFAULT_SIZES = [100, 1000, 5000];
/** A longer build is stopped and reported as timed out, so a run always ends with a table. */
const BUILD_TIMEOUT_S = Number(process.env.BENCH_BUILD_TIMEOUT_S ?? 30 * 60);
/** How often /proc is scanned for the build's processes, and how often the known ones are read. */
const MEMORY_SAMPLE_MS = 100;
const FAST_SAMPLE_MS = 20;
/** How long a process of the build may outlive the build's command before it is reported and stopped. */
const LEFTOVER_GRACE_MS = 5000;
/**
 * The searches timed: words on nearly every guide; a word of the foot guides (3 of the 19 real
 * ones, but about 1 in 4 synthetic guides borrow a foot paragraph); and the made-up brand name of
 * guide 0, which only that guide has.
 */
type QueryKind = 'common' | 'rare' | 'single';
type Queries = Record<QueryKind, string>;
const QUERY_KINDS: QueryKind[] = ['common', 'rare', 'single'];
/** Results the search UI shows (and fetches a fragment for) at first: PAGE_SIZE in search-ui.ts. */
const RESULTS_SHOWN = 5;
/** The pages that once listed every guide, whose size and Lighthouse score must not grow. */
const KEY_PAGES = ['/', '/methods/', '/evidence/', '/tools/today/'] as const;
type KeyPage = (typeof KEY_PAGES)[number];
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const QUIZ_RUNS = Number(process.env.BENCH_QUIZ_RUNS ?? 5);
const QUIZ_PAGE = '/tools/today/';
const QUIZ_BUTTON = 'Get my plan';
const CPU_SLOWDOWN = 4;
/** Skip the quiz timing and Lighthouse (minutes per size); keep the scratch copy for a look at dist/. */
const SKIP_BROWSER = process.env.BENCH_SKIP_BROWSER === '1';
const KEEP_SCRATCH = process.env.BENCH_KEEP === '1';
/**
 * Timings in the browser mean little on a machine busy with other work. Before each Lighthouse run
 * and each quiz load the benchmark waits (up to QUIET_WAIT_S in all per size) until the CPUs were at
 * least QUIET_IDLE idle over a QUIET_WINDOW_MS window; a Lighthouse run whose CPU benchmark index is
 * under LOADED_BELOW (the audit's threshold, test/audit/lighthouse.ts) is run again, up to
 * LH_MAX_RUNS runs in all, and a score that still rests on loaded runs is marked with `*`.
 */
const QUIET_IDLE = Number(process.env.BENCH_QUIET_IDLE ?? 0.6);
const QUIET_WINDOW_MS = 3000;
const QUIET_WAIT_S = Number(process.env.BENCH_QUIET_WAIT_S ?? 900);
const LOADED_BELOW = Number(process.env.AUDIT_LOADED_BELOW ?? 600);
const LH_MAX_RUNS = LH_RUNS * 3;
/** The issue's targets, checked for every size of 1,000 guides or more. */
const TARGETS = { pageKB: 300, lighthouse: 100, quizRatio: 1.2, commonSearchGzipKB: 160 };
const BODY_WORDS = { min: 1000, max: 1300 };
/** Share of eligible words (lowercase, 5+ letters) swapped for a pseudo-word. */
const SWAP_RATE = 0.06;
/** Large enough that the vocabulary is still growing at 5,000 guides. */
const LEXICON_SIZE = 100_000;
/** How a synthetic evidence entry is graded: kept as the real guide has it, or drawn with these weights. */
const KEEP_GRADE = 0.5;
const GRADE_WEIGHTS = { A: 1, B: 3, C: 4, D: 2 } as const;
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
/**
 * What the scratch copy needs to build; node_modules is linked, not copied. `src` brings
 * src/content/references (the bibliography every `refs` id must name) and the injury guides; `.ci`
 * holds with-node.sh, which the build script in package.json runs through.
 */
const PROJECT_FILES = ['src', 'public', '.ci', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

// ---------------------------------------------------------------------------------------------
// The project's own schema and guides
// ---------------------------------------------------------------------------------------------

type Grade = 'A' | 'B' | 'C' | 'D';
/** One graded outcome as the frontmatter holds it. */
interface EvidenceRaw {
	outcome: string;
	grade: Grade;
	size: string;
	certainty: string;
	effect: string;
	tradeoff?: string;
	refs: string[];
}
interface QuestionRaw {
	q: string;
	a: string;
	refs: string[];
}

interface Template {
	slug: string;
	title: string;
	summary: string;
	raw: Record<string, unknown>;
	evidence: EvidenceRaw[];
	questions: QuestionRaw[];
	/** Each required section's blocks (paragraphs, lists, `###` lines), in order. */
	sections: Map<string, string[]>;
}

interface Corpus {
	templates: Template[];
	aliases: string[];
	/** Every real guide's graded entries and questions, to borrow from. */
	evidence: EvidenceRaw[];
	questions: QuestionRaw[];
	/** For each grade, the (size, certainty) pairs that agree with it (gradeAgrees). */
	agreeing: Record<Grade, [string, string][]>;
	bibliography: ReadonlySet<string>;
	lexicon: string[];
	vocabulary: { sections: readonly string[]; categories: readonly string[]; goals: readonly string[]; regions: readonly string[] };
	/** The real schema with every citation checked against the bibliography. */
	validate: (data: unknown) => string | undefined;
	bodyCitations: (body: string) => string[];
	countWords: (text: string) => number;
}

async function loadCorpus(): Promise<Corpus> {
	// src/lib's extensionless imports resolve through src/build/resolve-ts.mjs (npm run bench imports it).
	const { loadGuides, loadBibliography, countProseWords, methodSchemaChecked } = await import('../support/guides.ts');
	const { bodyCitations } = await import('../../src/lib/guide-references.ts');
	const { gradeAgrees } = await import('../../src/lib/graded.ts');
	const vocab = await import('../../src/lib/vocabulary.ts');
	const templates = loadGuides().map(toTemplate);
	const agreeing = Object.fromEntries(
		vocab.GRADES.map((g) => [
			g,
			vocab.EFFECT_SIZES.flatMap((s) => vocab.CERTAINTIES.filter((c) => gradeAgrees(g, s, c)).map((c): [string, string] => [s, c])),
		]),
	) as Corpus['agreeing'];
	return {
		templates,
		aliases: [...new Set(templates.flatMap((t) => (t.raw.aliases as string[] | undefined) ?? []))],
		evidence: templates.flatMap((t) => t.evidence),
		questions: templates.flatMap((t) => t.questions),
		agreeing,
		bibliography: new Set(loadBibliography().map((b) => b.id)),
		lexicon: makeLexicon(),
		vocabulary: { sections: vocab.GUIDE_SECTIONS, categories: vocab.CATEGORIES, goals: vocab.GOALS, regions: vocab.REGIONS },
		validate: (data) => {
			const result = methodSchemaChecked.safeParse(data);
			return result.success ? undefined : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
		},
		bodyCitations,
		countWords: countProseWords,
	};
}

function toTemplate(guide: Guide<MethodData>): Template {
	if (!guide.data)
		throw new Error(`The real guide ${guide.file} fails the schema; fix it before benchmarking:\n${guide.problems.join('\n')}`);
	return {
		slug: guide.slug,
		title: guide.data.title,
		summary: guide.data.summary,
		raw: guide.raw,
		evidence: guide.raw.evidence as EvidenceRaw[],
		questions: guide.raw.questions as QuestionRaw[],
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
			// MDX imports and components belong to their guide (the sleep calculator, figures), not to the prose.
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
 * Its `#ref-<id>` citations come with the real paragraphs, so they name real bibliography entries.
 */
function makeBody(rng: Rng, primary: Template, corpus: Corpus): string {
	const donor = () => (rng() < 0.5 ? primary : pick(rng, corpus.templates));
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
		const extra =
			donor()
				.sections.get(section.name)
				?.filter((b) => !b.startsWith('#')) ?? [];
		if (extra.length > 0) section.blocks.push(pick(rng, extra));
	}

	return sections.map((s) => [`## ${s.name}`, ...s.blocks.map((b) => varyWords(b, rng, corpus.lexicon))].join('\n\n')).join('\n\n');
}

/** Cuts at a word boundary and marks the cut, to respect the schema's length limits. */
const fit = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** A key drawn with the given relative weights. */
function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
	const entries = Object.entries(weights) as [K, number][];
	let r = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
	for (const [key, w] of entries) if ((r -= w) < 0) return key;
	return entries.at(-1)![0];
}

/** The entry as it is, or with a new grade and a size and certainty that agree with it. */
function regrade(rng: Rng, entry: EvidenceRaw, corpus: Corpus): EvidenceRaw {
	if (rng() < KEEP_GRADE) return { ...entry };
	const grade = weighted(rng, GRADE_WEIGHTS);
	const [size, certainty] = pick(rng, corpus.agreeing[grade]);
	return { ...entry, grade, size, certainty };
}

/** The template's outcomes (its verdict's among them), re-graded, and up to two borrowed ones. */
function makeEvidence(rng: Rng, primary: Template, corpus: Corpus): EvidenceRaw[] {
	const entries = primary.evidence.map((e) => regrade(rng, e, corpus));
	for (let k = between(rng, 0, 2); k > 0; k--) {
		const borrowed = pick(rng, corpus.evidence);
		if (!entries.some((e) => e.outcome === borrowed.outcome)) entries.push(regrade(rng, borrowed, corpus));
	}
	return entries;
}

/** The template's questions and up to two borrowed ones, at most eight (the schema's limit). */
function makeQuestions(rng: Rng, primary: Template, corpus: Corpus): QuestionRaw[] {
	const questions = [...primary.questions];
	for (let k = between(rng, 0, 2); k > 0 && questions.length < 8; k--) {
		const borrowed = pick(rng, corpus.questions);
		if (!questions.some((q) => q.q === borrowed.q)) questions.push(borrowed);
	}
	return questions;
}

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
	const body = makeBody(rng, primary, corpus);
	const frontmatter: Record<string, unknown> = {
		...primary.raw,
		title: fit(branded.length <= 70 ? branded : `${primary.title} ${qualifier}`, 70),
		summary: fit(`${capitalise(qualifier)} with ${brand}: ${primary.summary.charAt(0).toLowerCase()}${primary.summary.slice(1)}`, 160),
		category: pick(rng, corpus.vocabulary.categories),
		goals: sample(rng, corpus.vocabulary.goals, between(rng, 1, 4)),
		regions: sample(rng, corpus.vocabulary.regions, between(rng, 1, 5)),
		evidence: makeEvidence(rng, primary, corpus),
		questions: makeQuestions(rng, primary, corpus),
		aliases: [brand, ...sample(rng, corpus.aliases, between(rng, 2, 6))],
		// Earlier guides only, so a guide's links do not depend on the corpus size.
		related: sample(
			rng,
			Array.from({ length: Math.min(i, 50) }, (_, k) => i - 1 - k),
			3,
		)
			.filter((j) => j >= 0)
			.map((j) => guideSeed(j, corpus).slug),
	};
	const problems = corpus.validate(frontmatter);
	if (problems) throw new Error(`Synthetic guide ${slug} breaks the schema:\n${problems}`);
	const unknown = corpus.bodyCitations(body).filter((id) => !corpus.bibliography.has(id));
	if (unknown.length) throw new Error(`Synthetic guide ${slug} cites ids that are not in the bibliography: ${unknown.join(', ')}`);
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

/** Writes synthetic guides 0 to count-1 (the scratch copy keeps the real guides beside them). */
function writeGuides(dir: string, count: number, corpus: Corpus): CorpusStats {
	const distinct = new Set<string>();
	let bodyWords = 0;
	for (let i = 0; i < count; i++) {
		const guide = makeGuide(i, corpus);
		// Prose only, so Markdown, as the site's own rule wants (src/lib/guide-files.ts).
		writeFileSync(join(dir, `${guide.slug}.md`), guide.source);
		bodyWords += guide.words.length;
		for (const w of guide.words) distinct.add(w);
	}
	return { guides: count, bodyWords, distinctWords: distinct.size };
}

// ---------------------------------------------------------------------------------------------
// Scratch project and build
// ---------------------------------------------------------------------------------------------

/**
 * A copy of the project, real guides, bibliography, injury guides and articles included (the
 * after-race, compression and sleep tools name real guides and fail the build without them), to
 * which the synthetic guides are added. node_modules is a real folder of links to each installed package, not one link
 * to the whole folder, so Astro's caches (node_modules/.astro holds the content data store,
 * node_modules/.vite) land in the scratch copy and never touch the real project's.
 */
function makeScratchProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'runner-recovery-bench-'));
	for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
	if (!existsSync(join(dir, 'src/content/references')))
		throw new Error('The scratch copy has no src/content/references: the guides could not cite anything.');
	linkModules(root, dir);
	return dir;
}

interface ProcessInfo {
	pid: number;
	ppid: number;
	cmdline: string;
	name: string;
	rssKB: number;
	/** The kernel's high-water mark of the process's resident memory. */
	hwmKB: number;
}

/**
 * "node astro", "pagefind_extended", "esbuild": the program, and the script a node runs; '' for a
 * process that is exiting (its command line is already gone).
 */
function processName(cmdline: string): string {
	const argv = cmdline.split('\0').map((a) => basename(a));
	if (!argv[0]) return '';
	return argv[0] === 'node' && argv[1] ? `node ${argv.slice(1).find((a) => !a.startsWith('-')) ?? argv[1]}` : argv[0];
}

/** A process's memory from /proc, if it is alive and in the process group. */
function readProcess(pid: string, pgid: number): ProcessInfo | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// After "pid (comm) ": state, ppid, pgrp, ...; comm may hold spaces and parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) !== pgid) return undefined;
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
		const kB = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
		return { pid: Number(pid), ppid: Number(fields[1]), cmdline, name: processName(cmdline), rssKB: kB('VmRSS'), hwmKB: kB('VmHWM') };
	} catch {
		return undefined; // it ended meanwhile
	}
}

/**
 * Every live process in a process group, from /proc (Linux). A child caught between fork() and
 * exec() (node starting Pagefind) still has its parent's command line and, for an instant, a copy
 * of its parent's page tables: counting it would add the parent's memory twice, so it is left out
 * until it has become the program it starts.
 */
function groupProcesses(pgid: number): ProcessInfo[] {
	const all = readdirSync('/proc').flatMap((entry) => (/^\d+$/.test(entry) ? (readProcess(entry, pgid) ?? []) : []));
	const byPid = new Map(all.map((p) => [p.pid, p]));
	return all.filter((p) => !(p.cmdline && byPid.get(p.ppid)?.cmdline === p.cmdline));
}

const isPagefind = (name: string) => name.startsWith('pagefind');

interface MemoryStats {
	/** The largest sum of resident memory over the build's processes at one sample. */
	peakMB: number;
	/** Each process's peak (VmHWM), by pid, with its name. */
	processes: { pid: number; name: string; peakMB: number }[];
	/** Pagefind's indexer: its peak, or undefined when no Pagefind process was seen. */
	pagefindPeakMB?: number;
	samples: number;
	/** Processes of the build still alive after the build's command exited (then stopped by the benchmark). */
	leftover: string[];
}

/**
 * Samples the group's memory until stopped; returns what it saw. All of /proc is scanned every
 * MEMORY_SAMPLE_MS for new processes; the known ones are read every FAST_SAMPLE_MS, so a short-lived
 * process (Pagefind's indexer at 100 guides lives about a second) is read close to its end.
 */
function watchMemory(pgid: number) {
	/** By pid and program: exec() gives a pid a new program and a new high-water mark. */
	const peaks = new Map<string, { pid: number; name: string; hwmKB: number }>();
	const lastName = new Map<number, string>();
	let members: number[] = [];
	let peakKB = 0;
	let samples = 0;
	const sampleNow = (full = true) => {
		const procs = full ? groupProcesses(pgid) : members.flatMap((pid) => readProcess(String(pid), pgid) ?? []);
		members = procs.map((p) => p.pid);
		samples++;
		peakKB = Math.max(
			peakKB,
			procs.reduce((total, p) => total + p.rssKB, 0),
		);
		for (const p of procs) {
			// An exiting process has lost its command line: it is still the program it last was.
			const name = p.name || lastName.get(p.pid) || '?';
			lastName.set(p.pid, name);
			const known = peaks.get(`${p.pid} ${name}`);
			peaks.set(`${p.pid} ${name}`, { pid: p.pid, name, hwmKB: Math.max(known?.hwmKB ?? 0, p.hwmKB) });
		}
		return procs;
	};
	let tick = 0;
	const timer = setInterval(() => sampleNow(++tick % Math.round(MEMORY_SAMPLE_MS / FAST_SAMPLE_MS) === 0), FAST_SAMPLE_MS);
	return {
		sampleNow,
		stop(leftover: string[]): MemoryStats {
			clearInterval(timer);
			const processes = [...peaks.values()]
				.filter((p) => p.hwmKB > 0) // seen only as it exited
				.map((p) => ({ pid: p.pid, name: p.name, peakMB: p.hwmKB / 1024 }))
				.sort((a, b) => b.peakMB - a.peakMB);
			const pagefind = processes.filter((p) => isPagefind(p.name));
			return {
				peakMB: peakKB / 1024,
				processes,
				pagefindPeakMB: pagefind.length ? Math.max(...pagefind.map((p) => p.peakMB)) : undefined,
				samples,
				leftover,
			};
		},
	};
}

interface BuildResult {
	ok: boolean;
	timedOut: boolean;
	seconds: number;
	/**
	 * CPU seconds (user + system) of the build's command and every process it waited for, worker threads
	 * included, from its shell's /proc/<pid>/stat (cutime + cstime). A process its parent never
	 * reaps (Pagefind's indexer, stopped by its Node API's close()) is not in it, on either side.
	 */
	cpuSeconds?: number;
	memory: MemoryStats;
	log: string;
}

let runningBuild: ChildProcess | undefined;

/**
 * The project's own build command (`scripts.build` in its package.json, run as npm would but
 * without npm's process, whose memory would count) in its own process group, so the memory of
 * every process it starts can be summed and a timeout or Ctrl-C stops Pagefind's processes too. The
 * build counts as finished when the command has exited and closed its output; a process of the
 * group still alive then (an index process that was never closed) is named in the result and
 * stopped.
 */
async function build(dir: string): Promise<BuildResult> {
	const started = performance.now();
	const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: { build?: string } };
	if (!scripts?.build) throw new Error(`${dir}/package.json has no build script.`);
	// The shell runs the build in a subshell, waits for it, then prints its own stat line: fields 16
	// and 17 are the CPU ticks of the children it reaped (the build's commands, and through them
	// everything they reaped).
	const child = spawn('sh', ['-c', `(${scripts.build}); status=$?; echo "CPU-STAT $(cat /proc/$$/stat)"; exit $status`], {
		cwd: dir,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	runningBuild = child;
	const memory = watchMemory(child.pid!);
	let log = '';
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-20_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		killGroup(child.pid);
	}, BUILD_TIMEOUT_S * 1000);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearTimeout(timer);
	const seconds = (performance.now() - started) / 1000;
	// Anything of the group still running now outlived the build.
	const leftover: string[] = [];
	for (const waited = performance.now(); performance.now() - waited < LEFTOVER_GRACE_MS;) {
		const alive = memory.sampleNow().filter((p) => p.rssKB > 0);
		if (alive.length === 0) break;
		for (const p of alive) if (!leftover.includes(`${p.name || '?'} (pid ${p.pid})`)) leftover.push(`${p.name || '?'} (pid ${p.pid})`);
		await new Promise((resolve) => setTimeout(resolve, MEMORY_SAMPLE_MS));
	}
	killGroup(child.pid);
	runningBuild = undefined;
	return { ok: code === 0 && !timedOut, timedOut, seconds, cpuSeconds: cpuFromStat(log), memory: memory.stop(leftover), log };
}

/** The CPU seconds of the children the build's shell reaped, from the line it printed last. */
function cpuFromStat(log: string): number | undefined {
	const line = /CPU-STAT (.*)$/m.exec(log)?.[1];
	if (!line) return undefined;
	// Fields after the command name (which may hold spaces) start at field 3.
	const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
	return ticks / CLOCK_TICKS;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times (100 on every common build). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function killGroup(pid: number | undefined) {
	if (pid === undefined) return;
	try {
		process.kill(-pid, 'SIGKILL');
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
	/** Link-preview images written (dist/og/*.png): every guide keeps its own at every size. */
	previewImages: number;
	largestPages: { path: string; bytes: number }[];
	/** Every HTML page over TARGETS.pageKB raw, largest first. */
	overBudget: { path: string; bytes: number }[];
	/** Raw bytes of each key page's HTML. */
	keyPages: Record<KeyPage, number>;
}

function measureDist(dist: string): OutputStats {
	const all = filesUnder(dist);
	const pagefind = filesUnder(join(dist, 'pagefind'));
	const pages = htmlPages(dist).map((p) => ({ path: p.path, bytes: statSync(p.file).size }));
	const bytesOf = (path: string) => pages.find((p) => p.path === path)?.bytes ?? NaN;
	return {
		htmlPages: pages.length,
		distBytes: sum(all),
		distFiles: all.length,
		pagefindBytes: sum(pagefind),
		pagefindFiles: pagefind.length,
		previewImages: filesUnder(join(dist, 'og')).filter((f) => f.path.endsWith('.png')).length,
		largestPages: pages.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
		overBudget: pages.filter((p) => p.bytes > TARGETS.pageKB * 1e3),
		keyPages: Object.fromEntries(KEY_PAGES.map((p) => [p, bytesOf(p)])) as Record<KeyPage, number>,
	};
}

/** What kind of Pagefind file a request was for, to see which part of a search grows. */
function pagefindPart(path: string): string {
	if (path.startsWith('/pagefind/index/')) return 'index';
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/filter/')) return 'filters';
	if (path.startsWith('/search/cards/')) return 'cards';
	if (path.startsWith('/search/symptoms')) return 'symptoms';
	if (path.startsWith('/search/')) return 'synonyms';
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
	/** Results shown (the search UI shows the first RESULTS_SHOWN). */
	shown?: number;
	/** Raw bytes by kind of file (js, wasm, entry, meta, index, filters, fragments, cards, synonyms, symptoms). */
	rawByPart: Record<string, number>;
}

/** What the search page's status says once a search has finished: "12 results for …" or "No results …". */
const SEARCH_DONE = /^(\d+) results?\b|^No results\b/;

/** The static server for one size's dist/, with a log of the paths requested while `recording`. */
interface Site {
	server: RunningServer;
	dist: string;
	recorded: string[] | undefined;
}

async function serveSite(dist: string): Promise<Site> {
	const site: Site = { server: await serveStatic(dist), dist, recorded: undefined };
	site.server.server.on('request', (req) => site.recorded?.push(new URL(req.url ?? '/', 'http://localhost').pathname));
	return site;
}

/**
 * The data a search fetches: Pagefind's files, the search's own (synonym shards under /search/) and
 * the worker Pagefind runs in (src/components/search/pagefind-worker.ts; it stands in for Pagefind's
 * own worker script, which was counted here before).
 */
const isSearchData = (path: string) =>
	path.startsWith('/pagefind/') ||
	(path.startsWith('/search/') && path !== '/search/') ||
	/^\/_astro\/pagefind-worker-[\w-]+\.js$/.test(path);

/**
 * One cold search per query, as a reader runs it: the real search UI (src/components/search/) on
 * /search/?q=<term>, in a fresh browser context (empty cache), until its status reports the results
 * and the first RESULTS_SHOWN are shown, then until no request has come for a moment (prefetches).
 * Counts the search's data: every file sent under /pagefind/ and /search/ (not the page itself
 * or its scripts). Driving the real UI counts whatever it does (several Pagefind searches for
 * synonyms and spelling, fragments per result shown) without restating it here.
 */
async function measureSearch(browser: Browser, site: Site, queries: Queries): Promise<Record<QueryKind, SearchStats>> {
	const out = {} as Record<QueryKind, SearchStats>;
	for (const kind of QUERY_KINDS) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			site.recorded = [];
			await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(queries[kind])}`, { waitUntil: 'load' });
			const read = () =>
				page.evaluate(() => ({
					status: document.querySelector('[data-search-status]')?.textContent?.trim() ?? '',
					shown: document.querySelector('[data-search-results]')?.children.length ?? 0,
				}));
			let state = await read();
			for (const started = Date.now(); ; state = await read()) {
				const total = Number(SEARCH_DONE.exec(state.status)?.[1] ?? (/^No results/.test(state.status) ? 0 : NaN));
				if (!Number.isNaN(total) && state.shown >= Math.min(total, RESULTS_SHOWN)) break;
				if (Date.now() - started > 60_000)
					throw new Error(`The search for "${queries[kind]}" did not finish within 60 s (status: "${state.status}")`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			// Then until the requests stop (prefetches the UI starts alongside the results).
			for (let seen = -1; seen !== site.recorded.length;) {
				seen = site.recorded.length;
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
			const results = Number(SEARCH_DONE.exec(state.status)?.[1] ?? 0);
			out[kind] = searchBytes(queries[kind], results, site.recorded.filter(isSearchData), site.dist);
			out[kind].shown = state.shown;
		} finally {
			site.recorded = undefined;
			await context.close();
		}
	}
	return out;
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

/** The share of CPU time spent idle across all CPUs over the next `ms` (from /proc/stat). */
async function idleShare(ms: number): Promise<number> {
	const read = () => {
		const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
		const n = fields.map(Number);
		return { idle: (n[3] ?? 0) + (n[4] ?? 0), total: n.reduce((a, b) => a + b, 0) };
	};
	const before = read();
	await new Promise((resolve) => setTimeout(resolve, ms));
	const after = read();
	return after.total > before.total ? (after.idle - before.idle) / (after.total - before.total) : 1;
}

/** Waits for a quiet machine, within what is left of this size's QUIET_WAIT_S; returns the idle share seen last. */
class QuietGate {
	private spentMs = 0;
	waitedMs = 0;
	lastIdle = 1;
	async wait(): Promise<number> {
		for (;;) {
			const started = performance.now();
			this.lastIdle = await idleShare(QUIET_WINDOW_MS);
			const spent = performance.now() - started;
			this.spentMs += spent;
			if (this.lastIdle >= QUIET_IDLE || this.spentMs > QUIET_WAIT_S * 1000) return this.lastIdle;
			this.waitedMs += spent;
		}
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface LighthouseStats {
	/** Median performance score, 0-100. */
	performance: number;
	runs: number[];
	/** Median of Lighthouse's CPU benchmark index over the runs (higher is a quieter, faster machine). */
	benchmarkIndex: number;
	/** The median run's metrics, ms (CLS unitless) and transfer bytes, to say what costs the points. */
	metrics: Record<string, number>;
	/** True when fewer than LH_RUNS runs had a benchmark index of LOADED_BELOW or more. */
	loaded: boolean;
}

const LH_METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Lighthouse (mobile defaults) on each key page, LH_RUNS times; the median run counts. */
async function measureLighthouse(site: Site, gate: QuietGate): Promise<Record<KeyPage, LighthouseStats>> {
	const { launch } = await import('chrome-launcher');
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launch({ chromePath: findChrome(), chromeFlags: CHROME_FLAGS });
	try {
		const out = {} as Record<KeyPage, LighthouseStats>;
		for (const path of KEY_PAGES) {
			const runs: { score: number; benchmark: number; metrics: Record<string, number> }[] = [];
			const quiet = () => runs.filter((r) => r.benchmark >= LOADED_BELOW);
			for (let failed = 0; quiet().length < LH_RUNS && runs.length < LH_MAX_RUNS;) {
				await gate.wait();
				const result = await lighthouse(new URL(path, site.server.url).href, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance'],
				});
				if (!result || result.lhr.runtimeError) {
					if (++failed > 3)
						throw new Error(`Lighthouse failed ${failed} times on ${path}: ${result?.lhr.runtimeError?.code ?? 'no result'}`);
					continue;
				}
				const audits = result.lhr.audits;
				runs.push({
					score: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
					benchmark: result.lhr.environment.benchmarkIndex,
					metrics: {
						...Object.fromEntries(LH_METRICS.map((id) => [id, audits[id]?.numericValue ?? NaN])),
						'total-byte-weight': audits['total-byte-weight']?.numericValue ?? NaN,
						'dom-size': audits['dom-size-insight']?.numericValue ?? audits['dom-size']?.numericValue ?? NaN,
					},
				});
			}
			// The quiet runs count; if there are too few, the best-measured (highest index) runs.
			const counted = quiet().length >= LH_RUNS ? quiet() : [...runs].sort((a, b) => b.benchmark - a.benchmark).slice(0, LH_RUNS);
			const sorted = [...counted].sort((a, b) => a.score - b.score);
			const mid = sorted[Math.floor(sorted.length / 2)]!;
			out[path] = {
				performance: mid.score,
				runs: runs.map((r) => r.score),
				benchmarkIndex: median(counted.map((r) => r.benchmark)),
				metrics: mid.metrics,
				loaded: quiet().length < LH_RUNS,
			};
			log(`  Lighthouse ${path}: ${mid.score} (runs ${runs.map((r) => `${r.score}@${Math.round(r.benchmark)}`).join(' ')})`);
		}
		return out;
	} finally {
		chrome.kill();
	}
}

interface QuizStats {
	/** Median ms from navigation start until "Get my plan" is enabled. */
	enabledMs: number;
	runs: number[];
}

/**
 * Records, in the page, when the quiz's "Get my plan" button is first enabled: performance.now()
 * counts from navigation start. The server renders it disabled; the island enables it on hydration.
 */
const QUIZ_OBSERVER = `(() => {
	const check = () => {
		if (window.__quizEnabledAt !== undefined) return;
		const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(QUIZ_BUTTON)});
		if (button && !button.disabled) {
			window.__quizEnabledAt = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

/** QUIZ_RUNS cold loads of the quiz (fresh context each) with the CPU slowed CPU_SLOWDOWN times. */
async function measureQuiz(browser: Browser, site: Site, gate: QuietGate): Promise<QuizStats> {
	const runs: number[] = [];
	for (let i = 0; i < QUIZ_RUNS; i++) {
		await gate.wait();
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
			await page.addInitScript(QUIZ_OBSERVER);
			await page.goto(`${site.server.url}${QUIZ_PAGE}`, { waitUntil: 'load' });
			// Polled with evaluate (the page's CSP forbids the eval behind a string waitForFunction).
			const read = () => page.evaluate(() => (window as unknown as { __quizEnabledAt?: number }).__quizEnabledAt);
			let at = await read();
			for (const started = Date.now(); at === undefined; at = await read()) {
				if (Date.now() - started > 60_000) throw new Error(`"${QUIZ_BUTTON}" was not enabled within 60 s of loading ${QUIZ_PAGE}`);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			runs.push(at);
		} finally {
			await context.close();
		}
	}
	log(`  quiz: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
	return { enabledMs: median(runs), runs };
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
	memory?: MemoryStats;
	output?: OutputStats;
	lighthouse?: Record<KeyPage, LighthouseStats>;
	quiz?: QuizStats;
	/** Seconds spent waiting for a quiet machine before the browser measurements, and the last idle share seen. */
	quietWait?: { waitedSeconds: number; lastIdle: number };
	search?: Record<QueryKind, SearchStats>;
	cpuSeconds?: number;
	/** The same guides in a default Starlight site, built and searched in the same run (./peer.ts). */
	peer?: PeerResult;
}

interface PeerResult {
	status: 'ok' | 'build failed' | 'timed out' | 'error';
	error?: string;
	pages?: number;
	buildSeconds?: number;
	cpuSeconds?: number;
	memory?: MemoryStats;
	/** One cold search for the common query through Starlight's search UI. */
	search?: SearchStats;
}

let peerInstall: PeerInstall | undefined;

/** Builds and searches the peer for the guides of our scratch copy; alternates with our build. */
async function benchPeer(guides: number, guidesDir: string, browser: Browser, query: string): Promise<PeerResult> {
	const dir = makePeerProject(peerInstall!, guidesDir);
	scratchDirs.add(dir);
	const result: PeerResult = { status: 'error' };
	try {
		log(`${guides} guides: building the Starlight peer…`);
		const built = await build(dir);
		Object.assign(result, { buildSeconds: built.seconds, cpuSeconds: built.cpuSeconds, memory: built.memory });
		if (!built.ok) {
			result.status = built.timedOut ? 'timed out' : 'build failed';
			result.error = built.log.split('\n').slice(-40).join('\n');
			log(`${guides} guides: peer build ${result.status}\n${result.error}`);
			return result;
		}
		const dist = join(dir, 'dist');
		result.pages = htmlPages(dist).length;
		const site = await serveSite(dist);
		try {
			site.recorded = [];
			const shown = await peerSearch(browser, site.server.url, query, () => site.recorded ?? []);
			result.search = searchBytes(
				query,
				shown.results,
				site.recorded.filter((path) => path.startsWith('/pagefind/')),
				dist,
			);
			result.search.shown = shown.shown;
		} finally {
			site.recorded = undefined;
			await site.server.close();
		}
		result.status = 'ok';
		log(`${guides} guides: peer built ${result.pages} pages in ${built.seconds.toFixed(1)} s, peak ${built.memory.peakMB.toFixed(0)} MB`);
		return result;
	} catch (error) {
		result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
		log(`${guides} guides: peer ${result.error}`);
		return result;
	} finally {
		if (!KEEP_SCRATCH) rmSync(dir, { recursive: true, force: true });
		scratchDirs.delete(dir);
	}
}

const scratchDirs = new Set<string>();

async function benchSize(guides: number, corpus: Corpus, browser: Browser, queries: Queries): Promise<SizeResult> {
	const dir = makeScratchProject();
	scratchDirs.add(dir);
	const result: SizeResult = { guides, status: 'error' };
	try {
		const started = performance.now();
		result.corpus = writeGuides(join(dir, 'src/content/methods'), guides - corpus.templates.length, corpus);
		result.generateSeconds = (performance.now() - started) / 1000;
		log(
			`${guides} guides: ${result.corpus.guides} synthetic, ${result.corpus.bodyWords.toLocaleString('en')} body words, written in ${result.generateSeconds.toFixed(1)} s; building…`,
		);

		const built = await build(dir);
		result.buildSeconds = built.seconds;
		result.cpuSeconds = built.cpuSeconds;
		result.memory = built.memory;
		if (built.memory.leftover.length) log(`${guides} guides: still running after the build, stopped: ${built.memory.leftover.join(', ')}`);
		if (!built.ok) {
			result.status = built.timedOut ? 'timed out' : 'build failed';
			result.error = built.log.split('\n').slice(-60).join('\n');
			log(`${guides} guides: build ${result.status} after ${built.seconds.toFixed(0)} s\n${result.error}`);
			return result;
		}
		const dist = join(dir, 'dist');
		result.output = measureDist(dist);
		log(
			`${guides} guides: built ${result.output.htmlPages} pages and ${result.output.previewImages} preview images in ${built.seconds.toFixed(1)} s, peak ${built.memory.peakMB.toFixed(0)} MB; searching…`,
		);
		const site = await serveSite(dist);
		const gate = new QuietGate();
		try {
			result.search = await measureSearch(browser, site, queries);
			if (!SKIP_BROWSER) {
				log(`${guides} guides: timing the quiz…`);
				result.quiz = await measureQuiz(browser, site, gate);
				log(`${guides} guides: Lighthouse…`);
				result.lighthouse = await measureLighthouse(site, gate);
			}
		} finally {
			result.quietWait = { waitedSeconds: gate.waitedMs / 1000, lastIdle: gate.lastIdle };
			await site.server.close();
		}
		if (peerInstall) result.peer = await benchPeer(guides, join(dir, 'src/content/methods'), browser, queries.common);
		result.status = 'ok';
		return result;
	} catch (error) {
		result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
		log(`${guides} guides: ${result.error}`);
		return result;
	} finally {
		if (KEEP_SCRATCH) log(`${guides} guides: scratch copy kept at ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
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

type Column = { label: string; digits: number; value: (r: SizeResult) => number | undefined; mark?: (r: SizeResult) => string };

/** The smallest size that completed: ratios divide by its values. */
const baseResult = (results: SizeResult[]) => results.filter((r) => r.status === 'ok').sort((a, b) => a.guides - b.guides)[0];
/** The quiz's time at the smallest completed size, which the ratio column divides by. */
let quizBaseMs: number | undefined;

/** The tables' columns, in groups; a value is undefined where a size did not get that far. */
const COLUMN_GROUPS: { title: string; columns: Column[] }[] = [
	{
		title: 'Build',
		columns: [
			{ label: 'pages', digits: 0, value: (r) => r.output?.htmlPages },
			// Shown for a failed or stopped build too: how long it ran is part of what was measured.
			{ label: 'build s', digits: 1, value: (r) => r.buildSeconds },
			{
				label: 's/100 pages',
				digits: 2,
				value: (r) => (r.output && r.buildSeconds ? (r.buildSeconds / r.output.htmlPages) * 100 : undefined),
			},
			{ label: 'peak MB', digits: 0, value: (r) => r.memory?.peakMB },
			{ label: 'MB/guide', digits: 2, value: (r) => (r.memory ? r.memory.peakMB / r.guides : undefined) },
			{ label: 'pagefind proc MB', digits: 0, value: (r) => r.memory?.pagefindPeakMB },
			{ label: 'dist MB', digits: 1, value: (r) => (r.output ? r.output.distBytes / 1e6 : undefined) },
			{ label: 'index MB', digits: 2, value: (r) => (r.output ? r.output.pagefindBytes / 1e6 : undefined) },
			{ label: 'index files', digits: 0, value: (r) => r.output?.pagefindFiles },
			{ label: 'preview images', digits: 0, value: (r) => r.output?.previewImages },
		],
	},
	{
		title: 'Pages (raw KB), Lighthouse mobile performance, quiz controls enabled at 4x CPU slowdown',
		columns: [
			{ label: 'largest KB', digits: 0, value: (r) => (r.output ? (r.output.largestPages[0]?.bytes ?? 0) / 1e3 : undefined) },
			...KEY_PAGES.map((p): Column => ({ label: `${p} KB`, digits: 0, value: (r) => (r.output ? r.output.keyPages[p] / 1e3 : undefined) })),
			...KEY_PAGES.map((p): Column => ({
				label: `LH ${p}`,
				digits: 0,
				value: (r) => r.lighthouse?.[p].performance,
				mark: (r) => (r.lighthouse?.[p].loaded ? '*' : ''),
			})),
			{
				label: 'LH CPU index',
				digits: 0,
				value: (r) => (r.lighthouse ? median(KEY_PAGES.map((p) => r.lighthouse![p].benchmarkIndex)) : undefined),
			},
			{ label: 'quiz ms', digits: 0, value: (r) => r.quiz?.enabledMs },
			{ label: 'quiz ratio', digits: 2, value: (r) => (r.quiz && quizBaseMs ? r.quiz.enabledMs / quizBaseMs : undefined) },
		],
	},
	{
		title: 'One cold search (KB, raw as served / gzip)',
		columns: QUERY_KINDS.flatMap((kind): Column[] => [
			{ label: `${kind} KB`, digits: 0, value: (r) => (r.search ? r.search[kind].rawBytes / 1e3 : undefined) },
			{ label: 'gzip', digits: 0, value: (r) => (r.search ? r.search[kind].gzipBytes / 1e3 : undefined) },
		]),
	},
];

/** Ours divided by the peer's, from the same run: under 1 is lighter or faster than Starlight. */
const peerRatio = (ours: number | undefined, theirs: number | undefined) => (ours === undefined || !theirs ? undefined : ours / theirs);
const PEER_COLUMNS: Column[] = [
	{ label: 'our build s', digits: 1, value: (r) => r.buildSeconds },
	{ label: 'peer build s', digits: 1, value: (r) => r.peer?.buildSeconds },
	{ label: 'wall ratio', digits: 2, value: (r) => peerRatio(r.buildSeconds, r.peer?.buildSeconds) },
	{ label: 'our CPU s', digits: 1, value: (r) => r.cpuSeconds },
	{ label: 'peer CPU s', digits: 1, value: (r) => r.peer?.cpuSeconds },
	{ label: 'CPU ratio', digits: 2, value: (r) => peerRatio(r.cpuSeconds, r.peer?.cpuSeconds) },
	{ label: 'our peak MB', digits: 0, value: (r) => r.memory?.peakMB },
	{ label: 'peer peak MB', digits: 0, value: (r) => r.peer?.memory?.peakMB },
	{ label: 'memory ratio', digits: 2, value: (r) => peerRatio(r.memory?.peakMB, r.peer?.memory?.peakMB) },
	{ label: 'our search KB gz', digits: 0, value: (r) => (r.search ? r.search.common.gzipBytes / 1e3 : undefined) },
	{ label: 'peer search KB gz', digits: 0, value: (r) => (r.peer?.search ? r.peer.search.gzipBytes / 1e3 : undefined) },
	{ label: 'search ratio', digits: 2, value: (r) => peerRatio(r.search?.common.gzipBytes, r.peer?.search?.gzipBytes) },
];

function peerLines(results: SizeResult[]): string[] {
	if (!peerInstall) return ['(no peer: BENCH_SKIP_PEER=1)'];
	return [
		`Peer: a default Starlight site (@astrojs/starlight ${peerInstall.starlight}, astro ${peerInstall.astro}) built from the same guide bodies in the same run, after ours;`,
		'both builds cold (no cache of any kind); CPU = user + system seconds of the build and the processes it waited for; peak MB as above (all processes, worker threads included);',
		`search = one cold search for "${results[0]?.search?.common.query ?? ''}" through each site's own search UI until its first ${RESULTS_SHOWN} results are shown, gzip of the bodies.`,
		measuredTable(results, PEER_COLUMNS),
		...results
			.filter((r) => r.peer?.search)
			.map((r) => {
				const s = r.peer!.search!;
				const parts = Object.entries(s.rawByPart).map(([part, bytes]) => `${part} ${KB(bytes)}`);
				return `${String(r.guides).padStart(5)} guides, peer: ${s.results} results, ${s.requests} files, ${KB(s.rawBytes)} KB raw (${parts.join(', ')})`;
			}),
		...results.filter((r) => r.peer && r.peer.status !== 'ok').map((r) => `${r.guides} guides: peer ${r.peer!.status}`),
	];
}

function measuredTable(results: SizeResult[], columns: Column[]): string {
	const cell = (value: number | undefined, digits: number) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));
	return table([
		['guides', ...columns.map((c) => c.label)],
		...results.map((r) => [`${r.guides}`, ...columns.map((c) => cell(c.value(r), c.digits) + (c.mark?.(r) ?? ''))]),
	]);
}

/** Size-dependent values divided by the same value at the smallest completed size. */
function ratioTable(results: SizeResult[]): string {
	const base = baseResult(results);
	if (!base) return '(no size completed)';
	const columns = COLUMN_GROUPS.flatMap((g) => g.columns).filter((c) => !c.label.startsWith('LH') && c.label !== 'quiz ratio');
	const ratio = (value: number | undefined, of: number | undefined) => (value === undefined || !of ? '-' : `${(value / of).toFixed(2)}x`);
	return table([
		['guides', ...columns.map((c) => c.label)],
		...results.map((r) => [`${r.guides} (${ratio(r.guides, base.guides)})`, ...columns.map((c) => ratio(c.value(r), c.value(base)))]),
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

function targetLines(results: SizeResult[]): string[] {
	const lines: string[] = [];
	const big = results.filter((r) => r.status === 'ok' && r.guides >= 1000);
	for (const r of big) {
		const over = r.output!.overBudget.slice(0, 6).map((p) => `${p.path} ${KB(p.bytes)} KB`);
		if (r.output!.overBudget.length > over.length) over.push(`and ${r.output!.overBudget.length - over.length} more`);
		const slow = KEY_PAGES.filter((p) => r.lighthouse && r.lighthouse[p].performance < TARGETS.lighthouse).map((p) => {
			const m = r.lighthouse![p].metrics;
			return `${p} ${r.lighthouse![p].performance} (runs ${r.lighthouse![p].runs.join('/')}; FCP ${m['first-contentful-paint']?.toFixed(0)} ms, LCP ${m['largest-contentful-paint']?.toFixed(0)} ms, TBT ${m['total-blocking-time']?.toFixed(0)} ms, SI ${m['speed-index']?.toFixed(0)} ms, CLS ${m['cumulative-layout-shift']?.toFixed(3)}, ${KB(m['total-byte-weight'] ?? NaN)} KB transferred, ${m['dom-size']} elements)`;
		});
		const quizRatio = r.quiz && quizBaseMs ? r.quiz.enabledMs / quizBaseMs : NaN;
		const common = (r.search?.common.gzipBytes ?? NaN) / 1e3;
		lines.push(
			`${r.guides} guides: HTML pages over ${TARGETS.pageKB} KB: ${over.length ? over.join(', ') : 'none'}; Lighthouse under ${TARGETS.lighthouse}: ${r.lighthouse ? (slow.length ? slow.join('; ') : 'none') : 'not measured'}; ` +
				`quiz ${quizRatio.toFixed(2)}x (target ${TARGETS.quizRatio}x); common search ${common.toFixed(0)} KB gzip (target ${TARGETS.commonSearchGzipKB}).`,
		);
	}
	for (let i = 1; i < big.length; i++) {
		const [a, b] = [big[i - 1]!, big[i]!];
		const [pa, pb] = [a.memory!.peakMB / a.guides, b.memory!.peakMB / b.guides];
		lines.push(
			`Peak memory per guide ${a.guides} -> ${b.guides}: ${pa.toFixed(2)} -> ${pb.toFixed(2)} MB (${pb <= pa ? 'flat or falling' : 'rising'}).`,
		);
	}
	return lines;
}

function report(results: SizeResult[], queries: Queries): string {
	const largest = results
		.filter((r) => r.output)
		.map((r) => `${String(r.guides).padStart(5)} guides: ${r.output!.largestPages.map((p) => `${p.path} ${KB(p.bytes)} KB`).join(', ')}`);
	const memory = results
		.filter((r) => r.memory)
		.map(
			(r) =>
				`${String(r.guides).padStart(5)} guides: ${r
					.memory!.processes.slice(0, 4)
					.map((p) => `${p.name} ${p.peakMB.toFixed(0)} MB`)
					.join(', ')}` +
				`${r.memory!.leftover.length ? `; still running after the build (stopped): ${r.memory!.leftover.join(', ')}` : '; none left running'}`,
		);
	const problems = results
		.filter((r) => r.status !== 'ok')
		.map((r) => `${r.guides} guides: ${r.status}${r.buildSeconds === undefined ? '' : ` (build ran ${r.buildSeconds.toFixed(0)} s)`}`);
	const base = baseResult(results);
	return [
		`Searches: ${QUERY_KINDS.map((kind) => `${kind} = "${queries[kind]}"`).join(', ')}. Search KB = every file the search UI fetched under /pagefind/ and /search/`,
		`for one cold search until its first ${RESULTS_SHOWN} results were shown, raw as served; gzip = the same bodies gzipped, as a compressing CDN would send.`,
		"peak MB = the largest sum of resident memory of all the build's processes at once (Astro and Pagefind's indexer); pagefind proc MB = the indexer's own peak.",
		`LH = Lighthouse mobile performance, median of ${LH_RUNS} runs with a CPU benchmark index of ${LOADED_BELOW} or more (* = too few such runs: the machine was loaded); LH CPU index = their median index.`,
		`quiz ms = navigation start to "${QUIZ_BUTTON}" enabled at ${CPU_SLOWDOWN}x CPU slowdown, median of ${QUIZ_RUNS}; ratio to ${base ? `${base.guides} guides` : 'the smallest size'}.`,
		...COLUMN_GROUPS.flatMap((g) => ['', `${g.title}:`, measuredTable(results, g.columns)]),
		'',
		...peerLines(results),
		'',
		'Ratios against the smallest size:',
		ratioTable(results),
		'',
		'Targets (issue "Pages that stay small as the library grows to 1,000 guides"):',
		...targetLines(results),
		'',
		'One cold search, raw KB by Pagefind file kind:',
		...searchLines(results),
		'',
		'Largest pages:',
		...largest,
		'',
		'Build processes by peak memory:',
		...memory,
		'',
		'Waits for a quiet machine before the browser measurements:',
		...results
			.filter((r) => r.quietWait)
			.map(
				(r) =>
					`${String(r.guides).padStart(5)} guides: waited ${r.quietWait!.waitedSeconds.toFixed(0)} s; last idle share ${(r.quietWait!.lastIdle * 100).toFixed(0)}%`,
			),
		...(problems.length ? ['', 'Not completed:', ...problems] : []),
	].join('\n');
}

function writeJson(results: SizeResult[], queries: Queries) {
	mkdirSync(join(root, 'test/.output'), { recursive: true });
	const json = {
		date: new Date().toISOString(),
		node: process.version,
		machine: { cpus: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30) },
		settings: {
			queries,
			resultsShown: RESULTS_SHOWN,
			bodyWords: BODY_WORDS,
			swapRate: SWAP_RATE,
			lexiconSize: LEXICON_SIZE,
			lighthouseRuns: LH_RUNS,
			quizRuns: QUIZ_RUNS,
			cpuSlowdown: CPU_SLOWDOWN,
			memorySampleMs: { scan: MEMORY_SAMPLE_MS, known: FAST_SAMPLE_MS },
			quiet: { idle: QUIET_IDLE, windowMs: QUIET_WINDOW_MS, maxWaitSeconds: QUIET_WAIT_S, lighthouseLoadedBelow: LOADED_BELOW },
		},
		peer: peerInstall ? { starlight: peerInstall.starlight, astro: peerInstall.astro } : undefined,
		results,
	};
	writeFileSync(OUTPUT_FILE, `${JSON.stringify(json, null, '\t')}\n`);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function sizesFromArgs(args: string[], realGuides: number): number[] {
	if (args.length === 0) return DEFAULT_SIZES;
	const sizes = args.map(Number);
	if (sizes.some((n) => !Number.isInteger(n) || n < realGuides))
		throw new Error(`Sizes must be whole numbers of at least ${realGuides} (the real guides are always built), got: ${args.join(' ')}`);
	return sizes;
}

/** Ctrl-C stops the build's process group and removes the scratch copies before exiting. */
function cleanUpOnInterrupt() {
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.on(signal, () => {
			if (runningBuild) killGroup(runningBuild.pid);
			for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
			process.exit(130);
		});
}

async function main() {
	cleanUpOnInterrupt();
	const corpus = await loadCorpus();
	const sizes = sizesFromArgs(process.argv.slice(2), corpus.templates.length);
	const queries = searchQueries(corpus);
	log(
		`${corpus.templates.length} real guides as templates, ${corpus.bibliography.size} bibliography entries; sizes ${sizes.join(', ')}; build time limit ${BUILD_TIMEOUT_S} s`,
	);
	if (process.env.BENCH_SKIP_PEER !== '1') {
		log(`installing the Starlight peer (@astrojs/starlight@${PEER_VERSION})…`);
		peerInstall = installPeer(root);
		scratchDirs.add(peerInstall.dir);
		log(`peer: @astrojs/starlight ${peerInstall.starlight}, astro ${peerInstall.astro}`);
	}
	const browser = await launchChrome();
	const results: SizeResult[] = [];
	try {
		for (const size of sizes) {
			const result = await benchSize(size, corpus, browser, queries);
			results.push(result);
			quizBaseMs = baseResult(results.filter((r) => r.quiz))?.quiz?.enabledMs;
			writeJson(results, queries); // after every size, so an interrupted run keeps what it measured
			// A larger corpus would only take longer to fail the same way.
			if (result.status === 'timed out') break;
		}
		// Reading run files ("Your runs"): no peer, absolute times (test/bench/runs.ts).
		if (process.env.BENCH_SKIP_RUNS !== '1') {
			const { RUNS_OUTPUT, benchRuns } = await import('./runs.ts');
			writeFileSync(RUNS_OUTPUT, JSON.stringify(await benchRuns(browser, log), null, '\t') + '\n');
		}
	} finally {
		await browser.close();
		if (peerInstall && !KEEP_SCRATCH) rmSync(peerInstall.dir, { recursive: true, force: true });
	}
	console.log(report(results, queries));
	console.log(`\nJSON: ${OUTPUT_FILE}`);
	if (results.some((r) => r.status !== 'ok')) process.exitCode = 1;
}

await main();
