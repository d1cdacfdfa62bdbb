import { beforeEach, expect, test, vi } from 'vitest';

const calls: string[] = [];
const index = {
	addDirectory: vi.fn(async () => ({ errors: [] as string[], page_count: 3 })),
	writeFiles: vi.fn(async () => ({ errors: [] as string[], outputPath: '' })),
};
vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => ({ errors: [], index })),
	close: vi.fn(async () => {
		calls.push('close');
	}),
}));

const { default: pagefind, assertPagefindResponse } = await import('../../src/integrations/pagefind');
const { createIndex } = await import('pagefind');

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const run = () => (pagefind().hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: new URL('file:///tmp/dist/'), logger });

beforeEach(() => {
	calls.length = 0;
	vi.clearAllMocks();
});

test('indexes the built directory without a stemmer, writes to dist/pagefind/ and closes Pagefind', async () => {
	await run();
	expect(createIndex).toHaveBeenCalledWith({ forceLanguage: 'unknown' });
	expect(index.addDirectory).toHaveBeenCalledWith({ path: '/tmp/dist/' });
	expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/tmp/dist/pagefind/' });
	expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 3 pages in \d+ ms\.$/));
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
