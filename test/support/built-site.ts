/**
 * Facts about the built site in dist/: which pages exist, and gzip sizes. What a page loads is
 * measured in Chromium (test/e2e/every-page.test.ts), not guessed from the files.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
