import { expect, test } from 'vitest';
import { RED_FLAGS, URGENCIES, redFlag } from '../../src/lib/red-flags';

test('every red flag has a unique anchor id, signs, an action and a known urgency', () => {
	const ids = RED_FLAGS.map((f) => f.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const flag of RED_FLAGS) {
		expect(flag.id).toMatch(/^[a-z-]+$/);
		expect(flag.signs.length).toBeGreaterThan(0);
		expect(flag.action.length).toBeGreaterThan(20);
		expect(URGENCIES).toContain(flag.urgency);
		for (const source of flag.sources) if (source.url) expect(source.url).toMatch(/^https:\/\//);
	}
});

test('the issue\'s required symptoms are all covered', () => {
	const ids = RED_FLAGS.map((f) => f.id);
	for (const id of ['bone-stress', 'rhabdomyolysis', 'heat-illness', 'hyponatraemia', 'clot', 'infection', 'numbness', 'cardiac'])
		expect(ids).toContain(id);
	expect(redFlag('cardiac').urgency).toBe('emergency');
});

test('redFlag names the valid ids when asked for a missing one', () => {
	expect(() => redFlag('nope')).toThrow(/expected one of: cardiac/);
});
