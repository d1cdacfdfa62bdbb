/**
 * Builds the site once (unless E2E_SKIP_BUILD=1 and the output exists) and serves it on loopback for
 * the dist and e2e layers; tests read the folder and address with inject('distDir') and
 * inject('baseURL') (./served-site.ts). Both projects name this file, and Vitest runs it once per
 * project in its main process: the build and the server are kept on globalThis so the second
 * project reuses the first's. E2E_DIST sets another output folder than dist/, so two runs in one
 * checkout do not build over each other.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site';
import { serveStatic, type RunningServer } from './static-server';
import { root } from './guides';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		distDir: string;
	}
}

interface Shared {
	site: Promise<{ distDir: string; server: RunningServer }>;
	users: number;
}
const KEY = Symbol.for('runner-recovery:built-site');
const shared = globalThis as unknown as Record<symbol, Shared | undefined>;

async function buildAndServe() {
	const distDir = process.env.E2E_DIST ? resolve(root, process.env.E2E_DIST) : join(root, 'dist');
	const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(distDir, 'index.html'));
	if (!reuse) {
		// Vitest runs with NODE_ENV=test, and a build that inherits it is a development flavour
		// (import.meta.env.DEV true, PROD false): build what a host builds.
		const build = buildSite(distDir, { env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe' });
		if (build.status !== 0) throw new Error(`The site's build failed:\n${build.stdout}\n${build.stderr}`);
	}
	return { distDir, server: await serveStatic(distDir) };
}

export async function setup(project: TestProject) {
	const entry = (shared[KEY] ??= { site: buildAndServe(), users: 0 });
	entry.users++;
	const { distDir, server } = await entry.site;
	project.provide('baseURL', server.url);
	project.provide('distDir', distDir);
}

export async function teardown() {
	const entry = shared[KEY];
	if (!entry || --entry.users > 0) return;
	shared[KEY] = undefined;
	await (await entry.site).server.close();
}
