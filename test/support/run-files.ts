/**
 * A corpus of run files written by scripts, shaped like the exports of Garmin, COROS, Polar, Suunto,
 * Apple Health and Strava: FIT through fit-file-parser's encoder, GPX and TCX as text, Strava's bulk
 * export as a zip. Every activity is synthetic (a straight line from a made-up point): no real
 * person's data. Each generator returns the file and the truth it was made from, worked out here
 * step by step (not by the reader under test), for the tests to compare against.
 */
import { FitBaseType, FitEncoder } from 'fit-file-parser/encoder';
import { zipSync, gzipSync, strToU8 } from 'fflate';

export interface Activity {
	sport: 'running' | 'walking' | 'cycling' | 'swimming';
	/** UTC instant of the start. */
	start: Date;
	/** Seconds from start to finish, pauses included. */
	seconds: number;
	/** Stops: from `at` seconds after the start, for `for` seconds, no samples and the timer stopped. */
	pauses?: { at: number; for: number }[];
	/** Speed, m/s, at second t (moving). */
	speed: (t: number) => number;
	/** Heart rate at second t, or omitted for no heart rate. */
	hr?: (t: number) => number;
	/** The offset of the device's local time from UTC, minutes (FIT local_timestamp; GPX/TCX times written with it). */
	offsetMinutes?: number;
}

export interface Truth {
	elapsedS: number;
	movingS: number;
	distanceM: number;
	/** Mean heart rate over the moving seconds, if any. */
	avgHr?: number;
}

interface Sample {
	t: number;
	lat: number;
	lon: number;
	distance: number;
	speed: number;
	hr?: number;
}

const LAT0 = 46.05;
const LON0 = 14.5;
const R = 6_371_008.8;

const paused = (a: Activity, t: number) => (a.pauses ?? []).some((p) => t > p.at && t <= p.at + p.for);

/** One sample a second while moving; the position moves due north, so distance is arc length along a meridian. */
export function samples(a: Activity): Sample[] {
	const out: Sample[] = [];
	let distance = 0;
	for (let t = 0; t <= a.seconds; t++) {
		if (paused(a, t)) continue;
		if (t > 0 && !paused(a, t - 1)) distance += a.speed(t);
		const lat = LAT0 + (distance / R) * (180 / Math.PI);
		out.push({ t, lat, lon: LON0, distance, speed: a.speed(t), hr: a.hr?.(t) });
	}
	return out;
}

export function truth(a: Activity): Truth {
	const s = samples(a);
	const hrs = s
		.slice(0, -1)
		.map((x) => x.hr)
		.filter((h): h is number => h !== undefined);
	return {
		elapsedS: a.seconds,
		// Seconds between samples one second apart: the step across a pause is not moving.
		movingS: movingSteps(s),
		distanceM: s.at(-1)!.distance,
		...(hrs.length ? { avgHr: hrs.reduce((x, y) => x + y, 0) / hrs.length } : {}),
	};
}

/** How many one-second steps the samples take (a pause is one longer step). */
function movingSteps(s: readonly Sample[], next?: Sample): number {
	let steps = 0;
	for (let i = 0; i < s.length; i++) {
		const following = s[i + 1] ?? next;
		if (following && following.t - s[i]!.t === 1) steps++;
	}
	return steps;
}

// ---- FIT ------------------------------------------------------------------------------------------

const SPORT_ENUM = { running: 1, cycling: 2, swimming: 5, walking: 11 } as const;
const semicircles = (deg: number) => Math.round(deg * (2 ** 31 / 180));
const u32 = (number: number, value: number) => ({ number, size: 4, baseType: FitBaseType.Uint32, value: Math.round(value) });
const u16 = (number: number, value: number) => ({ number, size: 2, baseType: FitBaseType.Uint16, value: Math.round(value) });
const u8 = (number: number, value: number) => ({ number, size: 1, baseType: FitBaseType.Uint8, value: Math.round(value) });
const en = (number: number, value: number) => ({ number, size: 1, baseType: FitBaseType.Enum, value });
const s32 = (number: number, value: number) => ({ number, size: 4, baseType: FitBaseType.Sint32, value });

/** File types of the FIT file_id message. */
export const FIT_FILE_TYPE = { activity: 4, settings: 2, workout: 5 } as const;

function fitFileId(e: FitEncoder, type: number, created: Date, manufacturer = 1) {
	e.writeMessage(0, [en(0, type), u16(1, manufacturer), u16(2, 1), u32(4, FitEncoder.toFitTimestamp(created))]);
}

function fitSessionParts(e: FitEncoder, a: Activity) {
	const t0 = FitEncoder.toFitTimestamp(a.start);
	const s = samples(a);
	for (const x of s) {
		const fields = [
			u32(253, t0 + x.t),
			s32(0, semicircles(x.lat)),
			s32(1, semicircles(x.lon)),
			u32(5, x.distance * 100),
			u16(6, x.speed * 1000),
		];
		if (x.hr !== undefined) fields.push(u8(3, x.hr));
		e.writeMessage(20, fields, 1);
	}
	const tr = truth(a);
	const end = t0 + a.seconds;
	const totals = [u32(253, end), u32(2, t0), u32(7, tr.elapsedS * 1000), u32(8, tr.movingS * 1000), u32(9, tr.distanceM * 100)];
	e.writeMessage(19, totals, 2);
	const session = [...totals, en(5, SPORT_ENUM[a.sport])];
	if (tr.avgHr !== undefined) session.push(u8(16, tr.avgHr));
	e.writeMessage(18, session, 3);
}

/** A FIT activity with one session per activity given (several: a multisport file). */
export function fitActivity(parts: readonly Activity[], manufacturer = 1): Uint8Array {
	const e = new FitEncoder();
	fitFileId(e, FIT_FILE_TYPE.activity, parts[0]!.start, manufacturer);
	for (const a of parts) fitSessionParts(e, a);
	const last = parts.at(-1)!;
	const end = FitEncoder.toFitTimestamp(last.start) + last.seconds;
	e.writeMessage(34, [u32(253, end), u16(1, parts.length), u32(5, end + (last.offsetMinutes ?? 0) * 60)], 4);
	return e.close();
}

/** A FIT file with no activity: settings (a user profile) or a workout plan. */
export function fitWithoutActivity(type: number): Uint8Array {
	const e = new FitEncoder();
	fitFileId(e, type, new Date(Date.UTC(2026, 10, 1)));
	e.writeMessage(3, [u8(1, 1), u8(4, 40), u8(5, 180)]); // user_profile: gender, age, height
	return e.close();
}

// ---- GPX and TCX ----------------------------------------------------------------------------------

/** An ISO time at the device's offset ("2026-11-30T08:00:00+09:00"), or in UTC ("...Z"). */
function isoAt(ms: number, offsetMinutes: number | undefined): string {
	if (!offsetMinutes) return new Date(ms).toISOString().replace('.000Z', 'Z');
	const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export type GpxShape = 'garmin' | 'coros' | 'suunto' | 'apple' | 'strava';

const GPX_HR: Record<GpxShape, (hr: number) => string> = {
	garmin: (hr) => `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`,
	coros: (hr) => `<extensions><ns3:TrackPointExtension><ns3:hr>${hr}</ns3:hr></ns3:TrackPointExtension></extensions>`,
	suunto: (hr) => `<extensions><gpxdata:hr>${hr}</gpxdata:hr></extensions>`,
	apple: () => '',
	strava: (hr) => `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`,
};

/** A GPX track; a pause starts a new segment when `segmentAtPauses` (as Garmin Connect writes them). */
export function gpx(a: Activity, shape: GpxShape, opts: { segmentAtPauses?: boolean; type?: boolean } = {}): string {
	const t0 = a.start.getTime();
	const pts = samples(a);
	const segments: Sample[][] = [[]];
	for (let i = 0; i < pts.length; i++) {
		if (opts.segmentAtPauses && i > 0 && pts[i]!.t - pts[i - 1]!.t > 1) segments.push([]);
		segments.at(-1)!.push(pts[i]!);
	}
	const point = (x: Sample) =>
		`<trkpt lat="${x.lat.toFixed(7)}" lon="${x.lon.toFixed(7)}"><ele>300.0</ele><time>${isoAt(t0 + x.t * 1000, a.offsetMinutes)}</time>${
			x.hr !== undefined ? GPX_HR[shape](x.hr) : ''
		}${shape === 'apple' ? `<extensions><speed>${x.speed.toFixed(2)}</speed><hAcc>2.0</hAcc></extensions>` : ''}</trkpt>`;
	const type = opts.type === false ? '' : `<type>${a.sport}</type>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="${shape} (synthetic)" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:gpxdata="http://www.cluetrust.com/XML/GPXDATA/1/0">
 <metadata><time>${isoAt(t0, a.offsetMinutes)}</time></metadata>
 <trk><name>Synthetic ${a.sport}</name>${type}
${segments.map((seg) => `  <trkseg>\n${seg.map((x) => `   ${point(x)}`).join('\n')}\n  </trkseg>`).join('\n')}
 </trk>
</gpx>
`;
}

const TCX_SPORT = { running: 'Running', cycling: 'Biking', walking: 'Other', swimming: 'Other' } as const;

/** A TCX file: one Activity per part (several: multisport), a lap per `lapSeconds` of each. */
export function tcx(parts: readonly Activity[], lapSeconds = 1000, shape: 'garmin' | 'polar' = 'garmin'): string {
	const activity = (a: Activity) => {
		const t0 = a.start.getTime();
		const pts = samples(a);
		const laps: Sample[][] = [];
		for (const x of pts) {
			const i = Math.floor(x.t / lapSeconds);
			(laps[i] ??= []).push(x);
		}
		const lapXml = laps
			.filter((l) => l.length)
			.map((l, i, all) => {
				const first = l[0]!;
				const next = all[i + 1]?.[0];
				const lapStart = i === 0 ? 0 : first.t;
				const endDistance = next ? next.distance : l.at(-1)!.distance;
				const total = movingSteps(l, next);
				const track = l
					.map(
						(x) =>
							`<Trackpoint><Time>${isoAt(t0 + x.t * 1000, a.offsetMinutes)}</Time><Position><LatitudeDegrees>${x.lat.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${x.lon.toFixed(7)}</LongitudeDegrees></Position><DistanceMeters>${x.distance.toFixed(1)}</DistanceMeters>${
								x.hr !== undefined ? `<HeartRateBpm><Value>${x.hr}</Value></HeartRateBpm>` : ''
							}${shape === 'garmin' ? `<Extensions><ns3:TPX><ns3:Speed>${x.speed}</ns3:Speed></ns3:TPX></Extensions>` : ''}</Trackpoint>`,
					)
					.join('');
				return `<Lap StartTime="${isoAt(t0 + lapStart * 1000, a.offsetMinutes)}"><TotalTimeSeconds>${total}</TotalTimeSeconds><DistanceMeters>${(endDistance - first.distance).toFixed(2)}</DistanceMeters><Intensity>Active</Intensity><TriggerMethod>Distance</TriggerMethod><Track>${track}</Track></Lap>`;
			})
			.join('\n');
		return `<Activity Sport="${TCX_SPORT[a.sport]}"><Id>${isoAt(t0, a.offsetMinutes)}</Id>\n${lapXml}\n</Activity>`;
	};
	return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
<Activities>
${parts.map(activity).join('\n')}
</Activities>
</TrainingCenterDatabase>
`;
}

// ---- Strava's bulk export ------------------------------------------------------------------------

const STRAVA_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Strava's way of writing a UTC time in activities.csv: "Nov 30, 2026, 7:02:11 AM". */
export function stravaDateText(d: Date): string {
	const h = d.getUTCHours();
	const mm = String(d.getUTCMinutes()).padStart(2, '0');
	const ss = String(d.getUTCSeconds()).padStart(2, '0');
	return `${STRAVA_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${mm}:${ss} ${h < 12 ? 'AM' : 'PM'}`;
}

export interface StravaItem {
	activity: Activity;
	format: 'fit.gz' | 'gpx' | 'tcx.gz';
	name?: string;
}

/**
 * A Strava export: activities.csv (with a description that has a comma, a quote and a line break)
 * and the files it lists; `replace` overwrites entries (a damaged file) and `omit` leaves some out.
 */
export function stravaExport(
	items: readonly StravaItem[],
	replace: Record<string, Uint8Array> = {},
	omit: readonly string[] = [],
): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	const rows = items.map((item, i) => {
		const id = 1000 + i;
		const file = `activities/${id}.${item.format}`;
		const a = item.activity;
		files[file] =
			item.format === 'fit.gz'
				? gzipSync(fitActivity([a]))
				: item.format === 'tcx.gz'
					? gzipSync(strToU8(tcx([a])))
					: strToU8(gpx(a, 'strava'));
		const desc = `"Easy one, ""felt good""\nwindy"`;
		return [
			id,
			`"${stravaDateText(a.start)}"`,
			`"${item.name ?? 'Morning Run'}"`,
			a.sport === 'running' ? 'Run' : 'Ride',
			desc,
			a.seconds,
			(truth(a).distanceM / 1000).toFixed(2),
			'',
			'',
			'false',
			'',
			'',
			file,
		].join(',');
	});
	const header =
		'Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename';
	files['activities.csv'] = strToU8([header, ...rows].join('\n') + '\n');
	files['profile.csv'] = strToU8('Athlete ID,Email Address\n1,synthetic@example.invalid\n');
	Object.assign(files, replace);
	for (const name of omit) delete files[name];
	return zipSync(files);
}
