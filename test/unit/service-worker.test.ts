import { expect, test } from 'vitest';
import { bundleWorker, fillPrecache, PRECACHE_INJECTION_POINT } from '../../src/integrations/service-worker';
import { CACHES } from '../../src/lib/offline';
import { TOOLS } from '../../src/lib/tools/registry';

/** A bundled worker as the build's bundler prints it, with the precache list's injection point in it. */
const bundled = (list: string) => `(function(){let e=class{};Q(${list},{directoryIndex:"index.html"})})();`;

test("the precache list takes the injection point's place in the bundled worker", () => {
	const entries = [
		{ url: '_astro/a.js', revision: null },
		{ url: 'pagefind/pagefind.unknown_1f.pf_meta', revision: 'def' },
	];
	const filled = fillPrecache(bundled(PRECACHE_INJECTION_POINT), entries);
	expect(filled).toBe(bundled('[{"url":"_astro/a.js","revision":null},{"url":"pagefind/pagefind.unknown_1f.pf_meta","revision":"def"}]'));
	// The list is still JavaScript that lists every entry once.
	const list = new Function(`let out; const Q = (l) => (out = l); ${filled}; return out;`)();
	expect(list).toEqual(entries);
});

test('a worker without the injection point, or with it twice, fails the build instead of shipping without its precache list', () => {
	const entries = [{ url: 'pagefind/pagefind.js', revision: 'abc' }];
	expect(() => fillPrecache(bundled('[]'), entries)).toThrow(/holds 0 injection points/);
	expect(() => fillPrecache(bundled(`${PRECACHE_INJECTION_POINT}.concat(${PRECACHE_INJECTION_POINT})`), entries)).toThrow(
		/holds 2 injection points/,
	);
	// Renamed by a bundler (a minifier's local name), it is not found: the check does not guess.
	expect(() => fillPrecache(bundled('e.__WB_MANIFEST'), entries)).toThrow(/holds 0 injection points/);
});

test("the worker's source bundles into one classic script, in production mode, with its injection point once", async () => {
	const source = await bundleWorker();
	// A classic script (a service worker is registered as one): no import or export left to run.
	expect(() => new Function(source)).not.toThrow();
	expect(source.split(PRECACHE_INJECTION_POINT)).toHaveLength(2);
	// Production mode: Workbox's development logging (its logger groups messages) is cut out.
	expect(source).not.toContain('process.env');
	expect(source).not.toContain('groupCollapsed');
	// Its routes name their caches (the pages read, search's files).
	expect(source).toContain(CACHES.pages);
	expect(source).toContain(CACHES.search);
	// The offline layer's names only, not its lists: the tool registry stays out of the worker.
	for (const tool of TOOLS) expect(source).not.toContain(tool.href);
});
