/**
 * Reading run files in the browser: the targets of "Your runs", measured in Chromium at 4x CPU
 * slowdown (CDP Emulation.setCPUThrottlingRate), median of RUNS timings each:
 *   - a 4-hour 1 Hz FIT run, a 4-hour GPX and a 4-hour TCX, parsed and summarised;
 *   - 28 days of files (40 one-hour FIT runs);
 *   - a Strava export of about 500 MB (activities.csv and thousands of .fit.gz files, 40 in the
 *     last 28 days), with the JavaScript heap's peak while it is read (CDP Runtime.getHeapUsage
 *     every 20 ms);
 *   - the same 4-hour GPX converted by a DOM-based reader (@tmcw/togeojson over DOMParser), the
 *     alternative the page's own streaming reader was chosen against.
 * The page's readers (src/lib/tools/runs/read.ts, with each format's reader loaded on first use,
 * as in the site's worker) are bundled by esbuild and run on a page's main thread, where CDP's
 * throttling applies (it does not reach a dedicated worker). All files are synthetic
 * (test/support/run-files.ts).
 *
 *   npm run bench:runs           # this alone; `npm run bench` runs it after the build sizes
 * Results go to test/.output/bench-runs.json; `npm run readme` writes them into the README.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { zipSync, gzipSync, strToU8 } from 'fflate';
import { launchChrome } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { fitActivity, gpx, stravaDateText, tcx, type Activity } from '../support/run-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const RUNS_OUTPUT = join(root, 'test/.output/bench-runs.json');
const RUNS = 5;
const CPU_SLOWDOWN = 4;
const STRAVA_MB = Number(process.env.BENCH_STRAVA_MB ?? 500);

export interface RunsBench {
	date: string;
	machine: string;
	cpuSlowdown: number;
	/** Median ms per case. */
	fit4h: number;
	gpx4h: number;
	tcx4h: number;
	month40: number;
	strava: { mb: number; files: number; read: number; ms: number; heapPeakMb: number };
	/** The DOM-based alternative on the 4-hour GPX, and its heap growth. */
	togeojsonGpx4h: number;
	streamingGpxHeapMb: number;
	togeojsonGpxHeapMb: number;
}

const HOUR = 3600;
const start = new Date(Date.UTC(2026, 10, 29, 7));
const run = (seconds: number, at = start): Activity => ({
	sport: 'running',
	start: at,
	seconds,
	speed: (t) => 3 + Math.sin(t / 300) * 0.3,
	hr: (t) => 140 + Math.round(Math.sin(t / 200) * 15),
});

async function bundle(dir: string) {
	const entry = join(dir, 'entry.ts');
	writeFileSync(
		entry,
		`import { readPicked } from ${JSON.stringify(join(root, 'src/lib/tools/runs/read.ts'))};
import { gpx } from '@tmcw/togeojson';
window.bench = { readPicked, domGpx: (text: string) => gpx(new DOMParser().parseFromString(text, 'text/xml')) };`,
	);
	await build({
		entryPoints: [entry],
		bundle: true,
		splitting: true,
		format: 'esm',
		minify: true,
		platform: 'browser',
		outdir: join(dir, 'out'),
		nodePaths: [join(root, 'node_modules')],
		logLevel: 'error',
	});
	writeFileSync(
		join(dir, 'out/index.html'),
		'<!doctype html><html lang="en"><title>runs bench</title><input type="file" multiple id="f"><script type="module" src="./entry.js"></script></html>',
	);
}

/** What the harness page puts on window (the entry written in bundle()). */
interface Harness {
	readPicked(files: File[], fromMs: number): Promise<{ sessions: unknown[] }[]>;
	domGpx(text: string): { features: unknown[] };
}
declare global {
	interface Window {
		bench: Harness;
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Reads the input's files RUNS times; the median ms. */
async function timeRead(page: Page, fromMs: number): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++)
		times.push(
			await page.evaluate(async (from) => {
				const files = [...(document.getElementById('f') as HTMLInputElement).files!];
				const t = performance.now();
				const out = await window.bench.readPicked(files, from);
				if (!out.some((f) => f.sessions.length)) throw new Error('nothing read');
				return performance.now() - t;
			}, fromMs),
		);
	return median(times);
}

/** The heap's peak (MB) while `act` runs, sampled every 20 ms. */
async function heapPeak<T>(page: Page, act: () => Promise<T>): Promise<{ value: T; peakMb: number; baseMb: number }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
	let peak = base;
	let running = true;
	const sampler = (async () => {
		while (running) {
			peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
			await new Promise((r) => setTimeout(r, 20));
		}
	})();
	const value = await act();
	running = false;
	await sampler;
	return { value, peakMb: peak / 2 ** 20, baseMb: base / 2 ** 20 };
}

function stravaExportOfSize(mb: number, dir: string): { path: string; files: number } {
	const oneHour = gzipSync(fitActivity([run(HOUR)]), { level: 6 });
	const files: Record<string, Uint8Array> = {};
	const rows: string[] = [];
	const count = Math.ceil((mb * 2 ** 20) / oneHour.length);
	for (let i = 0; i < count; i++) {
		// 40 in the last 28 days, the rest spread over the years before.
		const daysAgo = i < 40 ? Math.floor((i * 27) / 40) : 28 + i;
		const when = new Date(start.getTime() - daysAgo * 86_400_000);
		const file = `activities/${100_000 + i}.fit.gz`;
		files[file] = oneHour;
		rows.push(`${100_000 + i},"${stravaDateText(when)}","Run",Run,"",3600,10.80,,,false,,,${file}`);
	}
	files['activities.csv'] = strToU8(
		[
			'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename',
			...rows,
		].join('\n'),
	);
	const zip = zipSync(files, { level: 0 });
	const path = join(dir, 'export.zip');
	writeFileSync(path, zip);
	return { path, files: count };
}

export async function benchRuns(browser: Browser, log: (line: string) => void = console.log): Promise<RunsBench> {
	const dir = mkdtempSync(join(tmpdir(), 'runs-bench-'));
	const server = await bundle(dir).then(() => serveStatic(join(dir, 'out')));
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
		await page.waitForFunction(() => 'bench' in window);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		const input = page.locator('#f');
		const from = start.getTime() - 27 * 86_400_000;
		const file = (name: string, data: Uint8Array | string) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(data) });

		const four = run(4 * HOUR);
		const gpxText = gpx(four, 'garmin');
		await input.setInputFiles(file('4h.fit', fitActivity([four])));
		const fit4h = await timeRead(page, from);
		await input.setInputFiles(file('4h.gpx', gpxText));
		const gpx4h = await timeRead(page, from);
		const streaming = await heapPeak(page, () => timeRead(page, from));
		await input.setInputFiles(file('4h.tcx', tcx([four])));
		const tcx4h = await timeRead(page, from);
		const month = Array.from({ length: 40 }, (_, i) =>
			file(`${i}.fit`, fitActivity([run(HOUR, new Date(start.getTime() - Math.floor((i * 27) / 40) * 86_400_000))])),
		);
		await input.setInputFiles(month);
		const month40 = await timeRead(page, from);
		log(
			`runs: 4 h FIT ${fit4h.toFixed(0)} ms, GPX ${gpx4h.toFixed(0)} ms, TCX ${tcx4h.toFixed(0)} ms; 40 files ${month40.toFixed(0)} ms (at ${CPU_SLOWDOWN}x slowdown)`,
		);

		const dom = await heapPeak(page, async () => {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++)
				times.push(
					await page.evaluate((text) => {
						const t = performance.now();
						const json = window.bench.domGpx(text);
						if (!json.features.length) throw new Error('nothing read');
						return performance.now() - t;
					}, gpxText),
				);
			return median(times);
		});

		const exported = stravaExportOfSize(STRAVA_MB, dir);
		await input.setInputFiles(exported.path);
		const strava = await heapPeak(page, () =>
			page.evaluate(async (f) => {
				const files = [...(document.getElementById('f') as HTMLInputElement).files!];
				const t = performance.now();
				const out = await window.bench.readPicked(files, f);
				return { ms: performance.now() - t, read: out.length - 1 };
			}, from),
		);
		log(
			`runs: Strava export ${STRAVA_MB} MB (${exported.files} files): ${strava.value.read} read in ${strava.value.ms.toFixed(0)} ms, heap peak ${strava.peakMb.toFixed(0)} MB`,
		);
		log(
			`runs: 4 h GPX by togeojson over DOMParser ${dom.value.toFixed(0)} ms (heap +${(dom.peakMb - dom.baseMb).toFixed(0)} MB) vs the streaming reader ${gpx4h.toFixed(0)} ms (heap +${(streaming.peakMb - streaming.baseMb).toFixed(0)} MB)`,
		);
		return {
			date: new Date().toISOString().slice(0, 10),
			machine: `${(await import('node:os')).cpus().length} cores, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GB`,
			cpuSlowdown: CPU_SLOWDOWN,
			fit4h,
			gpx4h,
			tcx4h,
			month40,
			strava: { mb: STRAVA_MB, files: exported.files, read: strava.value.read, ms: strava.value.ms, heapPeakMb: strava.peakMb },
			togeojsonGpx4h: dom.value,
			streamingGpxHeapMb: streaming.peakMb - streaming.baseMb,
			togeojsonGpxHeapMb: dom.peakMb - dom.baseMb,
		};
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const browser = await launchChrome();
	try {
		const result = await benchRuns(browser);
		writeFileSync(RUNS_OUTPUT, JSON.stringify(result, null, '\t') + '\n');
		console.log(JSON.stringify(result, null, 2));
	} finally {
		await browser.close();
	}
}
