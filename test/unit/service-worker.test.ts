import { expect, test } from 'vitest';
import { fillPrecache, PRECACHE_PLACEHOLDER } from '../../src/integrations/service-worker';

/** A worker's precache list as Workbox's bundle (Terser) prints it, with the placeholder in it. */
const bundled = (list: string) => `e.precacheAndRoute([{url:"_astro/a.js",revision:null},${list}],{directoryIndex:"index.html"})`;
const placeholder = `{url:"${PRECACHE_PLACEHOLDER}",revision:"${PRECACHE_PLACEHOLDER}"}`;

test("the precache list takes the placeholder's place in the bundled worker", () => {
	const entries = [
		{ url: 'pagefind/pagefind.js', revision: 'abc' },
		{ url: 'pagefind/pagefind.unknown_1f.pf_meta', revision: 'def' },
	];
	const filled = fillPrecache(bundled(placeholder), entries);
	expect(filled).toBe(bundled('{url:"pagefind/pagefind.js",revision:"abc"},{url:"pagefind/pagefind.unknown_1f.pf_meta",revision:"def"}'));
	// The list is still JavaScript that lists every entry once.
	const list = new Function('e', `let out; e = { precacheAndRoute: (l) => (out = l) }; ${filled}; return out;`)();
	expect(list.map((e: { url: string }) => e.url)).toEqual(['_astro/a.js', 'pagefind/pagefind.js', 'pagefind/pagefind.unknown_1f.pf_meta']);
});

test('a worker without the placeholder, or with it twice, fails the build instead of shipping without its precache list', () => {
	const entries = [{ url: 'pagefind/pagefind.js', revision: 'abc' }];
	expect(() => fillPrecache(bundled(''), entries)).toThrow(/holds 0 placeholders/);
	expect(() => fillPrecache(bundled(`${placeholder},${placeholder}`), entries)).toThrow(/holds 2 placeholders/);
	// Printed another way (quoted keys) it is not found: the check does not guess.
	expect(() => fillPrecache(bundled(`{"url":"${PRECACHE_PLACEHOLDER}","revision":"${PRECACHE_PLACEHOLDER}"}`), entries)).toThrow(
		/holds 0 placeholders/,
	);
});
