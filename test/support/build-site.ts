/**
 * Runs the site's build as `npm run build` does (src/build/build.sh: `astro build`, then the search
 * index and the service worker), for the dist and e2e layers and the Lighthouse audit.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { delimiter, join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

export function buildSite(outDir: string, options: { env?: NodeJS.ProcessEnv; stdio: 'pipe' | 'inherit' }): SpawnSyncReturns<string> {
	const env = options.env ?? process.env;
	return spawnSync('sh', [join(root, 'src/build/build.sh'), outDir], {
		cwd: root,
		// `astro` from the project, as npm puts it on PATH.
		env: { ...env, PATH: `${join(root, 'node_modules/.bin')}${delimiter}${env.PATH ?? ''}` },
		encoding: 'utf8',
		stdio: options.stdio,
	});
}
