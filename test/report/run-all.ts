/**
 * `npm test`: every layer in order (the type check and lint side by side), stopping at the first
 * that fails, each step timed. The times
 * go to test/.output/steps.json (with the date and machine) and Vitest's per-file results to
 * test/.output/vitest.json; `npm run readme` writes the README's tables from them and from the last
 * bench (test/report/readme-tables.ts), so no figure there is typed by hand.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const OUTPUT = join(root, 'test/.output');

/** Steps in one group run side by side (the type check and lint each use about one core). */
const GROUPS: { name: string; command: string }[][] = [
	[
		{ name: 'type check', command: 'astro check' },
		{ name: 'lint', command: 'npm run lint' },
	],
	[
		{
			name: 'vitest',
			command: 'vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile.json=test/.output/vitest.json',
		},
	],
	[{ name: 'audit', command: 'AUDIT_SKIP_BUILD=1 AUDIT_RUNS=1 npm run audit' }],
];

/** Runs a step; alongside others its output is held and printed whole when it ends, so logs do not interleave. */
function runStep(step: { name: string; command: string }, alone: boolean): Promise<{ name: string; seconds: number; ok: boolean }> {
	const t = performance.now();
	const child = spawn('sh', ['-c', step.command], {
		cwd: root,
		stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve) =>
		child.on('close', (code) => {
			const seconds = (performance.now() - t) / 1000;
			if (output) process.stdout.write(output);
			process.stdout.write(`\nnpm test: ${step.name} ${code === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s\n`);
			resolve({ name: step.name, seconds, ok: code === 0 });
		}),
	);
}

mkdirSync(OUTPUT, { recursive: true });
const started = new Date();
const times: { name: string; seconds: number; ok: boolean }[] = [];
let wall = 0;
for (const group of GROUPS) {
	const t = performance.now();
	times.push(...(await Promise.all(group.map((step) => runStep(step, group.length === 1)))));
	wall += (performance.now() - t) / 1000;
	if (times.some((s) => !s.ok)) break;
}
const total = wall;
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
if (times.some((s) => !s.ok) || times.length < GROUPS.flat().length) process.exitCode = 1;
