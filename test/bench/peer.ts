/**
 * The bench's peer: a default Starlight site built from the same guide bodies in the same run, so
 * build time, memory and search bytes are reported as ratios to it (README "Scale benchmark").
 *
 * Starlight is installed from the npm registry once per run into a scratch folder, pinned to one
 * minor version (PEER_VERSION, with the astro we run) and printed with the result. Each size gets a
 * folder whose node_modules links to that install, so every peer build is cold like ours (no
 * node_modules/.astro, no .vite). The pages are the method guides of our scratch copy after the
 * synthetic ones were written (real and synthetic alike): the title and summary become Starlight's
 * title and description, and the body is kept with our MDX components and imports removed (a
 * plain Markdown page, as a Starlight author would write it). Starlight's defaults are kept: its
 * sidebar lists every page, its search is Pagefind's default UI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse as fromYaml, stringify as toYaml } from 'yaml';
import { guideSlug, isGuideFile } from '../../src/lib/guide-files.ts';

/** The peer's pinned version: issue 24's note names @astrojs/starlight@0.42 with astro 7. */
export const PEER_VERSION = '0.42';

export interface PeerInstall {
	dir: string;
	starlight: string;
	astro: string;
}

const versionIn = (dir: string, pkg: string) =>
	(JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Installs Starlight and the astro this project uses into a scratch folder (about a minute). */
export function installPeer(projectRoot: string): PeerInstall {
	const dir = mkdtempSync(join(tmpdir(), 'runner-recovery-peer-install-'));
	const astro = versionIn(projectRoot, 'astro');
	const sharp = versionIn(projectRoot, 'sharp');
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({
			name: 'starlight-peer',
			private: true,
			type: 'module',
			// Starlight's starter's build command; the bench runs each side's own (test/bench/bench.ts).
			scripts: { build: 'astro build' },
			dependencies: { astro, '@astrojs/starlight': `~${PEER_VERSION}.0`, sharp },
		}),
	);
	const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
	if (npm.status !== 0) throw new Error(`Installing the Starlight peer failed:\n${npm.stdout}\n${npm.stderr}`);
	return { dir, starlight: versionIn(dir, '@astrojs/starlight'), astro: versionIn(dir, 'astro') };
}

/** Our MDX guide as a Markdown page: frontmatter title and description, body without components. */
export function toPeerPage(source: string): string {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error('A guide without frontmatter');
	const data = fromYaml(match[1]!) as { title: string; summary: string };
	const body = match[2]!
		.replace(/^import .*$/gm, '')
		.replace(/<[A-Z][\w.]*(\s[^>]*)?\/>/g, '')
		.replace(/<([A-Z][\w.]*)(\s[^>]*)?>([\s\S]*?)<\/\1>/g, '$3');
	return `---\n${toYaml({ title: data.title, description: data.summary }, { lineWidth: 0 })}---\n${body}`;
}

/**
 * A node_modules of links to each package installed in `from`, not one link to the folder, so a
 * build's caches (node_modules/.astro, .vite, .cache) land in the scratch copy and start cold.
 */
export function linkModules(from: string, scratch: string) {
	const modules = join(scratch, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(join(from, 'node_modules'))) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(join(from, 'node_modules', name), join(modules, name));
	}
}

/** A peer project for one size: the guides of `guidesDir` as Starlight pages. */
export function makePeerProject(install: PeerInstall, guidesDir: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'runner-recovery-peer-'));
	linkModules(install.dir, dir);
	writeFileSync(join(dir, 'package.json'), readFileSync(join(install.dir, 'package.json')));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
			"export default defineConfig({ site: 'https://peer.example', integrations: [starlight({ title: 'Peer' })] });\n",
	);
	mkdirSync(join(dir, 'src/content/docs/guides'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
			"import { docsSchema } from '@astrojs/starlight/schema';\n" +
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
	);
	writeFileSync(
		join(dir, 'src/content/docs/index.md'),
		'---\ntitle: Peer\ndescription: The same guides, in Starlight.\n---\n\nThe guides.\n',
	);
	for (const file of readdirSync(guidesDir).filter(isGuideFile))
		writeFileSync(join(dir, 'src/content/docs/guides', `${guideSlug(file)}.md`), toPeerPage(readFileSync(join(guidesDir, file), 'utf8')));
	return dir;
}

/**
 * One cold search in Starlight's own UI, as a reader runs it: a fresh context (empty cache) on the
 * home page, the search button, the query typed, until Pagefind's UI shows its results (it shows
 * five at first and loads their fragments), then until no request has come for a moment. Returns
 * the paths the server sent meanwhile; the caller counts the bytes.
 */
export async function peerSearch(
	browser: Browser,
	url: string,
	query: string,
	recorded: () => string[],
): Promise<{ results: number; shown: number }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await page.locator('button[data-open-modal]').first().click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor({ timeout: 30_000 });
		await input.fill(query);
		const message = page.locator('.pagefind-ui__message');
		await page.waitForFunction(
			() => /\d+ results? for|No results/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
			undefined,
			{
				timeout: 60_000,
			},
		);
		const results = Number(/(\d+) results?/.exec((await message.textContent()) ?? '')?.[1] ?? 0);
		await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result-title').length >= n, Math.min(results, 5), {
			timeout: 60_000,
		});
		for (let seen = -1; seen !== recorded().length;) {
			seen = recorded().length;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		return { results, shown: await page.locator('.pagefind-ui__result').count() };
	} finally {
		await context.close();
	}
}
