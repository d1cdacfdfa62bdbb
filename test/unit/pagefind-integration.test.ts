import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, expect, test, vi } from 'vitest';

const calls: string[] = [];
/** What Pagefind's process would see in its environment when it starts. */
let chunkSizeSeen: string | undefined;
const fragment = {
	url: '/methods/heat/',
	content: 'Warm water.',
	meta: { title: 'Heat', summary: 'Warmth.' },
	filters: { kind: ['Method'] },
};
const index = {
	addDirectory: vi.fn(async () => ({ errors: [] as string[], page_count: 3 })),
	// Writes one fragment as Pagefind does: gzipped JSON after its signature.
	writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
		mkdirSync(join(outputPath, 'fragment'), { recursive: true });
		writeFileSync(join(outputPath, 'fragment', 'unknown_abc123.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
		return { errors: [] as string[], outputPath };
	}),
};
vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		chunkSizeSeen = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
		return { errors: [], index };
	}),
	close: vi.fn(async () => {
		calls.push('close');
	}),
}));

const { buildSearchIndex, assertPagefindResponse } = await import('../../src/integrations/pagefind');
const { createIndex } = await import('pagefind');

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
let dist: string;
const run = () => buildSearchIndex(dist, logger);

beforeEach(() => {
	dist = mkdtempSync(join(tmpdir(), 'pagefind-integration-'));
	calls.length = 0;
	vi.clearAllMocks();
});

test('indexes the built directory without a stemmer in small chunks, writes to dist/pagefind/, a card per page, and closes Pagefind', async () => {
	await run();
	expect(createIndex).toHaveBeenCalledWith({ forceLanguage: 'unknown' });
	expect(chunkSizeSeen).toBe('5000');
	expect(index.addDirectory).toHaveBeenCalledWith({ path: dist });
	expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dist, 'pagefind') });
	expect(readdirSync(join(dist, 'search/cards'))).toEqual(['unknown_abc123.json']);
	expect(JSON.parse(readFileSync(join(dist, 'search/cards/unknown_abc123.json'), 'utf8'))).toEqual({
		url: '/methods/heat/',
		title: 'Heat',
		kind: 'Method',
		summary: 'Warmth.',
	});
	expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 3 pages and wrote 1 result cards in \d+ ms\.$/));
	expect(calls).toEqual(['close']);
});

test("fails the build with Pagefind's own messages, and still closes it", async () => {
	index.addDirectory.mockResolvedValueOnce({ errors: ['bad HTML in /x/'], page_count: 0 });
	const error = await run().catch((e: Error) => e);
	expect(error).toBeInstanceOf(Error);
	expect((error as Error).message).toBe('Failed to build the Pagefind search index.');
	expect(((error as Error).cause as Error).message).toContain('bad HTML in /x/');
	expect(calls).toEqual(['close']);
});

test('assertPagefindResponse passes clean responses through', () => {
	expect(assertPagefindResponse({ errors: [], n: 1 }, 'x')).toEqual({ errors: [], n: 1 });
	expect(() => assertPagefindResponse(undefined, 'x')).toThrow('Pagefind gave no answer to x.');
});
