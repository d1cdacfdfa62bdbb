/**
 * The quiz's logic as the island loads it when the reader first touches the form: the compact
 * guide index decoded, and the rules over it (index.ts documents them).
 */
import { decodeMethods, type QuizInjury } from './guide-index';
import { todayLogic } from './index';

export const makeTodayLogic = (methods: string, injuries: readonly QuizInjury[]) => todayLogic(decodeMethods(methods), injuries);
