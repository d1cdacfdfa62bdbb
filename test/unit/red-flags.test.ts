/**
 * The red flags: one list for /red-flags/, the guides' links, the quiz and the tools. Every entry
 * is complete, every source is a bibliography entry, and the flags the injury guides and the
 * tools rely on exist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RED_FLAGS, RED_FLAG_IDS, URGENCIES } from '../../src/lib/red-flags';
import { WARNING_FLAG_IDS } from '../../src/lib/situation';
import { RED_FLAG_IDS as AFTER_RACE_FLAGS } from '../../src/lib/tools/after-race/advice';
import { referencesDir } from '../support/guides';

test('every red flag has a unique anchor id, signs, an action and a known urgency', () => {
	const ids = RED_FLAGS.map((f) => f.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const flag of RED_FLAGS) {
		expect(flag.id).toMatch(/^[a-z-]+$/);
		expect(flag.signs.length).toBeGreaterThan(0);
		expect(flag.action.length).toBeGreaterThan(20);
		expect(URGENCIES).toContain(flag.urgency);
	}
});

test('every source of a red flag is an entry of the bibliography', () => {
	const missing = RED_FLAGS.flatMap((f) =>
		f.sources.filter((id) => !existsSync(join(referencesDir, `${id}.yaml`))).map((id) => `${f.id}: ${id}`),
	);
	expect(missing).toEqual([]);
});

test('the flags the guides, the quiz and the timeline point to all exist, with the urgency a runner is told', () => {
	for (const id of [
		'bone-stress',
		'rhabdomyolysis',
		'heat-illness',
		'hyponatraemia',
		'clot',
		'infection',
		'numbness',
		'cardiac',
		'cant-bear-weight',
		'tendon-rupture',
		'cauda-equina',
		'cold-urticaria',
	])
		expect(RED_FLAG_IDS).toContain(id);
	for (const id of [...Object.values(WARNING_FLAG_IDS), ...AFTER_RACE_FLAGS]) expect(RED_FLAG_IDS).toContain(id);
	const urgency = (id: string) => RED_FLAGS.find((f) => f.id === id)?.urgency;
	expect([urgency('cardiac'), urgency('cauda-equina'), urgency('heat-illness')]).toEqual(['emergency', 'emergency', 'emergency']);
	expect(urgency('clot')).toBe('urgent');
	expect(urgency('bone-stress')).toBe('soon');
});
