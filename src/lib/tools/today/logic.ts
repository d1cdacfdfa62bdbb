/**
 * The quiz's logic as the island loads it when the reader first touches the form: the guide index
 * (fetched from /tools/today/guides.json alongside this module) read and checked, and the rules
 * over it (index.ts documents them).
 */
import { decodeMethods, readGuideIndex, type QuizInjury } from './guide-index';
import { todayLogic } from './index';

export const makeTodayLogic = (methods: string, injuries: readonly QuizInjury[]) => todayLogic(decodeMethods(methods), injuries);

/** The logic over a fetched guide index (throws when it cannot be read). */
export function todayLogicFrom(json: unknown) {
	const index = readGuideIndex(json);
	return todayLogic(index.methods, index.injuries);
}
