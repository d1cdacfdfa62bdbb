/**
 * The situation model: what every tool and guide knows about a runner's situation, stated once.
 * Races and the days after them, ages, sleep, the health screen, warning signs, illness and the
 * red-flag ids. Tools read it; no tool reads another tool's files (test/unit/situation.test.ts).
 *
 * What a page loads before the reader touches a form (each tool's form.ts and island) imports the
 * light modules directly (races, ages, sleep, health), never this index: a module the eager code
 * imports lands in the chunk every tool page loads, and the days after a race (recovery-days) and
 * the sleep need are rules, loaded with each tool's logic (a unit test holds this).
 */
export * from './races';
export * from './ages';
export * from './age-bands';
export * from './sleep';
export * from './sleep-need';
export * from './health';
export * from './health-rules';
export * from './red-flag-ids';
export * from './recovery-days';
export * from './links';
export * from './facts';
