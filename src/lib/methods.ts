/**
 * Derived facts about methods that several pages share: the best grade, sorting by evidence, a
 * readable time range, filter groups. Pure functions over the schema's types.
 */
import type { EvidenceEntry } from './method-schema';
import { GOAL_OUTCOMES, GRADES, type Goal, type Grade, type Outcome } from './vocabulary';

/** 0 for A (strongest) to 3 for D, so a lower rank is better evidence. */
export const gradeRank = (grade: Grade): number => GRADES.indexOf(grade);

/** The entry with the strongest grade (the first one on a tie), or undefined when there is none. */
export function strongestEntry<T extends Pick<EvidenceEntry, 'grade'>>(evidence: readonly T[]): T | undefined {
	return evidence.reduce<T | undefined>((best, e) => (!best || gradeRank(e.grade) < gradeRank(best.grade) ? e : best), undefined);
}

/** The strongest grade a method earns for any outcome; D when nothing is graded. */
export function bestGrade(evidence: readonly Pick<EvidenceEntry, 'grade'>[]): Grade {
	return strongestEntry(evidence)?.grade ?? 'D';
}

/** The grade for one outcome, or undefined when the guide does not grade it. */
export function gradeFor(evidence: readonly Pick<EvidenceEntry, 'grade' | 'outcome'>[], outcome: Outcome): Grade | undefined {
	return evidence.find((e) => e.outcome === outcome)?.grade;
}

/** "5-15 min", "20 min", or hours for long spans ("7-9 h"). */
export function formatMinutes({ min, max }: { min: number; max: number }): string {
	const hours = (m: number) => Number((m / 60).toFixed(1)).toString();
	if (min >= 120 && max >= 120) return min === max ? `${hours(min)} h` : `${hours(min)}-${hours(max)} h`;
	return min === max ? `${min} min` : `${min}-${max} min`;
}

export interface SortableMethod {
	data: { title: string; evidence: readonly Pick<EvidenceEntry, 'grade'>[] };
}

/**
 * Strongest evidence first: by best grade, then by how many outcomes earn that grade, then by
 * title, so the order is stable from build to build.
 */
export function sortByEvidence<T extends SortableMethod>(methods: readonly T[]): T[] {
	const countAt = (m: T, grade: Grade) => m.data.evidence.filter((e) => e.grade === grade).length;
	return [...methods].sort((a, b) => {
		const ga = bestGrade(a.data.evidence);
		const gb = bestGrade(b.data.evidence);
		return gradeRank(ga) - gradeRank(gb) || countAt(b, gb) - countAt(a, ga) || a.data.title.localeCompare(b.data.title, 'en');
	});
}

/** The entry that answers a goal: the best-graded of the goal's outcomes (GOAL_OUTCOMES), if any. */
export function entryForGoal<T extends Pick<EvidenceEntry, 'grade' | 'outcome'>>(evidence: readonly T[], goal: Goal): T | undefined {
	return strongestEntry(evidence.filter((e) => GOAL_OUTCOMES[goal].includes(e.outcome)));
}

/** Methods that list a goal, best graded for it first (then by title), at most `limit`. */
export function bestForGoal<
	T extends { data: { title: string; goals: readonly Goal[]; evidence: readonly Pick<EvidenceEntry, 'grade' | 'outcome'>[] } },
>(methods: readonly T[], goal: Goal, limit = Infinity): T[] {
	const rank = (m: T) => gradeRank(entryForGoal(m.data.evidence, goal)?.grade ?? 'D');
	return methods
		.filter((m) => m.data.goals.includes(goal))
		.sort((a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title, 'en'))
		.slice(0, limit);
}
