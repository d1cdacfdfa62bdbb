/**
 * What "Your runs" keeps of a file: sessions (one per sport in a multisport file), each reduced to
 * the few figures the picture needs. No track, no place and no per-second series leaves the reader:
 * heart rate is kept as seconds at each beat rate, so heart-rate load can be worked out again for
 * any maximum heart rate the runner types, without the samples.
 *
 * THIS SITE'S RULES (stated on the page): a GPX track, which has no totals, counts a stretch as
 * moving when its speed is at least MOVING_SPEED; a gap longer than PAUSE_GAP_S between two points
 * is a pause, never movement.
 */
export const SPORTS = ['running', 'walking', 'cycling', 'swimming', 'other'] as const;
export type Sport = (typeof SPORTS)[number];
export const SPORT_LABELS: Record<Sport, string> = {
	running: 'Run',
	walking: 'Walk',
	cycling: 'Ride',
	swimming: 'Swim',
	other: 'Other',
};

/** The IndexedDB database "Remember on this device" writes (store.ts); here so the page can look for it without loading the store. */
export const RUNS_DB = 'runner-recovery-runs';

/** The picture's length in days, ending today (picture.ts; here so the page's first chunk can name it). */
export const PICTURE_DAYS = 28;

/** m/s: slower than this, a GPX stretch is standing still (a slow walk is about 1 m/s). */
export const MOVING_SPEED = 0.5;
/** s: two GPX points further apart in time than this are a pause (auto-pause, a stop at a café). */
export const PAUSE_GAP_S = 60;

/** Seconds at each heart rate, as [bpm, seconds] pairs, lowest rate first. */
export type HeartRateSeconds = readonly (readonly [number, number])[];

export interface RunSession {
	sport: Sport;
	/** Start, ms since 1970 (an instant: shown in the runner's own time zone). */
	start: number;
	/** Seconds from start to finish, pauses included. */
	elapsedS: number;
	/** Seconds moving (the device's timer time where the file has it). */
	movingS: number;
	/** Metres, or null when the file has none (a treadmill without a foot pod, a pool swim). */
	distanceM: number | null;
	/** Average heart rate over the session, when the file has heart rate. */
	avgHr: number | null;
	hr: HeartRateSeconds | null;
}

export type FileFormat = 'fit' | 'gpx' | 'tcx';

/** What one file held: its sessions, what could not be read, or why nothing could. */
export interface FileSummary {
	name: string;
	format: FileFormat | 'unknown';
	sessions: RunSession[];
	/** Things lost or worked out, in words ("The file stops part-way: ..."); empty when it read cleanly. */
	notes: string[];
	/** Set when the file gave no session: the reason, for the runner. */
	problem?: string;
}

export const ACCEPTED_TEXT = '.fit, .fit.gz, .gpx, .gpx.gz, .tcx, .tcx.gz, or a Strava export (.zip)';

/** Seconds at each whole beat rate, from samples at times t (s) with rates hr: each sample holds until the next, at most PAUSE_GAP_S. */
export function heartRateSeconds(samples: readonly { t: number; hr: number }[]): HeartRateSeconds | null {
	const byRate = new Map<number, number>();
	for (let i = 0; i + 1 < samples.length; i++) {
		const a = samples[i]!;
		const dt = samples[i + 1]!.t - a.t;
		if (!(dt > 0) || dt > PAUSE_GAP_S || !(a.hr >= 25 && a.hr <= 250)) continue;
		const bpm = Math.round(a.hr);
		byRate.set(bpm, (byRate.get(bpm) ?? 0) + dt);
	}
	if (byRate.size === 0) return null;
	return [...byRate.entries()].sort((x, y) => x[0] - y[0]);
}

/** The time-weighted mean of a heart-rate histogram. */
export function meanHeartRate(hr: HeartRateSeconds): number {
	let sum = 0;
	let seconds = 0;
	for (const [bpm, s] of hr) {
		sum += bpm * s;
		seconds += s;
	}
	return seconds > 0 ? Math.round(sum / seconds) : 0;
}

/** A sport from a device's or a site's own word for it ("Running", "trail_running", "Biking", "Ride"); numbers and unknown words are 'other'. */
export function sportFromWord(word: unknown): Sport {
	const w = typeof word === 'string' ? word.toLowerCase() : '';
	if (/run|jog/.test(w)) return 'running';
	if (/walk|hik/.test(w)) return 'walking';
	if (/cycl|bik|ride/.test(w)) return 'cycling';
	if (/swim/.test(w)) return 'swimming';
	return 'other';
}
