/**
 * A page's JavaScript as the build says it will load, computed from the files with no browser:
 * every module script the HTML names, every island's component and renderer, and everything those
 * import statically (`import … from "./x.js"`, `export … from`), transitively; not what they import
 * dynamically (`import("./x.js")`, loaded on first use). Each file at its gzip size, plus the
 * page's inline scripts. The dist layer holds every page to its budget with it, and the browser
 * layer checks that it agrees with what Chromium loads (test/e2e/every-page.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSize } from './built-site';

const STATIC_IMPORT = /\bimport\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
const STATIC_EXPORT = /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g;

export interface StaticScripts {
	/** Gzip bytes of every file and inline script the page loads before any interaction. */
	js: number;
	/** Each file by its site path, at its gzip size. */
	files: Record<string, number>;
	inline: number;
	/** The page has an island: a tool page (20 KB budget) rather than 4 KB. */
	toolPage: boolean;
}

/** A script's static imports, as site paths. */
function importsOf(source: string, from: string): string[] {
	return [...source.matchAll(STATIC_IMPORT), ...source.matchAll(STATIC_EXPORT)].map((m) => {
		const target = m[1]!;
		return target.startsWith('/') ? target : posix.join(posix.dirname(from), target);
	});
}

export function staticScripts(dist: string, html: string): StaticScripts {
	const roots = [
		...[...html.matchAll(/<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
		...[...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) =>
			[...m[0].matchAll(/\s(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((a) => a[1]!),
		),
	];
	const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
		.map((m) => m[2] ?? '');
	for (const script of inlineScripts) roots.push(...importsOf(script, '/'));
	const files: Record<string, number> = {};
	const queue = [...new Set(roots)];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (path in files) continue;
		const source = readFileSync(join(dist, path));
		files[path] = gzipSize(source);
		queue.push(...importsOf(source.toString('utf8'), path).filter((p) => !(p in files)));
	}
	const inline = inlineScripts.reduce((sum, s) => sum + (s.trim() ? gzipSize(s) : 0), 0);
	const js = Object.values(files).reduce((a, b) => a + b, 0) + inline;
	return { js, files, inline, toolPage: /<astro-island\b/.test(html) };
}
