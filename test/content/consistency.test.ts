/**
 * Guides never contradict each other's grades: where an injury guide grades a recovery method
 * for an outcome that the method's own guide also grades, the two grades are the same.
 */
import { expect, test } from 'vitest';
import { loadGuides, loadInjuries } from '../support/guides';

test('an injury guide grades a method as the method guide does, for the same outcome', () => {
	const methods = new Map(loadGuides().map((g) => [g.slug, g.data]));
	const clashes: string[] = [];
	for (const injury of loadInjuries())
		for (const option of injury.data?.options ?? []) {
			if (!option.method) continue;
			const own = methods.get(option.method)?.evidence.find((e) => e.outcome === option.outcome);
			if (own && own.grade !== option.grade)
				clashes.push(
					`${injury.slug}: ${option.name} is ${option.grade} for ${option.outcome}, but /methods/${option.method}/ says ${own.grade}`,
				);
		}
	expect(clashes).toEqual([]);
});
