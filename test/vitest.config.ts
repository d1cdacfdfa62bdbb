/// <reference types="vitest/config" />
/**
 * One Vitest config, one project per test layer (see README "Tests"):
 *   unit        pure logic in src/lib (node)
 *   components  Preact islands with @testing-library/preact (happy-dom)
 *   content     every guide, injury guide and bibliography entry (node)
 *   build       a broken guide or citation fails `astro sync` with a readable message (node; slow)
 *   e2e         the built site in real Chromium through playwright-core (node; builds once)
 * getViteConfig gives every project Astro's Vite setup, so Preact JSX and astro/zod resolve as in the site.
 */
import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default getViteConfig(
	{
		root,
		test: {
			root,
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
						name: 'e2e',
						environment: 'node',
						include: ['test/e2e/**/*.test.ts'],
						globalSetup: ['test/e2e/global-setup.ts'],
						testTimeout: 60_000,
						hookTimeout: 120_000,
						// One browser at a time: the machine has two cores and the site server is shared.
						fileParallelism: false,
					},
				},
			],
		},
	},
	{ root },
);
