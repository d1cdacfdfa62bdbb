/**
 * Facts about the built site in dist/, for the budget checks: which pages exist, and how many
 * gzipped bytes of JavaScript and CSS each page loads before the reader does anything.
 *
 * "Before interaction" means every script the HTML references (module scripts, island components
 * and renderers, modulepreloads) and everything those import statically. Dynamic import() is
 * excluded on purpose: that is how search loads only when asked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Every .html file under dir, as site paths ("/", "/methods/ice-baths/", "/404.html"). */
export function htmlPages(dir: string): { path: string; file: string }[] {
	const out: { path: string; file: string }[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const file = join(d, name);
			if (statSync(file).isDirectory()) {
				if (name !== 'pagefind') walk(file);
			} else if (name.endsWith('.html')) {
				const rel = '/' + relative(dir, file).replaceAll('\\', '/');
				out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file });
			}
		}
	};
	walk(dir);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

const attr = (html: string, tag: RegExp, name: string) =>
	[...html.matchAll(tag)].flatMap((m) => {
		const found = new RegExp(`\\s${name}="([^"]+)"`).exec(m[0]);
		return found?.[1] ? [found[1].replaceAll('&amp;', '&')] : [];
	});

/** Static imports of a built JS module: `import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`. */
export function staticImports(code: string): string[] {
	const specs = new Set<string>();
	for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']/g)) {
		if (m[1]) specs.add(m[1]);
	}
	return [...specs];
}

export interface PageWeight {
	path: string;
	scripts: string[];
	jsGzip: number;
	inlineJsGzip: number;
	cssGzip: number;
	htmlGzip: number;
	hasIsland: boolean;
}

export function pageWeight(dir: string, page: { path: string; file: string }): PageWeight {
	const html = readFileSync(page.file, 'utf8');
	const toFile = (url: string) => (url.startsWith('/') ? join(dir, url.split('?')[0] ?? url) : resolve(dirname(page.file), url));
	const entries = [
		...attr(html, /<script\b[^>]*\bsrc="[^"]+"[^>]*>/g, 'src'),
		...attr(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href'),
		...attr(html, /<astro-island\b[^>]*>/g, 'component-url'),
		...attr(html, /<astro-island\b[^>]*>/g, 'renderer-url'),
	].filter((u) => !/^https?:/.test(u));
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8')))
			if (spec.startsWith('.') || spec.startsWith('/')) visit(spec.startsWith('/') ? join(dir, spec) : resolve(dirname(file), spec));
	};
	entries.map(toFile).forEach(visit);
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.join('\n');
	const css = attr(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href').map(toFile).filter(existsSync);
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
	const scripts = [...seen];
	return {
		path: page.path,
		scripts: scripts.map((s) => '/' + relative(dir, s)),
		jsGzip: scripts.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0),
		inlineJsGzip: inline.trim() ? gzipSize(inline) : 0,
		cssGzip: css.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) + (inlineCss ? gzipSize(inlineCss) : 0),
		htmlGzip: gzipSize(html),
		hasIsland: /<astro-island\b/.test(html),
	};
}
