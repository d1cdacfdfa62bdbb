/**
 * Draws every link-preview image (/og/<key>.png) after the pages are built, from the titles and
 * descriptions in dist/og/previews.json (src/pages/og/previews.json.ts):
 * - in parallel: a pool of worker threads, one per core, each with its own CanvasKit (./worker.mjs);
 *   it starts when the pages are written and works while Pagefind indexes;
 * - cached: each PNG is kept under a hash of everything that decides its pixels (the text, LOOK, the
 *   fonts' bytes, CanvasKit's and zlib's versions) in PREVIEW_CACHE_DIR, by default
 *   node_modules/.cache/runner-recovery/previews/, a folder a host can keep between builds (README,
 *   "Deploying"). A build keeps only the images it used there, so the folder does not grow.
 * A cold build draws them all; the cache only saves that work again.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FONT_FILES, LOOK, type Preview } from './draw.mjs';

/** Where src/pages/og/previews.json.ts is built to, relative to dist/. */
export const PREVIEW_DATA = 'og/previews.json';
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/runner-recovery/previews';

export interface PreviewSummary {
	images: number;
	drawn: number;
	fromCache: number;
	threads: number;
	bytes: number;
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

/** Worker threads that draw previews, at most one per core and one per image. */
function startPool(size: number) {
	const workers = Array.from({ length: size }, () => new Worker(new URL('./worker.mjs', import.meta.url)));
	const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
	const idle = [...workers];
	const queue: { id: number; preview: Preview }[] = [];
	let nextId = 0;
	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift());
	};
	for (const worker of workers) {
		worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = waiting.get(id)!;
			waiting.delete(id);
			if (png) job.resolve(png);
			else job.reject(new Error(`Drawing a preview image failed: ${error}`));
			idle.push(worker);
			dispatch();
		});
		worker.on('error', (error: Error) => {
			for (const job of waiting.values()) job.reject(error);
			waiting.clear();
		});
	}
	return {
		draw(preview: Preview): Promise<Uint8Array> {
			const id = nextId++;
			const done = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
			queue.push({ id, preview });
			dispatch();
			return done;
		},
		close: () => Promise.all(workers.map((w) => w.terminate())),
	};
}

/** Writes dist/og/<key>.png for every entry of dist/og/previews.json, then removes that file. */
export async function writePreviews(dist: string, cacheDir: string): Promise<PreviewSummary> {
	const started = performance.now();
	const dataFile = join(dist, PREVIEW_DATA);
	const previews = Object.entries(JSON.parse(readFileSync(dataFile, 'utf8')) as Record<string, Preview>);
	rmSync(dataFile);
	mkdirSync(cacheDir, { recursive: true });
	const shared = sharedKey();
	const used = new Set<string>();
	const toDraw: { key: string; preview: Preview; cached: string }[] = [];
	for (const [key, preview] of previews) {
		const cached = join(cacheDir, `${imageKey(shared, preview)}.png`);
		used.add(cached);
		const target = join(dist, 'og', `${key}.png`);
		mkdirSync(dirname(target), { recursive: true });
		if (existsSync(cached)) copyFileSync(cached, target);
		else toDraw.push({ key, preview, cached });
	}
	const threads = Math.min(availableParallelism(), toDraw.length);
	if (threads > 0) {
		const pool = startPool(threads);
		try {
			await Promise.all(
				toDraw.map(async ({ key, preview, cached }) => {
					const png = await pool.draw(preview);
					writeFileSync(join(dist, 'og', `${key}.png`), png);
					writeFileSync(cached, png);
				}),
			);
		} finally {
			await pool.close();
		}
	}
	for (const file of readdirSync(cacheDir)) if (!used.has(join(cacheDir, file))) rmSync(join(cacheDir, file));
	const bytes = previews.reduce((sum, [key]) => sum + statSync(join(dist, 'og', `${key}.png`)).size, 0);
	return {
		images: previews.length,
		drawn: toDraw.length,
		fromCache: previews.length - toDraw.length,
		threads,
		bytes,
		seconds: (performance.now() - started) / 1000,
	};
}

export default function previewImages(): AstroIntegration {
	let writing: Promise<PreviewSummary> | undefined;
	const cacheDir = resolve(process.env.PREVIEW_CACHE_DIR || DEFAULT_CACHE_DIR);
	return {
		name: 'runner-recovery:preview-images',
		hooks: {
			// Started as soon as the pages are written, so the threads draw while Pagefind indexes.
			'astro:build:generated': ({ dir }) => {
				writing = writePreviews(fileURLToPath(dir), cacheDir);
				writing.catch(() => undefined); // awaited, and reported, in astro:build:done
			},
			'astro:build:done': async ({ dir, logger }) => {
				const s = await (writing ?? writePreviews(fileURLToPath(dir), cacheDir));
				logger.info(
					`${s.images} preview images, ${(s.bytes / 1024 / 1024).toFixed(1)} MB: ${s.drawn} drawn in ${s.threads} threads, ` +
						`${s.fromCache} from ${cacheDir}; ${s.seconds.toFixed(1)} s`,
				);
			},
		},
	};
}
