/**
 * The situation model: what every tool and guide knows about a runner's situation, stated once.
 * Races and the days after them, ages, sleep, the health screen, warning signs, illness and the
 * red-flag ids. Tools read it; no tool reads another tool's files (test/unit/situation.test.ts).
 */
export * from './races';
export * from './ages';
export * from './sleep';
export * from './health';
export * from './red-flag-ids';
export * from './recovery-days';
export * from './links';
