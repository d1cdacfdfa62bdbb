/**
 * Writes every link-preview image (/og/<key>.png) of a build, from the titles and descriptions in
 * dist/og/previews.json (src/pages/og/previews.json.ts):
 * - early: one worker thread starts when `astro build` does, guesses the list from the guide files
 *   and draws while Astro syncs, bundles and renders on its own thread (previewRun);
 * - in parallel: when the pages are written, the pool grows to one thread per core, each with its
 *   own CanvasKit (./worker.mjs), and finishes while Pagefind indexes;
 * - cached: each PNG is kept under a hash of everything that decides its pixels (the text, LOOK, the
 *   fonts' bytes, CanvasKit's and zlib's versions) in PREVIEW_CACHE_DIR, by default
 *   node_modules/.cache/runner-recovery/previews/, a folder a host can keep between builds (README,
 *   "Deploying"). A build keeps only the images it used there, so the folder does not grow.
 * A cold build draws them all; the cache only saves that work again.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FONT_FILES, LOOK, type Preview } from './draw.mjs';
import { GUIDE_DIRS, guideSlug, isGuideFile, type GuideCollection } from '../../lib/guide-files';
import { previewTexts, type PreviewSources } from '../../lib/og';

/** Where src/pages/og/previews.json.ts is built to, relative to dist/. */
export const PREVIEW_DATA = 'og/previews.json';
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/runner-recovery/previews';

export interface PreviewSummary {
	images: number;
	drawn: number;
	fromCache: number;
	/** Images the build used that were guessed from the guide files before the pages were built (see previewRun). */
	guessed: number;
	guessError?: string;
	threads: number;
	bytes: number;
	/** From the run's start (with the build, when it guessed) to every image in dist/og/. */
	seconds: number;
}

const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (not every package exports that file). */
function versionOf(pkg: string): string {
	for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (!existsSync(manifest)) continue;
		const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
		if (name === pkg) return version;
	}
	throw new Error(`No package.json found for ${pkg}`);
}

/** What every image's pixels depend on besides its own text. */
function sharedKey(): string {
	const hash = createHash('sha256').update(JSON.stringify([LOOK, versionOf('canvaskit-wasm'), process.versions.zlib]));
	for (const font of FONT_FILES) hash.update(readFileSync(font));
	return hash.digest('hex');
}

const imageKey = (shared: string, preview: Preview) =>
	createHash('sha256')
		.update(shared)
		.update(JSON.stringify([preview.title, preview.description]))
		.digest('hex')
		.slice(0, 32);

const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
/** Guide files a thread reads per job when guessing the images. */
const GUESS_BATCH = 200;

/** A guide file, with its id as the collections name it. */
interface GuideFile {
	id: string;
	path: string;
}
/** What a thread reads of a guide file: every field previewTexts takes from any collection. */
type GuideText = PreviewSources['methods'][number] & PreviewSources['injuries'][number];

type Job = { preview: Preview; path: string } | { guides: GuideFile[] };
type Answer = { id: number; guides?: GuideText[]; error?: string };
interface Queued {
	id: number;
	job: Job;
	resolve: (answer: Answer) => void;
	reject: (error: Error) => void;
}
/** Worker threads (./worker.mjs) that take jobs in turn; `hold` adds threads up to a number. */
function startPool(size: number) {
	const workers: Worker[] = [];
	const idle: Worker[] = [];
	const queue: Queued[] = [];
	/** The job each busy thread is on, so a thread that dies fails its own job and no other. */
	const busy = new Map<Worker, Queued>();
	let nextId = 0;
	/** Until `hold`, the threads do not keep the process alive: a build that fails early still exits. */
	let held = false;
	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.pop()!;
			const job = queue.shift()!;
			busy.set(worker, job);
			worker.postMessage({ id: job.id, ...job.job });
		}
	};
	const add = () => {
		// A thread needs a few MB of glyph masks and two 1200 x 630 buffers at a time: a small heap keeps
		// garbage from piling up while the build's own process is at its largest (about 40 MB less per
		// thread, no slower, measured on the 2-core machine).
		const worker = new Worker(new URL('./worker.mjs', import.meta.url), { resourceLimits: WORKER_HEAP });
		worker.on('message', (answer: Answer) => {
			const job = busy.get(worker);
			busy.delete(worker);
			if (job?.id !== answer.id) throw new Error(`A preview thread answered job ${answer.id}, not the one it was given`);
			if (answer.error) job.reject(new Error(`A preview-image job failed: ${answer.error}`));
			else job.resolve(answer);
			idle.push(worker);
			dispatch();
		});
		// A thread that dies (out of its heap, say) fails the job it was on, and another takes its place.
		worker.on('error', (error: Error) => {
			busy.get(worker)?.reject(error);
			busy.delete(worker);
			workers.splice(workers.indexOf(worker), 1);
			const at = idle.indexOf(worker);
			if (at >= 0) idle.splice(at, 1);
			add();
		});
		if (!held) worker.unref();
		workers.push(worker);
		idle.push(worker);
		dispatch();
	};
	const run = (job: Job) =>
		new Promise<Answer>((resolve, reject) => {
			queue.push({ id: nextId++, job, resolve, reject });
			dispatch();
		});
	while (workers.length < size) add();
	return {
		get threads() {
			return workers.length;
		},
		/** Adds threads up to `to`, and keeps the process alive for them from now on. */
		hold(to: number) {
			held = true;
			for (const worker of workers) worker.ref();
			while (workers.length < to) add();
		},
		/** Draws `preview` into the PNG file `path`. */
		draw: async (preview: Preview, path: string) => void (await run({ preview, path })),
		readGuides: async (guides: GuideFile[]) => (await run({ guides })).guides!,
		close: () => Promise.all(workers.map((w) => w.terminate())),
	};
}

/** Every guide file of the project at `root`, by collection. */
function guideFilesOf(root: string) {
	return Object.fromEntries(
		(Object.keys(GUIDE_DIRS) as GuideCollection[]).map((collection) => {
			const dir = join(root, GUIDE_DIRS[collection]);
			const files = existsSync(dir) ? readdirSync(dir).filter(isGuideFile) : [];
			return [collection, files.map((file) => ({ id: guideSlug(file), path: join(dir, file) }))];
		}),
	) as Record<GuideCollection, GuideFile[]>;
}

/**
 * One build's preview images. Images are drawn into the cache folder, each once, and copied from
 * there into dist/og/ by `finish`, which takes the list from the built dist/og/previews.json: the
 * truth. `predict` starts earlier, while Astro bundles and renders the pages on its own thread: one
 * worker reads the guides' frontmatter and draws what their images will show (previewTexts), so
 * most images are ready before the pages are. A wrong guess costs only time: an image the build
 * does not list is not copied and leaves the cache, one it lists and nobody guessed is drawn then.
 */
export function previewRun(cacheDir: string) {
	const started = performance.now();
	mkdirSync(cacheDir, { recursive: true });
	const shared = sharedKey();
	const pool = startPool(1);
	/** Cache file -> done when it is there; and the files this run drew. */
	const ready = new Map<string, Promise<void>>();
	const drawn = new Set<string>();
	const guessed = new Set<string>();
	/** Drawings asked for and not yet in the cache; the guide files being read for the guess. */
	let drawing = 0;
	const reading: Promise<void>[] = [];
	let guessError: Error | undefined;
	const draw = async (preview: Preview, cached: string) => {
		drawing++;
		await pool.draw(preview, cached);
		drawn.add(cached);
		drawing--;
	};
	const ensure = (preview: Preview) => {
		const cached = join(cacheDir, `${imageKey(shared, preview)}.png`);
		if (!ready.has(cached)) ready.set(cached, existsSync(cached) ? Promise.resolve() : draw(preview, cached));
		return { cached, done: ready.get(cached)! };
	};
	return {
		/** Starts drawing the images the guides of the project at `root` will need. */
		predict(root: string) {
			const guess = (sources: Partial<PreviewSources>) => {
				for (const text of Object.values(previewTexts({ methods: [], injuries: [], articles: [], ...sources }))) {
					const { cached, done } = ensure(text);
					guessed.add(cached);
					// A drawing that fails is awaited, and fails the build, in finish if the build lists it.
					done.catch(() => undefined);
				}
			};
			guess({});
			// In batches: drawing starts after the first, and no thread holds 5,000 guides' frontmatter at once.
			const files = guideFilesOf(root);
			for (const collection of Object.keys(files) as GuideCollection[])
				for (let i = 0; i < files[collection].length; i += GUESS_BATCH)
					reading.push(
						pool
							.readGuides(files[collection].slice(i, i + GUESS_BATCH))
							.then((texts) => guess({ [collection]: texts }))
							.catch((error: Error) => {
								guessError ??= error;
							}),
					);
		},
		/** Writes dist/og/<key>.png for every entry of dist/og/previews.json, then removes that file. */
		async finish(dist: string): Promise<PreviewSummary> {
			const dataFile = join(dist, PREVIEW_DATA);
			const previews = Object.entries(JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, Preview>);
			rmSync(dataFile);
			const used = new Set<string>();
			const copied = previews.map(async ([key, preview]) => {
				const { cached, done } = ensure(preview);
				used.add(cached);
				await done;
				const target = join(dist, 'og', `${key}.png`);
				mkdirSync(dirname(target), { recursive: true });
				copyFileSync(cached, target);
			});
			// Every core for what is left to draw, no thread more than there are drawings.
			pool.hold(Math.min(availableParallelism(), Math.max(1, drawing)));
			try {
				await Promise.all(copied);
				// Long done in a real build; awaited so the summary says how the guess went.
				await Promise.all(reading);
			} finally {
				await pool.close();
			}
			for (const file of readdirSync(cacheDir)) if (!used.has(join(cacheDir, file))) rmSync(join(cacheDir, file));
			const bytes = previews.reduce((sum, [key]) => sum + statSync(join(dist, 'og', `${key}.png`)).size, 0);
			// Counted by key: two pages with the same text share one drawing.
			const keysWhose = (files: Set<string>) => previews.filter(([, preview]) => files.has(ensure(preview).cached)).length;
			const drawnKeys = keysWhose(drawn);
			return {
				images: previews.length,
				drawn: drawnKeys,
				fromCache: previews.length - drawnKeys,
				guessed: keysWhose(guessed),
				guessError: guessError?.message,
				threads: pool.threads,
				bytes,
				seconds: (performance.now() - started) / 1000,
			};
		},
	};
}

/** Draws every image dist/og/previews.json lists, with no guess beforehand. */
export const writePreviews = (dist: string, cacheDir: string) => previewRun(cacheDir).finish(dist);

export default function previewImages(): AstroIntegration {
	let run: ReturnType<typeof previewRun> | undefined;
	let writing: Promise<PreviewSummary> | undefined;
	const cacheDir = resolve(process.env.PREVIEW_CACHE_DIR || DEFAULT_CACHE_DIR);
	return {
		name: 'runner-recovery:preview-images',
		hooks: {
			// Started before the content is even synced, so one thread draws while Astro works on its own.
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				run = previewRun(cacheDir);
				run.predict(fileURLToPath(config.root));
			},
			// Finished from when the pages are written, with every core, while Pagefind indexes.
			'astro:build:generated': ({ dir }) => {
				writing = (run ?? previewRun(cacheDir)).finish(fileURLToPath(dir));
				writing.catch(() => undefined); // awaited, and reported, in astro:build:done
			},
			'astro:build:done': async ({ dir, logger }) => {
				const s = await (writing ?? (run ?? previewRun(cacheDir)).finish(fileURLToPath(dir)));
				logger.info(
					`${s.images} preview images, ${(s.bytes / 1024 / 1024).toFixed(1)} MB: ${s.drawn} drawn (up to ${s.threads} threads), ` +
						`${s.fromCache} from ${cacheDir}; ${s.guessed} of them guessed from the guide files before the pages were built; done ${s.seconds.toFixed(1)} s after the build started`,
				);
				if (s.guessError)
					logger.warn(`Reading the guides to draw their images early failed (they were drawn after the pages instead): ${s.guessError}`);
			},
		},
	};
}
