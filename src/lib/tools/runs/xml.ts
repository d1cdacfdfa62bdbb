/**
 * GPX and TCX, read by a narrow streaming reader written here rather than a DOM converter such as
 * @tmcw/togeojson: the files are read in a Web Worker, which has no DOMParser, and a 4-hour track
 * is about 15,000 points whose DOM would take several times the file's size in memory only to be
 * thrown away. The reader walks the tags once and keeps, per point, only time, position, distance
 * and heart rate. (The README gives the measurements behind the choice.)
 *
 * PUBLISHED: the formats' own elements (GPX 1.1 trk/trkseg/trkpt, Garmin's TrackPointExtension
 * hr; TCX Activity/Lap/Track/Trackpoint, Lap TotalTimeSeconds and DistanceMeters).
 * THIS SITE'S RULE: GPX has no totals, so moving time and distance are worked out from the points
 * (a stretch moves at MOVING_SPEED or faster; a gap of over PAUSE_GAP_S is a pause), see session.ts.
 */
import { MOVING_SPEED, PAUSE_GAP_S, heartRateSeconds, meanHeartRate, sportFromWord, type FileSummary, type RunSession } from './session';

/** Metres between two points on a sphere of the Earth's mean radius (haversine). */
export function metresBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const R = 6_371_008.8;
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** One tag or run of text; the reader calls `open`, `close` and `text` with local names (no prefix). */
interface Handler {
	open(name: string, attrs: string): void;
	close(name: string): void;
	text(text: string): void;
}

const TOKEN =
	/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Walks the tags of an XML text once. Malformed parts are skipped, never thrown on. */
export function walkXml(xml: string, h: Handler): void {
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
		if (m[6] !== undefined) h.text(m[6]);
		else if (m[1] !== undefined) h.text(m[1]);
		else if (m[3] !== undefined) {
			const name = localName(m[3]);
			if (m[2]) h.close(name);
			else {
				h.open(name, m[4] ?? '');
				if (m[5]) h.close(name);
			}
		}
	}
}

/** One compiled pattern per attribute name: a track has thousands of points. */
const ATTR_PATTERNS = new Map<string, RegExp>();
const attr = (attrs: string, name: string) => {
	let pattern = ATTR_PATTERNS.get(name);
	if (!pattern) ATTR_PATTERNS.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']*)["']`)));
	return pattern.exec(attrs)?.[1];
};
const num = (text: string | undefined) => {
	const v = text === undefined || text.trim() === '' ? NaN : Number(text);
	return Number.isFinite(v) ? v : undefined;
};
const time = (text: string | undefined) => {
	const t = text ? Date.parse(text.trim()) : NaN;
	return Number.isFinite(t) ? t / 1000 : undefined;
};

interface Point {
	t?: number;
	lat?: number;
	lon?: number;
	/** Distance so far, m (TCX). */
	d?: number;
	hr?: number;
}

/** Moving and elapsed seconds and metres along points with times and positions (GPX's rule). */
export function trackTotals(segments: readonly (readonly Point[])[]) {
	let moving = 0;
	let metres = 0;
	for (const seg of segments) {
		for (let i = 1; i < seg.length; i++) {
			const a = seg[i - 1]!;
			const b = seg[i]!;
			const step =
				a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined
					? metresBetween(a.lat, a.lon, b.lat, b.lon)
					: 0;
			metres += step;
			if (a.t === undefined || b.t === undefined) continue;
			const dt = b.t - a.t;
			if (dt > 0 && dt <= PAUSE_GAP_S && step / dt >= MOVING_SPEED) moving += dt;
		}
	}
	return { moving, metres };
}

const pointTimes = (points: readonly Point[]) => points.map((p) => p.t).filter((t): t is number => t !== undefined);

function hrOf(points: readonly Point[]) {
	const hr = heartRateSeconds(points.filter((p) => p.t !== undefined && p.hr !== undefined).map((p) => ({ t: p.t!, hr: p.hr! })));
	return { hr, avgHr: hr ? meanHeartRate(hr) : null };
}

/** GPX: each track is a session; its segments are parts of it (the gaps between them are pauses). */
export function readGpx(name: string, xml: string): FileSummary {
	const tracks: { type?: string; segments: Point[][] }[] = [];
	let track: (typeof tracks)[number] | undefined;
	let point: Point | undefined;
	let field = '';
	let buffer = '';
	walkXml(xml, {
		open(tag, attrs) {
			if (tag === 'trk') tracks.push((track = { segments: [] }));
			else if (tag === 'trkseg') track?.segments.push([]);
			else if (tag === 'trkpt' && track) {
				point = { lat: num(attr(attrs, 'lat')), lon: num(attr(attrs, 'lon')) };
				if (track.segments.length === 0) track.segments.push([]);
				track.segments.at(-1)!.push(point);
			}
			field = tag;
			buffer = '';
		},
		text(text) {
			buffer += text;
		},
		close(tag) {
			if (tag === 'trkpt') point = undefined;
			else if (tag === 'trk') track = undefined;
			else if (field === tag) {
				if (point && tag === 'time') point.t = time(buffer);
				else if (point && tag === 'hr') point.hr = num(buffer);
				else if (!point && track && tag === 'type') track.type = buffer.trim();
			}
			field = '';
		},
	});
	const sessions: RunSession[] = [];
	const notes: string[] = [];
	for (const trk of tracks) {
		const points = trk.segments.flat();
		const times = pointTimes(points);
		if (times.length < 2) continue;
		const empty = trk.segments.filter((s) => s.length === 0).length;
		if (empty) notes.push(`${empty === 1 ? 'An empty segment' : `${empty} empty segments`} in the track: skipped.`);
		const { moving, metres } = trackTotals(trk.segments);
		sessions.push({
			sport: trk.type ? sportFromWord(trk.type) : 'other',
			start: times[0]! * 1000,
			elapsedS: times.at(-1)! - times[0]!,
			movingS: moving,
			distanceM: metres > 0 ? metres : null,
			...hrOf(points),
		});
		if (!trk.type) notes.push('The track does not say its sport: it is listed as "other" until you say.');
	}
	const problem = sessions.length ? undefined : 'This GPX file holds no track with times (it may be a route or a set of waypoints).';
	return { name, format: 'gpx', sessions, notes, ...(problem ? { problem } : {}) };
}

/** TCX: each Activity is a session; its laps give moving time and distance, as the device summed them. */
export function readTcx(name: string, xml: string): FileSummary {
	interface Lap {
		start?: number;
		total?: number;
		metres?: number;
		points: Point[];
	}
	const activities: { sport?: string; laps: Lap[] }[] = [];
	let activity: (typeof activities)[number] | undefined;
	let lap: Lap | undefined;
	let point: Point | undefined;
	const path: string[] = [];
	let buffer = '';
	walkXml(xml, {
		open(tag, attrs) {
			path.push(tag);
			buffer = '';
			if (tag === 'Activity') activities.push((activity = { sport: attr(attrs, 'Sport'), laps: [] }));
			else if (tag === 'Lap' && activity) activity.laps.push((lap = { start: time(attr(attrs, 'StartTime')), points: [] }));
			else if (tag === 'Trackpoint' && lap) lap.points.push((point = {}));
		},
		text(text) {
			buffer += text;
		},
		close(tag) {
			const parent = path[path.length - 2];
			path.pop();
			if (tag === 'Trackpoint') point = undefined;
			else if (tag === 'Lap') lap = undefined;
			else if (tag === 'Activity') activity = undefined;
			else if (point) {
				if (tag === 'Time') point.t = time(buffer);
				else if (tag === 'LatitudeDegrees') point.lat = num(buffer);
				else if (tag === 'LongitudeDegrees') point.lon = num(buffer);
				else if (tag === 'DistanceMeters') point.d = num(buffer);
				else if (tag === 'Value' && parent === 'HeartRateBpm') point.hr = num(buffer);
			} else if (lap && parent === 'Lap') {
				if (tag === 'TotalTimeSeconds') lap.total = num(buffer);
				else if (tag === 'DistanceMeters') lap.metres = num(buffer);
			}
			buffer = '';
		},
	});
	const sessions: RunSession[] = [];
	for (const act of activities) {
		const points = act.laps.flatMap((l) => l.points);
		const times = [...act.laps.map((l) => l.start).filter((t): t is number => t !== undefined), ...pointTimes(points)];
		if (times.length === 0) continue;
		const start = Math.min(...times);
		const lapTotal = act.laps.reduce((sum, l) => sum + (l.total ?? 0), 0);
		const end = Math.max(...times, ...act.laps.map((l) => (l.start ?? start) + (l.total ?? 0)));
		const lapMetres = act.laps.reduce((sum, l) => sum + (l.metres ?? 0), 0);
		sessions.push({
			sport: sportFromWord(act.sport),
			start: start * 1000,
			elapsedS: Math.max(end - start, lapTotal),
			movingS: lapTotal,
			distanceM: lapMetres > 0 ? lapMetres : null,
			...hrOf(points),
		});
	}
	const problem = sessions.length ? undefined : 'This TCX file holds no activity (it may be a course or a workout).';
	return { name, format: 'tcx', sessions, notes: [], ...(problem ? { problem } : {}) };
}
