/**
 * Reading run files: the shared real-device fixtures and a corpus written by test/support/run-files.ts
 * (Garmin-, COROS-, Polar-, Suunto-, Apple- and Strava-shaped; multisport, chained, paused, in other
 * time zones, without heart rate). Reference values: a FIT file's own session totals, a TCX file's
 * laps, and for GPX (no totals) the truth the generator worked out step by step.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync, strToU8 } from 'fflate';
import FitParser from 'fit-file-parser';
import { readBytes, readPicked, type Picked } from '../../src/lib/tools/runs/read';
import { splitFit } from '../../src/lib/tools/runs/fit';
import { MOVING_SPEED } from '../../src/lib/tools/runs/session';
import { parseCsv, stravaActivities, stravaDate } from '../../src/lib/tools/runs/strava';
import { walkXml } from '../../src/lib/tools/runs/xml';
import {
	FIT_FILE_TYPE,
	fitActivity,
	fitWithoutActivity,
	gpx,
	stravaDateText,
	stravaExport,
	tcx,
	truth,
	type Activity,
} from '../support/run-files';

const SHARED = new URL('../fixtures/runs/', import.meta.url);
const shared = (name: string) => new Uint8Array(readFileSync(new URL(name, SHARED)));
const text = (s: string) => strToU8(s);
const picked = (name: string, bytes: Uint8Array): Picked => new File([new Uint8Array(bytes)], name);

const START = new Date(Date.UTC(2026, 10, 30, 6, 30));
const steady = (speed: number) => () => speed;
const hrRamp = (t: number) => 120 + Math.round((t % 600) / 20);

const easyRun: Activity = { sport: 'running', start: START, seconds: 2700, speed: steady(3), hr: hrRamp };
const pausedRun: Activity = {
	sport: 'running',
	start: START,
	seconds: 3600,
	pauses: [
		{ at: 1200, for: 300 },
		{ at: 2400, for: 120 },
	],
	speed: steady(3.2),
	hr: hrRamp,
};
const ride: Activity = { sport: 'cycling', start: new Date(START.getTime() + 3 * 3600_000), seconds: 5400, speed: steady(8) };
const noHrRun: Activity = { sport: 'running', start: START, seconds: 1800, speed: (t) => 2.8 + (t % 60) / 100 };
const tokyoRun: Activity = { ...easyRun, offsetMinutes: 540 };
const newYorkWalk: Activity = { sport: 'walking', start: START, seconds: 1500, speed: steady(1.4), offsetMinutes: -300 };

/** The file's own session totals, as fit-file-parser reads them straight from the bytes. */
async function fitSessionTotals(bytes: Uint8Array) {
	const data = (await new FitParser({ force: true }).parseAsync(bytes.slice().buffer)) as {
		sessions: { total_timer_time: number; total_elapsed_time: number; total_distance: number }[];
	};
	return data.sessions;
}

const within = (actual: number | null, expected: number, share: number) => {
	expect(actual).not.toBeNull();
	expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(expected * share);
};

describe('the shared real-device files', () => {
	it('a Fenix 2 run: running, moving time and distance from its own session, heart rate kept', async () => {
		const bytes = shared('activity-small-fenix2-run.fit');
		const [own] = await fitSessionTotals(bytes);
		const s = await readBytes('run.fit', bytes);
		expect(s.problem).toBeUndefined();
		expect(s.sessions).toHaveLength(1);
		const [run] = s.sessions;
		expect(run!.sport).toBe('running');
		expect(run!.movingS).toBe(own!.total_timer_time);
		expect(run!.elapsedS).toBe(own!.total_elapsed_time);
		within(run!.distanceM, own!.total_distance, 0.005);
		expect(run!.avgHr).toBeGreaterThan(60);
		expect(new Date(run!.start).toISOString()).toBe('2015-08-15T14:45:08.000Z');
	});

	it('a Fenix 5 walk is a walk', async () => {
		const s = await readBytes('walk.fit', shared('garmin-fenix-5-walk.fit'));
		expect(s.sessions.map((x) => x.sport)).toEqual(['walking']);
		expect(s.sessions[0]!.avgHr).toBe(75);
	});

	it('a file cut short keeps what was recorded and says what was lost', async () => {
		const s = await readBytes('cut.fit', shared('activity-unexpected-eof.fit'));
		expect(s.sessions.length).toBeGreaterThan(0);
		expect(s.notes.join(' ')).toMatch(/stops part-way \(\d+ bytes? missing\)/);
	});

	it('a settings file says it holds no activity', async () => {
		const s = await readBytes('Settings.fit', shared('Settings.fit'));
		expect(s.sessions).toEqual([]);
		expect(s.problem).toMatch(/holds no activity/);
	});

	it('a GPX track without heart rate, and one with an empty segment', async () => {
		const lake = await readBytes('lake.gpx', shared('cerknicko-jezero.gpx'));
		expect(lake.sessions.length).toBeGreaterThan(0);
		expect(lake.sessions.every((x) => x.avgHr === null && x.hr === null)).toBe(true);
		const empty = await readBytes('empty.gpx', shared('track-with-empty-segment.gpx'));
		expect(empty.sessions).toHaveLength(1);
		expect(empty.notes.join(' ')).toMatch(/empty segment/);
	});

	it('a TCX without heart rate: moving time and distance are its laps’ totals', async () => {
		const xml = readFileSync(new URL('no_hr.tcx', SHARED), 'utf8');
		const lapTime = [...xml.matchAll(/<TotalTimeSeconds>([\d.]+)</g)].reduce((sum, m) => sum + Number(m[1]), 0);
		const lapMetres = [...xml.matchAll(/<Lap[\s\S]*?<DistanceMeters>([\d.]+)</g)].reduce((sum, m) => sum + Number(m[1]), 0);
		const s = await readBytes('no_hr.tcx', text(xml));
		expect(s.sessions).toHaveLength(1);
		expect(s.sessions[0]!.sport).toBe('running');
		expect(s.sessions[0]!.movingS).toBeCloseTo(lapTime, 6);
		within(s.sessions[0]!.distanceM, lapMetres, 0.005);
		expect(s.sessions[0]!.avgHr).toBeNull();
	});
});

describe('the written corpus: FIT', () => {
	it.each([
		['Garmin', 1],
		['COROS', 294],
		['Polar', 123],
		['Suunto', 23],
	])('a %s-shaped run with pauses: moving time equals the session’s timer time, distance within 0.5%%', async (_maker, manufacturer) => {
		const bytes = fitActivity([pausedRun], manufacturer);
		const [own] = await fitSessionTotals(bytes);
		const s = await readBytes('run.fit', bytes);
		expect(s.sessions).toHaveLength(1);
		expect(s.sessions[0]!.movingS).toBe(own!.total_timer_time);
		expect(s.sessions[0]!.movingS).toBe(truth(pausedRun).movingS);
		expect(s.sessions[0]!.elapsedS).toBe(own!.total_elapsed_time);
		within(s.sessions[0]!.distanceM, own!.total_distance, 0.005);
		within(s.sessions[0]!.avgHr, truth(pausedRun).avgHr!, 0.01);
	});

	it('a multisport file splits into its parts, each with its sport', async () => {
		const s = await readBytes(
			'brick.fit',
			fitActivity([ride, { ...easyRun, start: new Date(ride.start.getTime() + ride.seconds * 1000) }]),
		);
		expect(s.sessions.map((x) => x.sport)).toEqual(['cycling', 'running']);
		expect(s.sessions[0]!.avgHr).toBeNull();
	});

	it('chained FIT files are read whole', async () => {
		const a = fitActivity([easyRun]);
		const b = fitActivity([{ ...newYorkWalk, start: new Date(START.getTime() + 86_400_000) }]);
		const both = new Uint8Array([...a, ...b]);
		expect(splitFit(both)).toHaveLength(2);
		const s = await readBytes('chained.fit', both);
		expect(s.sessions.map((x) => x.sport)).toEqual(['running', 'walking']);
		expect(s.notes.join(' ')).toMatch(/2 FIT files chained/);
	});

	it('a file cut anywhere keeps a session or says what was lost, and never throws', async () => {
		const whole = fitActivity([easyRun]);
		for (const keep of [0.2, 0.5, 0.9, 0.999]) {
			const s = await readBytes('cut.fit', whole.slice(0, Math.floor(whole.length * keep)));
			expect(s.notes.join(' ')).toMatch(/stops part-way/);
			if (s.sessions.length) expect(s.sessions[0]!.movingS).toBeLessThanOrEqual(easyRun.seconds);
			else expect(s.problem).toBeTruthy();
		}
		const cut = await readBytes('cut.fit', whole.slice(0, Math.floor(whole.length * 0.5)));
		expect(cut.notes.join(' ')).toMatch(/summary at the end of the file is missing/);
		within(cut.sessions[0]!.movingS, easyRun.seconds / 2, 0.1);
	});

	it('settings and workout files hold no activity', async () => {
		for (const type of [FIT_FILE_TYPE.settings, FIT_FILE_TYPE.workout]) {
			const s = await readBytes('x.fit', fitWithoutActivity(type));
			expect(s.problem).toMatch(/holds no activity/);
		}
	});

	it('a .fit.gz is unpacked and read', async () => {
		const s = await readBytes('run.fit.gz', gzipSync(fitActivity([easyRun])));
		expect(s.sessions).toHaveLength(1);
		expect(s.format).toBe('fit');
	});
});

describe('the written corpus: GPX and TCX', () => {
	it(`GPX shaped like Garmin, COROS, Suunto and Strava: moving time (stretches at ${MOVING_SPEED} m/s or faster) and distance within 0.5% of the truth, heart rate read`, async () => {
		for (const shape of ['garmin', 'coros', 'suunto', 'strava'] as const) {
			const s = await readBytes(`${shape}.gpx`, text(gpx(pausedRun, shape, { segmentAtPauses: shape === 'garmin' })));
			const t = truth(pausedRun);
			expect(s.sessions, shape).toHaveLength(1);
			expect(s.sessions[0]!.sport, shape).toBe('running');
			expect(s.sessions[0]!.movingS, shape).toBe(t.movingS);
			expect(s.sessions[0]!.elapsedS, shape).toBe(t.elapsedS);
			within(s.sessions[0]!.distanceM, t.distanceM, 0.005);
			within(s.sessions[0]!.avgHr, t.avgHr!, 0.01);
		}
	});

	it('Apple Health’s route GPX has no heart rate and no sport: listed as other, with a note', async () => {
		const s = await readBytes('route.gpx', text(gpx(noHrRun, 'apple', { type: false })));
		expect(s.sessions[0]!.sport).toBe('other');
		expect(s.sessions[0]!.hr).toBeNull();
		expect(s.notes.join(' ')).toMatch(/does not say its sport/);
	});

	it('times written in another time zone are the same instants', async () => {
		const tokyo = await readBytes('tokyo.gpx', text(gpx(tokyoRun, 'garmin')));
		const ny = await readBytes('ny.tcx', text(tcx([newYorkWalk])));
		expect(tokyo.sessions[0]!.start).toBe(START.getTime());
		expect(ny.sessions[0]!.start).toBe(START.getTime());
		expect(ny.sessions[0]!.sport).toBe('other');
	});

	it('TCX shaped like Garmin and Polar, with pauses: moving time and distance are the laps’ totals', async () => {
		for (const shape of ['garmin', 'polar'] as const) {
			const xml = tcx([pausedRun], 900, shape);
			const lapTime = [...xml.matchAll(/<TotalTimeSeconds>([\d.]+)</g)].reduce((sum, m) => sum + Number(m[1]), 0);
			const s = await readBytes('run.tcx', text(xml));
			expect(s.sessions[0]!.movingS, shape).toBeCloseTo(lapTime, 6);
			expect(lapTime).toBe(truth(pausedRun).movingS);
			within(s.sessions[0]!.distanceM, truth(pausedRun).distanceM, 0.005);
			within(s.sessions[0]!.avgHr, truth(pausedRun).avgHr!, 0.01);
		}
	});

	it('a multisport TCX splits into its activities', async () => {
		const s = await readBytes('brick.tcx', text(tcx([ride, { ...easyRun, start: new Date(ride.start.getTime() + ride.seconds * 1000) }])));
		expect(s.sessions.map((x) => x.sport)).toEqual(['cycling', 'running']);
	});

	it('routes, courses and text that is not a known format each get their own message', async () => {
		expect((await readBytes('route.gpx', text('<gpx><rte><rtept lat="1" lon="2"/></rte></gpx>'))).problem).toMatch(/no track with times/);
		expect((await readBytes('course.tcx', text('<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>'))).problem).toMatch(
			/no activity/,
		);
		const unknown = await readBytes('notes.txt', text('hello'));
		expect(unknown.problem).toMatch(/format this page does not read. It reads \.fit, \.fit\.gz, \.gpx/);
	});

	it('the XML walker skips comments, CDATA and processing instructions and survives malformed text', () => {
		const seen: string[] = [];
		walkXml('<?xml version="1.0"?><!-- <trk> --><a x="1>2"><![CDATA[<b>]]><c/></a><<>', {
			open: (n) => seen.push(`<${n}`),
			close: (n) => seen.push(`</${n}`),
			text: (t) => seen.push(t),
		});
		expect(seen).toEqual(['<a', '<b>', '<c', '</c', '</a', '>']);
	});
});

describe("Strava's bulk export", () => {
	const day = 86_400_000;
	const on = (a: Activity, daysAgo: number): Activity => ({ ...a, start: new Date(START.getTime() - daysAgo * day) });
	const from = START.getTime() - 27 * day;

	it('reads only the activities of the last 28 days, as activities.csv dates them, in each format', async () => {
		const zip = stravaExport([
			{ activity: on(easyRun, 1), format: 'fit.gz' },
			{ activity: on(noHrRun, 3), format: 'gpx' },
			{ activity: on(pausedRun, 10), format: 'tcx.gz' },
			{ activity: on(easyRun, 40), format: 'fit.gz' },
			{ activity: on(easyRun, 400), format: 'gpx' },
		]);
		const out = await readPicked([picked('export_123.zip', zip)], from);
		expect(out[0]!.notes[0]).toMatch(/Strava export of 5 activities: the 3 from the last 28 days read/);
		expect(out.slice(1).map((f) => f.name)).toEqual(['activities/1000.fit.gz', 'activities/1001.gpx', 'activities/1002.tcx.gz']);
		expect(out.slice(1).every((f) => f.sessions.length === 1)).toBe(true);
	});

	it('a listed file missing from the zip, a damaged entry, a zip that is not an export and a damaged zip', async () => {
		const zip = stravaExport(
			[
				{ activity: on(easyRun, 1), format: 'fit.gz' },
				{ activity: on(easyRun, 2), format: 'fit.gz' },
				{ activity: on(easyRun, 3), format: 'gpx' },
			],
			{ 'activities/1001.fit.gz': new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]) },
			['activities/1002.gpx'],
		);
		const out = await readPicked([picked('export.zip', zip)], from);
		expect(out[0]!.notes[1]).toBe('1 file listed in activities.csv is not in the .zip.');
		expect(out.slice(1).map((f) => [f.name, f.sessions.length, f.problem])).toEqual([
			['activities/1000.fit.gz', 1, undefined],
			['activities/1001.fit.gz', 0, 'This .gz file is damaged and could not be unpacked.'],
		]);
		const { zipSync } = await import('fflate');
		const plain = await readPicked([picked('photos.zip', zipSync({ 'a.jpg': new Uint8Array([1, 2]) }))], from);
		expect(plain[0]!.problem).toMatch(/not a Strava export/);
		const damaged = await readPicked([picked('export.zip', zip.slice(0, zip.length - 30))], from);
		expect(damaged[0]!.problem).toMatch(/\.zip file is damaged/);
	});

	it('Strava’s date text and CSV quoting', () => {
		expect(stravaDate(stravaDateText(new Date(Date.UTC(2026, 10, 30, 19, 2, 11))))).toBe(Date.UTC(2026, 10, 30, 19, 2, 11));
		expect(stravaDate('Jan 1, 2026, 12:05:00 AM')).toBe(Date.UTC(2026, 0, 1, 0, 5));
		expect(stravaDate('Jan 1, 2026, 12:05:00 PM')).toBe(Date.UTC(2026, 0, 1, 12, 5));
		expect(stravaDate('yesterday')).toBeNaN();
		expect(parseCsv('a,"b,""c""\nd",e\r\n1,2,3\n')).toEqual([
			['a', 'b,"c"\nd', 'e'],
			['1', '2', '3'],
		]);
		expect(stravaActivities('Name,Other\nx,y\n')).toEqual([]);
		expect(stravaActivities('')).toEqual([]);
	});
});

describe('one bad file never stops the others', () => {
	it('a damaged .gz, random bytes and a good file, read together, in order', async () => {
		const out = await readPicked(
			[
				picked('broken.fit.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 9, 9, 9])),
				picked('noise.fit', new Uint8Array([14, 16, 1, 2, 9, 9, 9, 9, 0x2e, 0x46, 0x49, 0x54, 0, 0, 7, 7, 7])),
				picked('good.fit', fitActivity([easyRun])),
			],
			0,
		);
		expect(out.map((f) => f.name)).toEqual(['broken.fit.gz', 'noise.fit', 'good.fit']);
		expect(out[0]!.problem).toMatch(/\.gz file is damaged/);
		expect(out[1]!.sessions).toEqual([]);
		expect(out[1]!.problem).toBeTruthy();
		expect(out[2]!.sessions).toHaveLength(1);
	});
});
