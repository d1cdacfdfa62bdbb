/**
 * `npm test`: every layer in order, stopping at the first that fails, each step timed. The times
 * go to test/.output/steps.json (with the date and machine) and Vitest's per-file results to
 * test/.output/vitest.json; `npm run readme` writes the README's tables from them and from the last
 * bench (test/report/readme-tables.ts), so no figure there is typed by hand.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const OUTPUT = join(root, 'test/.output');

const STEPS: { name: string; command: string }[] = [
	{ name: 'type check', command: 'astro check' },
	{ name: 'lint', command: 'npm run lint' },
	{
		name: 'vitest',
		command: 'vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile.json=test/.output/vitest.json',
	},
	{ name: 'audit', command: 'AUDIT_SKIP_BUILD=1 AUDIT_RUNS=1 npm run audit' },
];

mkdirSync(OUTPUT, { recursive: true });
const started = new Date();
const times: { name: string; seconds: number; ok: boolean }[] = [];
for (const step of STEPS) {
	const t = performance.now();
	const run = spawnSync('sh', ['-c', step.command], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
	});
	const seconds = (performance.now() - t) / 1000;
	times.push({ name: step.name, seconds, ok: run.status === 0 });
	process.stdout.write(`\nnpm test: ${step.name} ${run.status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`);
	if (run.status !== 0) break;
}
const total = times.reduce((sum, s) => sum + s.seconds, 0);
writeFileSync(
	join(OUTPUT, 'steps.json'),
	JSON.stringify(
		{
			date: started.toISOString(),
			machine: { cpus: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
			steps: times,
			totalSeconds: total,
		},
		null,
		2,
	),
);
process.stdout.write(
	`npm test: ${times.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}; ${(total / 60).toFixed(1)} min in all\n`,
);
if (times.some((s) => !s.ok) || times.length < STEPS.length) process.exitCode = 1;
