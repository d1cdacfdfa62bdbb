/**
 * `npm run readme`: writes the README's measured figures from the last runs, so none is typed by
 * hand and none goes stale unseen:
 *   - between <!-- tests:start --> and <!-- tests:end -->: each layer's tests and time from
 *     test/.output/vitest.json and test/.output/steps.json (written by `npm test`);
 *   - between <!-- bench:start --> and <!-- bench:end -->: ours against Starlight from
 *     test/.output/bench.json (written by `npm run bench`), as ratios, with the date and machine;
 *   - between <!-- scale:start --> and <!-- scale:end -->: how the build, the pages, Lighthouse,
 *     the quiz and one cold search grow with the number of guides, from the same file;
 *   - between <!-- runs:start --> and <!-- runs:end -->: reading run files against the targets of
 *     "Your runs", from test/.output/bench-runs.json (written by `npm run bench` or `npm run bench:runs`);
 *   - between <!-- budgets:start --> and <!-- budgets:end -->: what Chromium loaded before any
 *     interaction on one page of each kind and every tool page, from test/.output/budgets.json
 *     (written by the e2e layer, test/e2e/every-page.test.ts).
 * A source that is missing leaves its block as it is and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, type PageWeight } from '../support/budgets.ts';

const root = new URL('../../', import.meta.url).pathname;
const output = (file: string) => join(root, 'test/.output', file);
const readJson = <T>(file: string): T | undefined =>
	existsSync(output(file)) ? (JSON.parse(readFileSync(output(file), 'utf8')) as T) : undefined;

/** The layers in the order `npm test` runs them, by the folder their files are in. */
const LAYERS: { name: string; where: string; match: (file: string) => boolean; what: string }[] = [
	{
		name: 'unit',
		where: '`test/unit/`',
		match: (f) => f.includes('/test/unit/'),
		what: 'pure logic in `src/lib`: table-driven cases and fast-check properties against models and invariant checkers written apart from the code',
	},
	{
		name: 'components',
		where: '`test/components/`',
		match: (f) => f.includes('/test/components/'),
		what: 'the tool islands and the form kit in happy-dom, by label and role, focus asserted',
	},
	{
		name: 'content',
		where: '`test/content/`',
		match: (f) => f.includes('/test/content/') && !f.endsWith('schema-errors.test.ts'),
		what: 'every guide and reference: schema, headings, length, citations, links, one DOI per file, no contradicting grades',
	},
	{
		name: 'build',
		where: '`test/content/schema-errors.test.ts`',
		match: (f) => f.endsWith('schema-errors.test.ts'),
		what: 'a broken field or citation fails `astro sync` with a readable message (with a control case)',
	},
	{
		name: 'dist',
		where: '`test/dist/`',
		match: (f) => f.includes('/test/dist/'),
		what: 'the built files and the server: valid HTML, links and anchors, structured data, CSP hashes, headers, HTML budgets, link previews',
	},
	{
		name: 'e2e',
		where: '`test/e2e/`',
		match: (f) => f.includes('/test/e2e/'),
		what: 'real Chromium: every page once (axe, script and CSS budgets as loaded, no third-party request or console error), the tools, search and its relevance suites, offline, phones, print',
	},
];

interface VitestJson {
	startTime: number;
	testResults: { name: string; startTime: number; endTime: number; assertionResults: { status: string }[] }[];
}
interface StepsJson {
	date: string;
	machine: { cpus: number; memoryGB: number; node: string };
	steps: { name: string; seconds: number; ok: boolean }[];
	totalSeconds: number;
}

const time = (seconds: number) => (seconds >= 90 ? `${(seconds / 60).toFixed(1)} min` : `${seconds.toFixed(0)} s`);
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function testsBlock(): string | undefined {
	const vitest = readJson<VitestJson>('vitest.json');
	const steps = readJson<StepsJson>('steps.json');
	if (!vitest || !steps) return undefined;
	const lines = [row(['layer', 'where', 'what', 'tests', 'time']), row(['---', '---', '---', '---:', '---:'])];
	for (const step of steps.steps.filter((s) => s.name !== 'vitest')) {
		if (step.name === 'audit') continue;
		lines.push(
			row([
				step.name,
				step.name === 'lint' ? '`npm run lint`' : '`astro check`',
				step.name === 'lint' ? 'ESLint, Prettier, the lockfile' : 'TypeScript over `.astro`, `.ts` and `.tsx`',
				'',
				time(step.seconds),
			]),
		);
	}
	for (const layer of LAYERS) {
		const files = vitest.testResults.filter((r) => layer.match(r.name));
		if (files.length === 0) continue;
		const tests = files.reduce((n, f) => n + f.assertionResults.length, 0);
		// Wall time from the layer's first file starting to its last ending (files run in parallel).
		const span = (Math.max(...files.map((f) => f.endTime)) - Math.min(...files.map((f) => f.startTime))) / 1000;
		lines.push(row([layer.name, layer.where, layer.what, tests.toLocaleString('en'), time(span)]));
	}
	const audit = steps.steps.find((s) => s.name === 'audit');
	if (audit)
		lines.push(
			row(['audit', '`test/audit/lighthouse.ts`', 'Lighthouse on one page of each kind, four categories', '', time(audit.seconds)]),
		);
	const vitestStep = steps.steps.find((s) => s.name === 'vitest');
	lines.push(
		'',
		`\`npm test\` took ${time(steps.totalSeconds)} on ${steps.date.slice(0, 10)} (${steps.machine.cpus} cores, ${steps.machine.memoryGB} GB, Node ${steps.machine.node}): ` +
			steps.steps.map((s) => `${s.name} ${time(s.seconds)}`).join(', ') +
			' (the type check and lint side by side)' +
			`${vitestStep ? " (Vitest builds the site once, inside its time, and runs two files at a time, so the layers' times overlap)" : ''}. Written by \`npm run readme\` from the last run.`,
	);
	return lines.join('\n');
}

interface BenchJson {
	date: string;
	machine: { cpus: number; memoryGB: number };
	peer?: { starlight: string; astro: string };
	results: {
		guides: number;
		buildSeconds?: number;
		cpuSeconds?: number;
		memory?: { peakMB: number; pagefindPeakMB?: number };
		output?: { htmlPages: number; largestPages: { path: string; bytes: number }[]; keyPages: Record<string, number> };
		lighthouse?: Record<string, { performance: number }>;
		quiz?: { enabledMs: number };
		search?: Record<'common' | 'rare' | 'single', { rawBytes: number; gzipBytes: number }>;
		peer?: { buildSeconds?: number; cpuSeconds?: number; memory?: { peakMB: number }; search?: { gzipBytes: number } };
	}[];
}

/** A measured number as the tables print it ("1,234"; "-" when not measured), and bytes as KB. */
const n = (value: number | undefined, digits = 0) =>
	value === undefined ? '-' : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number | undefined) => n(bytes === undefined ? undefined : bytes / 1000);

function benchBlock(): string | undefined {
	const bench = readJson<BenchJson>('bench.json');
	if (!bench?.peer) return undefined;
	const ratio = (a?: number, b?: number) => (a === undefined || !b ? '-' : `${(a / b).toFixed(2)}x`);
	const lines = [
		row([
			'guides',
			'cold build, wall',
			'cold build, CPU',
			'peak memory',
			'one cold search (gzip)',
			'that search, KB gzip: ours / Starlight',
		]),
		row(['---:', '---:', '---:', '---:', '---:', '---:']),
		...bench.results
			.filter((r) => r.peer)
			.map((r) =>
				row([
					r.guides.toLocaleString('en'),
					ratio(r.buildSeconds, r.peer!.buildSeconds),
					ratio(r.cpuSeconds, r.peer!.cpuSeconds),
					ratio(r.memory?.peakMB, r.peer!.memory?.peakMB),
					ratio(r.search?.common.gzipBytes, r.peer!.search?.gzipBytes),
					`${kb(r.search?.common.gzipBytes)} / ${kb(r.peer!.search?.gzipBytes)}`,
				]),
			),
		'',
		`Ours divided by a default Starlight site (@astrojs/starlight ${bench.peer.starlight}, astro ${bench.peer.astro}) built from the same guide bodies in the same run, ` +
			`on ${bench.date.slice(0, 10)} (${bench.machine.cpus} cores, ${bench.machine.memoryGB} GB); under 1 is faster or lighter. Written by \`npm run readme\` from the last \`npm run bench\`.`,
	];
	return lines.join('\n');
}

/** The pages the bench measures on every size, in its order. */
const KEY_PAGES = ['/', '/methods/', '/evidence/', '/tools/today/'];

function scaleBlock(): string | undefined {
	const bench = readJson<BenchJson>('bench.json');
	if (!bench?.results.length) return undefined;
	const first = bench.results[0]!;
	const search = (r: BenchJson['results'][number], kind: 'common' | 'rare' | 'single') =>
		r.search ? `${kb(r.search[kind].rawBytes)} / ${kb(r.search[kind].gzipBytes)}` : '-';
	const build = [
		row([
			'guides',
			'pages',
			'build s',
			'peak MB (per guide)',
			'of which Pagefind',
			'largest HTML page, KB raw',
			...KEY_PAGES.map((p) => `\`${p}\``),
		]),
		row(['---:', '---:', '---:', '---:', '---:', '---', ...KEY_PAGES.map(() => '---:')]),
		...bench.results.map((r) =>
			row([
				n(r.guides),
				n(r.output?.htmlPages),
				n(r.buildSeconds, 1),
				`${n(r.memory?.peakMB)} (${n(r.memory && r.memory.peakMB / r.guides, 2)})`,
				n(r.memory?.pagefindPeakMB),
				r.output?.largestPages[0] ? `${kb(r.output.largestPages[0].bytes)} \`${r.output.largestPages[0].path}\`` : '-',
				...KEY_PAGES.map((p) => kb(r.output?.keyPages[p])),
			]),
		),
	];
	const browser = [
		row([
			'guides',
			...KEY_PAGES.map((p) => `Lighthouse \`${p}\``),
			'quiz enabled, ms (ratio)',
			'one search, KB raw / gzip: common term',
			'rare term',
			'one-guide term',
		]),
		row(['---:', ...KEY_PAGES.map(() => '---:'), '---:', '---:', '---:', '---:']),
		...bench.results.map((r) =>
			row([
				n(r.guides),
				...KEY_PAGES.map((p) => n(r.lighthouse?.[p]?.performance)),
				r.quiz ? `${n(r.quiz.enabledMs)} (${n(first.quiz ? r.quiz.enabledMs / first.quiz.enabledMs : undefined, 2)})` : '-',
				search(r, 'common'),
				search(r, 'rare'),
				search(r, 'single'),
			]),
		),
	];
	return [
		...build,
		'',
		...browser,
		'',
		`The last \`npm run bench\`, on ${bench.date.slice(0, 10)} (${bench.machine.cpus} cores, ${bench.machine.memoryGB} GB). Written by \`npm run readme\`.`,
	].join('\n');
}

/** The run-file reader's times (no peer exists: absolute times, with the date and machine). */
function runsBlock(): string | undefined {
	const r = readJson<import('../bench/runs.ts').RunsBench>('bench-runs.json');
	if (!r) return undefined;
	const ms = (v: number) => `${Math.round(v).toLocaleString('en-GB')} ms`;
	const row = (what: string, value: string, target: string, met: boolean) =>
		`| ${what} | ${value} | ${target} | ${met ? 'met' : 'not met'} |`;
	return [
		'| reading, in Chromium at ' + r.cpuSlowdown + 'x CPU slowdown (median of 5) | measured | target | |',
		'| --- | ---: | ---: | --- |',
		row('a 4-hour 1 Hz FIT run', ms(r.fit4h), '300 ms', r.fit4h <= 300),
		row('a 4-hour GPX track', ms(r.gpx4h), '1,000 ms', r.gpx4h <= 1000),
		row('a 4-hour TCX file', ms(r.tcx4h), '1,000 ms', r.tcx4h <= 1000),
		row('28 days of files (40 one-hour FIT runs)', ms(r.month40), '3,000 ms', r.month40 <= 3000),
		row(
			`a ${r.strava.mb} MB Strava export (${r.strava.files.toLocaleString('en-GB')} files, ${r.strava.read} read)`,
			`${ms(r.strava.ms)}, heap peak ${Math.round(r.strava.heapPeakMb)} MB`,
			'15,000 ms, heap under 300 MB',
			r.strava.ms <= 15000 && r.strava.heapPeakMb < 300,
		),
		'',
		`The same 4-hour GPX through a DOM-based converter (@tmcw/togeojson over DOMParser): ${ms(r.togeojsonGpx4h)} and ${Math.round(r.togeojsonGpxHeapMb)} MB of heap, against ${ms(r.gpx4h)} and ${Math.round(r.streamingGpxHeapMb)} MB for the streaming reader. The last \`npm run bench:runs\` on ${r.date} (${r.machine}). Written by \`npm run readme\`.`,
	].join('\n');
}

/** test/e2e/every-page.test.ts's figures per page: gzip bytes as Chromium loaded them. */
type BudgetsJson = Record<string, PageWeight>;

/** Pages of a kind with no tool that the table shows beside every tool page. */
const BUDGET_SAMPLE = ['/', '/methods/ice-baths/', '/injuries/shin-pain/', '/search/'];
/** "/_astro/preact.VmzlNV2q.js" is "preact"; an Astro component's script is named after the component. */
const scriptName = (path: string) =>
	(path.split('/').pop() ?? path).replace(/\.[\w-]{8}\.js$/, '').replace(/\.astro_astro_type_script_index_\d+_lang$/, "'s script");

/** JavaScript before interaction and CSS, in bytes gzip, with the largest parts of each page's JavaScript. */
function budgetsBlock(): string | undefined {
	const budgets = readJson<BudgetsJson>('budgets.json');
	if (!budgets) return undefined;
	const pages = Object.entries(budgets).filter(([path, b]) => b.toolPage || BUDGET_SAMPLE.includes(path));
	const lines = [row(['page', 'JavaScript', 'budget', 'its largest parts', 'CSS']), row(['---', '---:', '---:', '---', '---:'])];
	for (const [path, b] of pages) {
		const parts = [...Object.entries(b.scripts).map(([file, bytes]) => [scriptName(file), bytes] as const), ['inline', b.inline] as const]
			.sort((x, y) => y[1] - x[1])
			.slice(0, 4)
			.map(([name, bytes]) => `${name} ${n(bytes)}`);
		const budget = b.toolPage ? BUDGET.jsToolPage : BUDGET.jsOtherPage;
		lines.push(row([`\`${path}\``, n(b.js), n(budget), parts.join(', '), n(b.css)]));
	}
	const date = statSync(output('budgets.json')).mtime.toISOString().slice(0, 10);
	lines.push(
		'',
		`Bytes gzip, inline scripts included, as Chromium loaded them in the e2e run of ${date} (CSS budget ${n(BUDGET.css)}); every page's figures are in \`test/.output/budgets.json\`. Written by \`npm run readme\`.`,
	);
	return lines.join('\n');
}

let readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [name, block] of [
	['tests', testsBlock()],
	['bench', benchBlock()],
	['scale', scaleBlock()],
	['runs', runsBlock()],
	['budgets', budgetsBlock()],
] as const) {
	const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
	if (!pattern.test(readme)) throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`);
	if (block === undefined) console.log(`readme: no ${name} results in test/.output; the ${name} block is left as it is`);
	else readme = readme.replace(pattern, `$1\n${block}\n$2`);
}
writeFileSync(join(root, 'README.md'), readme);
// Prettier aligns the tables as the lint step expects.
spawnSync(join(root, 'node_modules/.bin/prettier'), ['--write', 'README.md'], { cwd: root, stdio: 'inherit' });
console.log('readme: tables written');
