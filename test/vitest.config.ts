/// <reference types="vitest/config" />
/**
 * One Vitest config, one project per test layer (see README "Tests"):
 *   unit        pure logic in src/lib (node)
 *   components  Preact islands with @testing-library/preact (happy-dom)
 *   content     every guide, injury guide and bibliography entry (node)
 *   build       a broken guide or citation fails `astro sync` with a readable message (node; slow)
 *   dist        the built files and the server's answers, no browser (node; files in parallel)
 *   e2e         the built site in real Chromium through playwright-core (node)
 * dist and e2e share one build and one server (test/support/global-setup.ts).
 * getViteConfig gives every project Astro's Vite setup, so Preact JSX and astro/zod resolve as in the site.
 */
import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Just under a run of `npm run test:quick` on 2026-12-06 (statements 96.3%, branches 93.4%, functions 94.6%, lines 97.2%); raise them as coverage grows. */
const COVERAGE_THRESHOLDS = { statements: 95, branches: 92, functions: 94, lines: 96 };

export default getViteConfig(
	{
		root,
		test: {
			root,
			// Vitest defaults to one worker fewer than the cores, which is one here: every file ran alone.
			// Two keep both cores busy (a browser test spends part of its time waiting on Chromium).
			maxWorkers: 2,
			// V8 coverage of src/lib, reported by `npm run test:quick` (--coverage): the thresholds sit just
			// under what the unit, component and content layers reach today, so a change that leaves new
			// logic untested fails the quick loop.
			coverage: {
				provider: 'v8',
				include: ['src/lib/**/*.ts'],
				reporter: ['text-summary', 'json-summary'],
				reportsDirectory: 'test/.output/coverage',
				thresholds: COVERAGE_THRESHOLDS,
			},
			projects: [
				{
					extends: true,
					test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
				},
				{
					extends: true,
					test: {
						name: 'components',
						environment: 'happy-dom',
						include: ['test/components/**/*.test.tsx'],
						setupFiles: ['test/setup/dom.ts'],
					},
				},
				{
					extends: true,
					test: {
						name: 'content',
						environment: 'node',
						include: ['test/content/**/*.test.ts'],
						exclude: ['test/content/schema-errors.test.ts'],
					},
				},
				{
					extends: true,
					test: { name: 'build', environment: 'node', include: ['test/content/schema-errors.test.ts'], testTimeout: 120_000 },
				},
				{
					extends: true,
					test: {
						name: 'dist',
						environment: 'node',
						include: ['test/dist/**/*.test.ts'],
						globalSetup: ['test/support/global-setup.ts'],
						hookTimeout: 120_000,
					},
				},
				{
					extends: true,
					test: {
						name: 'e2e',
						environment: 'node',
						include: ['test/e2e/**/*.test.ts'],
						globalSetup: ['test/support/global-setup.ts'],
						testTimeout: 60_000,
						hookTimeout: 120_000,
						// Pages of one file visited a few at a time in its browser (describe.concurrent).
						maxConcurrency: 2,
						// expect.poll gives up after 1 s by default: too short for a page in Chromium on a 2-core
						// machine running two test files (an offline search's message once took longer).
						expect: { poll: { timeout: 15_000 } },
					},
				},
			],
		},
	},
	{ root },
);
