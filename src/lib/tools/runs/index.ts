/**
 * "Your runs": the runner's own files, read in the browser, turned into a 28-day picture whose every
 * number says how it was worked out, and into the quiz's training answers. Its modules:
 *   session.ts  what a file's sessions are reduced to (and the GPX moving-time rule)
 *   sniff.ts    a file's format from its first bytes; read.ts loads the one reader it needs
 *   fit.ts, xml.ts, archive.ts, strava.ts   the readers (FIT; GPX and TCX; .gz and .zip; Strava's export)
 *   load.ts     the three units of load, never added together
 *   picture.ts  the 28 days, this week against the usual, long runs, hard sessions, maybe-races
 *   describe.ts the words and the "how this was worked out" rows; the quiz's answers from files
 *   week.ts     the week ahead and its calendar
 *   form.ts     what the runner may say about themselves (age, maximum heart rate)
 *   store.ts    what "Remember on this device" keeps, read back through an allow-list
 */
import { LOAD_SOURCES } from './load';

/** Every bibliography id the page and its workings cite. */
export const RUNS_SOURCES: readonly string[] = [...new Set([...Object.values(LOAD_SOURCES).flat(), 'tanaka2001', 'impellizzeri2020'])];
