/**
 * `npm run audit`: Lighthouse (mobile defaults: simulated Slow 4G, 4x CPU slowdown) over the home
 * page, the list pages, a method guide, an injury guide, each tool and search, in the system
 * Chromium. Every category must score 100 (performance: see the control below, and
 * PERFORMANCE_FLOORS). Each page is audited RUNS times and the median counts, as Lighthouse
 * recommends, so one slow run on a busy machine does not decide the result; when the median
 * performance is under what it needs, the page gets EXTRA_RUNS more before the verdict. A run
 * made while the machine was much slower than for the control is not counted (SLOW_MACHINE).
 *
 * Performance is judged against a control measured in the same browser in the same run: a bare,
 * valid page with no CSS, no script and one paragraph (CONTROL_HTML), which no site change can make
 * slower. Where the control scores 100, every page must too. Where even it scores under 100 (a
 * loaded or slow machine: Lighthouse multiplies every task by 4), a page may score at most SLACK
 * points under the control's median, and the report says the machine cannot show 100. A page that
 * is really slow still fails (at 5,000 bench guides the old quiz page scored 73). The other three
 * categories do not depend on speed and must always be 100. (The JavaScript and CSS budgets,
 * which do not depend on the machine, are in test/e2e/every-page.test.ts.)
 *
 * Builds the site first unless AUDIT_SKIP_BUILD=1 (npm test sets it: the e2e layer just built).
 * AUDIT_RUNS sets the runs per page (see RUNS).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, findChrome } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';
import { TOOLS } from '../../src/lib/tools/registry.ts';

const root = new URL('../../', import.meta.url).pathname;
const SEARCHING_PAGE = '/search/?q=foam+roller';
const LONG_GUIDE = '/methods/ice-baths/';
/**
 * The pages allowed under 100 for performance, each with its floor and why; a real slowdown still
 * fails. Both medians were measured over many audits on this project's 2-core machine.
 */
const PERFORMANCE_FLOORS: Record<string, number> = {
	// Opened from a shared search link, it loads Pagefind and runs the search (synonyms, whole-word
	// and pinned-page lookups) as it loads; each result Pagefind's worker hands back is a short
	// main-thread task. With the worker it scores 97-100 (median 99); without it 86-91.
	[SEARCHING_PAGE]: 97,
	// The longest guide (75 KB of HTML, the verdict, grade tables and a drawing) is laid out in one
	// 30-60 ms task, which Lighthouse multiplies by 4: 97-100 from run to run, median 99 or 100.
	[LONG_GUIDE]: 98,
};
const PAGES: string[] = [
	'/',
	'/methods/',
	'/evidence/',
	LONG_GUIDE,
	'/injuries/plantar-heel-pain/',
	// Every tool's page (src/lib/tools/registry.ts: a new tool is audited with no change here).
	...TOOLS.map((t) => t.href),
	SEARCHING_PAGE,
	// What the service worker shows offline for a page never read (src/lib/offline.ts).
	'/offline/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/**
 * Runs per page before the median: 3 for `npm run audit`; `npm test` sets AUDIT_RUNS=1, a third
 * of the time: a page that scores what it needs at once passes, and one under it in any category gets
 * EXTRA_RUNS more whose median decides. It is the weaker check (a first run of 100 passes a page
 * whose next two runs might have scored 99), so `npm run audit` stays the full one.
 */
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 3));
/**
 * More runs when a median is under what the page needs: from one run, seven in all; from three,
 * nine. The same build of a tool page scores 99 or 98 in about one run in ten on this project's
 * 2-core machine (its blocking time, as Lighthouse simulates it, goes from 0 to 150 ms run to
 * run). After such a first run, a median of five failed the page when two of the next four were
 * under too; a median of seven needs three of the next six. A page that really is slower is under
 * in most runs and still fails.
 */
const EXTRA_RUNS = 6;
/**
 * A run counts only when the machine was about as fast as when the control was measured.
 * Lighthouse measures the host's speed before each run (its benchmark index) but multiplies what it
 * observes by 4 whatever that speed, so a run while another process takes the CPU measures the
 * machine, not the page: in one CI run the index fell from 2,777 (the control) to 1,578 over the
 * timeline page's five runs, and its last two scored 99 and 98. A run at under SLOW_MACHINE of the
 * control's index is reported and run again after SLOW_PAUSE_MS, at most MAX_SLOW_RERUNS times
 * per page; after that the slow runs count (a machine that stays slow gets its verdict from them).
 */
const SLOW_MACHINE = 0.75;
const SLOW_PAUSE_MS = 10_000;
const MAX_SLOW_RERUNS = 3;
/** How far under the control's median a page's performance may be when the control is under 100. */
const SLACK = 2;
/** The control page: valid, labelled, described, and doing nothing a browser has to work at. */
const CONTROL_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control page</title><meta name="description" content="An empty page that Lighthouse measures beside the site."><link rel="icon" href="data:,"></head><body><main><h1>Control page</h1><p>Nothing here but text.</p></main></body></html>`;
const REQUIRED = 100;
/** Runs per page that Lighthouse may fail to record before the audit gives up. */
const MAX_FAILED_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

if (process.env.AUDIT_SKIP_BUILD !== '1') {
	const build = buildSite(join(root, 'dist'), { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveStatic(join(root, 'dist'));
const controlDir = mkdtempSync(join(tmpdir(), 'audit-control-'));
writeFileSync(join(controlDir, 'index.html'), CONTROL_HTML);
const controlServer = await serveStatic(controlDir);
const chrome = await launch({ chromePath: findChrome(), chromeFlags: CHROME_FLAGS });
const report: Record<string, Record<string, number>> = {};
const failures: string[] = [];

interface Runs {
	scores: Record<string, number[]>;
	benchmark: number[];
	/** Binary audits that failed in the last run, so a failure says what to fix. */
	missed: string[];
	/** Runs not counted because the machine was slower than when the control ran. */
	slowReruns: number;
}

/**
 * One recorded Lighthouse run of a page; a run Lighthouse itself could not record is retried, and
 * so is one on a machine slower than it was for the control (`baseline`, its benchmark index).
 */
async function runOnce(url: string, runs: Runs, baseline?: number) {
	const path = new URL(url).pathname + new URL(url).search;
	for (let failed = 0; ;) {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		if (result.lhr.runtimeError) {
			console.log(`  ${path}: a run failed (${result.lhr.runtimeError.code}); running it again`);
			if (++failed > MAX_FAILED_RUNS) throw new Error(`Lighthouse failed ${failed} times on ${path}`);
			continue;
		}
		const speed = result.lhr.environment.benchmarkIndex;
		if (baseline !== undefined && speed < SLOW_MACHINE * baseline && runs.slowReruns < MAX_SLOW_RERUNS) {
			runs.slowReruns++;
			console.log(
				`  ${path}: not counted, the machine was slower than for the control (benchmark index ${Math.round(speed)}, the control's ${Math.round(baseline)}); running it again in ${SLOW_PAUSE_MS / 1000} s`,
			);
			await new Promise((resume) => setTimeout(resume, SLOW_PAUSE_MS));
			continue;
		}
		for (const category of CATEGORIES) runs.scores[category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
		runs.benchmark.push(result.lhr.environment.benchmarkIndex);
		runs.missed = Object.values(result.lhr.audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => `${a.id}: ${a.title}`);
		return;
	}
}

/** What each category must reach on a page; the control is held to 100 (its score sets the others' floor). */
type Required = Record<(typeof CATEGORIES)[number], number>;
const ALL_100: Required = { performance: REQUIRED, accessibility: REQUIRED, 'best-practices': REQUIRED, seo: REQUIRED };

/**
 * Medians of RUNS runs (more when under what is required), printed with every run, and the
 * median benchmark index of the runs counted. `baseline` is the control's index (none for the control).
 */
async function measure(url: string, name: string, required: Required = ALL_100, baseline?: number) {
	const runs: Runs = { scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])), benchmark: [], missed: [], slowReruns: 0 };
	for (let i = 0; i < RUNS; i++) await runOnce(url, runs, baseline);
	// Performance varies run to run: give it a few more runs before the median decides.
	if (CATEGORIES.some((c) => median(runs.scores[c]!) < required[c]))
		for (let i = 0; i < EXTRA_RUNS; i++) await runOnce(url, runs, baseline);
	const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.scores[c]!)]));
	const uncounted = runs.slowReruns ? `; ${runs.slowReruns} run${runs.slowReruns > 1 ? 's' : ''} on a slowed machine not counted` : '';
	console.log(
		`${name}: ${CATEGORIES.map((c) => `${c} ${medians[c]} (runs ${runs.scores[c]!.join('/')})`).join(', ')}; benchmark index ${runs.benchmark.map(Math.round).join('/')}${uncounted}`,
	);
	for (const m of runs.missed) console.log(`  ${name}: ${m}`);
	return { medians, speed: median(runs.benchmark) };
}

/** The lowest performance a page may have: 100, or just under the control where it cannot reach 100. */
const performanceFloor = (control: number) => (control >= REQUIRED ? REQUIRED : control - SLACK);

async function audit(path: string, floor: number, baseline: number) {
	const required: Required = { ...ALL_100, performance: Math.min(floor, PERFORMANCE_FLOORS[path] ?? REQUIRED) };
	const { medians } = await measure(new URL(path, server.url).href, path, required, baseline);
	report[path] = medians;
	for (const c of CATEGORIES) if (medians[c]! < required[c]) failures.push(`${path} ${c} ${medians[c]} (at least ${required[c]} required)`);
}

let control: Record<string, number>;
try {
	const measured = await measure(controlServer.url, 'control (an empty page)');
	control = measured.medians;
	report.control = control;
	for (const path of PAGES) await audit(path, performanceFloor(control.performance!), measured.speed);
} finally {
	chrome.kill();
	await server.close();
	await controlServer.close();
}

mkdirSync(join(root, 'test/.output'), { recursive: true });
writeFileSync(join(root, 'test/.output/lighthouse.json'), JSON.stringify(report, null, 2));
const audited = PAGES.length * CATEGORIES.length;
const floor = performanceFloor(control.performance!);
console.log(
	`\nLighthouse: ${audited - failures.length} passed, ${failures.length} failed (median of ${RUNS} or more runs; accessibility, best practices and SEO must be ${REQUIRED}, performance ${floor}, ${Object.entries(
		PERFORMANCE_FLOORS,
	)
		.map(([path, min]) => `${Math.min(min, floor)} on ${path}`)
		.join(', ')})`,
);
if (floor < REQUIRED)
	console.log(
		`An empty page scores ${control.performance} for performance on this machine, so no page can show ${REQUIRED} here: each page was held to ${floor} (the control's median less ${SLACK}). Run \`npm run audit\` on a faster machine to see ${REQUIRED}.`,
	);
if (failures.length > 0) {
	console.error(`Below what is required:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
