/**
 * What "Remember on this device" keeps (IndexedDB, only when the runner ticks it): the per-session
 * summaries and the efforts they gave, never a track, a place, a file's bytes or a health answer.
 * Read back through an allow-list, like every other stored answer on the site: storage can be
 * corrupt or left by an old version, and whatever does not check out is dropped.
 */
import { RUNS_DB, SPORTS, type FileSummary, type RunSession } from './session';

export const STORE = { db: RUNS_DB, store: 'runs', key: 'picture', version: 1 } as const;

export interface StoredRuns {
	v: typeof STORE.version;
	files: FileSummary[];
	efforts: Record<string, number>;
}

const isNum = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isText = (v: unknown, max = 300): v is string => typeof v === 'string' && v.length <= max;
const DAY_MS = 86_400_000;

function readSession(raw: unknown): RunSession | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const s = raw as Record<string, unknown>;
	if (!(SPORTS as readonly unknown[]).includes(s.sport)) return undefined;
	if (!isNum(s.start, 0, 4e12) || !isNum(s.elapsedS, 0, 30 * DAY_MS) || !isNum(s.movingS, 0, 30 * DAY_MS)) return undefined;
	const distanceM = s.distanceM === null ? null : isNum(s.distanceM, 0, 1e7) ? s.distanceM : undefined;
	const avgHr = s.avgHr === null ? null : isNum(s.avgHr, 0, 260) ? s.avgHr : undefined;
	if (distanceM === undefined || avgHr === undefined) return undefined;
	let hr: RunSession['hr'] = null;
	if (s.hr !== null) {
		if (!Array.isArray(s.hr) || s.hr.length > 260) return undefined;
		const pairs = s.hr.filter(
			(p): p is [number, number] => Array.isArray(p) && p.length === 2 && isNum(p[0], 0, 260) && isNum(p[1], 0, 30 * DAY_MS),
		);
		if (pairs.length !== s.hr.length) return undefined;
		hr = pairs.map(([b, sec]) => [b, sec] as const);
	}
	return { sport: s.sport as RunSession['sport'], start: s.start, elapsedS: s.elapsedS, movingS: s.movingS, distanceM, avgHr, hr };
}

function readFile(raw: unknown): FileSummary | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const f = raw as Record<string, unknown>;
	if (
		!isText(f.name) ||
		!['fit', 'gpx', 'tcx', 'unknown'].includes(f.format as string) ||
		!Array.isArray(f.sessions) ||
		!Array.isArray(f.notes)
	)
		return undefined;
	const sessions = f.sessions.map(readSession);
	if (sessions.some((s) => s === undefined) || !f.notes.every((n) => isText(n)) || (f.problem !== undefined && !isText(f.problem)))
		return undefined;
	return {
		name: f.name,
		format: f.format as FileSummary['format'],
		sessions: sessions as RunSession[],
		notes: f.notes as string[],
		...(f.problem !== undefined ? { problem: f.problem as string } : {}),
	};
}

/** The stored picture, or undefined when there is none or it does not check out. */
export function readStoredRuns(raw: unknown): StoredRuns | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const r = raw as Record<string, unknown>;
	if (r.v !== STORE.version || !Array.isArray(r.files) || r.files.length > 2000) return undefined;
	const files = r.files.map(readFile);
	if (files.some((f) => f === undefined)) return undefined;
	const efforts: Record<string, number> = {};
	if (typeof r.efforts === 'object' && r.efforts !== null)
		for (const [id, e] of Object.entries(r.efforts as Record<string, unknown>))
			if (isText(id, 400) && isNum(e, 0, 10) && Number.isInteger(e)) efforts[id] = e;
	return { v: STORE.version, files: files as FileSummary[], efforts };
}
