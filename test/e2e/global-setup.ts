/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and the output exists) and serves it on loopback for
 * every e2e test file; tests read the address with inject('baseURL'). E2E_DIST sets another output
 * folder than dist/, so two runs in one checkout do not build over each other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type RunningServer } from '../support/static-server';
import { root } from '../support/guides';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		distDir: string;
	}
}

let running: RunningServer | undefined;

export async function setup(project: TestProject) {
	const distDir = process.env.E2E_DIST ? resolve(root, process.env.E2E_DIST) : join(root, 'dist');
	const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(distDir, 'index.html'));
	if (!reuse) {
		const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', distDir], {
			cwd: root,
			// Vitest runs with NODE_ENV=test, and a build that inherits it is a development flavour
			// (import.meta.env.DEV true, PROD false): build what a host builds.
			env: { ...process.env, NODE_ENV: 'production' },
			encoding: 'utf8',
			stdio: 'pipe',
		});
		if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
	}
	running = await serveStatic(distDir);
	project.provide('baseURL', running.url);
	project.provide('distDir', distDir);
}

export async function teardown() {
	await running?.close();
}
