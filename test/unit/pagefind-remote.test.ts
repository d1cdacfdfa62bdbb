/**
 * The page's side of the search worker: every PagefindApi call is one message, answered by id (in
 * any order), a result's data() is a request of its own, an error in the worker rejects only its
 * own call, and a worker that dies rejects every call still waiting. A hand-written fake worker
 * plays the other side (the real one is exercised in Chromium by test/e2e/search.test.ts).
 */
import { expect, test } from 'vitest';
import { remotePagefind, type Answer, type Request } from '../../src/components/search/pagefind-remote';

type Sent = Request & { id: number };

/** Records what the page sends; the test answers (or fails) by hand. */
class FakeWorker extends EventTarget {
	sent: Sent[] = [];
	postMessage(message: Sent) {
		this.sent.push(message);
	}
	answer(answer: Answer) {
		this.dispatchEvent(new MessageEvent('message', { data: answer }));
	}
	crash(message: string) {
		this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
	}
}

const setup = () => {
	const worker = new FakeWorker();
	return { worker, pagefind: remotePagefind(worker as unknown as Worker) };
};

test('a search is one message; its results open their fragments by result id', async () => {
	const { worker, pagefind } = setup();
	const searching = pagefind.search('foam roll', { filters: { kind: 'Method' } });
	expect(worker.sent).toEqual([{ id: 0, op: 'search', term: 'foam roll', filters: { kind: 'Method' } }]);
	worker.answer({ id: 0, value: [{ id: 'en_abc', score: 2.5 }] });
	const found = await searching;
	expect(found?.results.map(({ id, score }) => ({ id, score }))).toEqual([{ id: 'en_abc', score: 2.5 }]);

	const opening = found!.results[0]!.data();
	expect(worker.sent[1]).toEqual({ id: 1, op: 'data', result: 'en_abc' });
	const fragment = { url: '/methods/foam-rolling/', excerpt: '', content: '', locations: [], meta: { title: 'Foam rolling' } };
	worker.answer({ id: 1, value: fragment });
	expect(await opening).toEqual(fragment);
});

test('answers are matched by id, whatever order they come in; "no search" stays null', async () => {
	const { worker, pagefind } = setup();
	const first = pagefind.search('ice', {});
	const second = pagefind.search(null, {});
	worker.answer({ id: 1, value: null });
	worker.answer({ id: 0, value: [] });
	expect(await second).toBeNull();
	expect(await first).toEqual({ results: [] });
});

test("an error in the worker rejects that call with the worker's message, and only that call", async () => {
	const { worker, pagefind } = setup();
	const failing = pagefind.init();
	const fine = pagefind.preload('heat', {});
	worker.answer({ id: 0, error: 'Failed to load the WebAssembly' });
	await expect(failing).rejects.toThrow('Failed to load the WebAssembly');
	worker.answer({ id: 1, value: undefined });
	await expect(fine).resolves.toBeUndefined();
});

test('a worker that fails to load rejects every waiting call, so search can fall back to the page', async () => {
	const { worker, pagefind } = setup();
	const calls = [pagefind.options({ excerptLength: 20 }), pagefind.search('sleep', {})];
	worker.crash('');
	for (const call of calls) await expect(call).rejects.toThrow('The search worker failed: it did not load');
});
