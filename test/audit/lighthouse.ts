/**
 * `npm run audit`: Lighthouse (mobile defaults: simulated Slow 4G, 4x CPU slowdown) over the home
 * page, a guide, each tool and search, in the system Chromium. Every category must score 100;
 * any lower score fails the run. Each page is audited five times and the median score counts,
 * as Lighthouse recommends, so one noisy run on a busy machine does not decide the result.
 *
 * Builds the site first unless AUDIT_SKIP_BUILD=1 (npm test sets it: the e2e layer just built).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, findChrome } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const PAGES = ['/', '/methods/ice-baths/', '/tools/today/', '/tools/sleep/', '/tools/compression/', '/search/?q=foam+roller'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 5;
const REQUIRED = 100;
/** Runs per page that Lighthouse may fail to record before the audit gives up. */
const MAX_FAILED_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (process.env.AUDIT_SKIP_BUILD !== '1') {
	const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveStatic(join(root, 'dist'));
const chrome = await launch({ chromePath: findChrome(), chromeFlags: CHROME_FLAGS });
const report: Record<string, Record<string, number>> = {};
const failures: string[] = [];

try {
	for (const path of PAGES) {
		const runs: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
		let failedRuns = 0;
		for (let i = 0; i < RUNS; ) {
			const result = await lighthouse(new URL(path, server.url).href, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			// A run Lighthouse itself could not record (e.g. NO_NAVSTART) says nothing about the page: run it again.
			if (result.lhr.runtimeError) {
				console.log(`  ${path}: a run failed (${result.lhr.runtimeError.code}); running it again`);
				if (++failedRuns > MAX_FAILED_RUNS) throw new Error(`Lighthouse failed ${failedRuns} times on ${path}`);
				continue;
			}
			for (const category of CATEGORIES) runs[category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
			// Show what cost points, so a failure says what to fix.
			if (i === RUNS - 1)
				for (const audit of Object.values(result.lhr.audits))
					if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  ${path}: ${audit.id}: ${audit.title}`);
			i++;
		}
		report[path] = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs[c]!)]));
		const line = CATEGORIES.map((c) => `${c} ${report[path]![c]} (runs ${runs[c]!.join('/')})`).join(', ');
		console.log(`${path}: ${line}`);
		for (const c of CATEGORIES) if (report[path]![c]! < REQUIRED) failures.push(`${path} ${c} ${report[path]![c]}`);
	}
} finally {
	chrome.kill();
	await server.close();
}

mkdirSync(join(root, 'test/.output'), { recursive: true });
writeFileSync(join(root, 'test/.output/lighthouse.json'), JSON.stringify(report, null, 2));
const audited = PAGES.length * CATEGORIES.length;
console.log(`\nLighthouse: ${audited - failures.length} passed, ${failures.length} failed (median of ${RUNS} runs, every category must be ${REQUIRED})`);
if (failures.length > 0) {
	console.error(`Below ${REQUIRED}:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
