/**
 * FIT files (Garmin, COROS, Polar, Suunto, Wahoo and most watches) through fit-file-parser (MIT).
 * Two things it does not do are done here, on the bytes, before it reads them:
 *  - chained files: several FIT files back to back in one (a header, data and a CRC each); the
 *    parser reads the first, so the bytes are cut at each header and every part is read;
 *  - a file cut short (a watch that died, a broken copy): its header promises more data than there
 *    is, which the parser rejects outright; the header is rewritten to the bytes present, and the
 *    parser (with `force`) then keeps every whole message and the page says what was lost.
 */
import FitParser from 'fit-file-parser';
import { plural } from '../contract';
import { heartRateSeconds, meanHeartRate, sportFromWord, type FileSummary, type RunSession } from './session';

import { hasFitSignature } from './sniff';

interface Part {
	bytes: Uint8Array;
	/** Bytes of data the header promised but the file did not hold. */
	missing: number;
}

/** The FIT files in the bytes, one after another; a last one that is cut short has its header mended. */
export function splitFit(bytes: Uint8Array): Part[] {
	const parts: Part[] = [];
	let at = 0;
	while (at + 12 <= bytes.length && (bytes[at] === 12 || bytes[at] === 14) && hasFitSignature(bytes, at)) {
		const headerSize = bytes[at]!;
		const view = new DataView(bytes.buffer, bytes.byteOffset + at, headerSize);
		const dataSize = view.getUint32(4, true);
		const whole = headerSize + dataSize + 2;
		if (at + whole <= bytes.length) {
			parts.push({ bytes: bytes.subarray(at, at + whole), missing: 0 });
			at += whole;
			continue;
		}
		const present = bytes.length - at - headerSize;
		const copy = bytes.slice(at, bytes.length);
		new DataView(copy.buffer).setUint32(4, present, true);
		parts.push({ bytes: copy, missing: dataSize - present });
		break;
	}
	return parts;
}

interface FitRecord {
	timestamp?: Date;
	heart_rate?: number;
}
interface FitSession {
	sport?: unknown;
	start_time?: Date;
	timestamp?: Date;
	total_elapsed_time?: number;
	total_timer_time?: number;
	total_distance?: number;
	avg_heart_rate?: number;
}
interface FitData {
	sessions?: FitSession[];
	records?: FitRecord[];
}

async function parsePart(bytes: Uint8Array): Promise<FitData> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	return (await new FitParser({ force: true, mode: 'list' }).parseAsync(buffer)) as FitData;
}

const seconds = (d: Date | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.getTime() / 1000 : undefined);

function samplesBetween(records: readonly FitRecord[], from: number, to: number) {
	const samples: { t: number; hr: number }[] = [];
	for (const r of records) {
		const t = seconds(r.timestamp);
		if (t !== undefined && t >= from && t <= to && typeof r.heart_rate === 'number') samples.push({ t, hr: r.heart_rate });
	}
	return samples;
}

function fromSession(s: FitSession, records: readonly FitRecord[]): RunSession | undefined {
	const start = seconds(s.start_time);
	const elapsed = s.total_elapsed_time;
	if (start === undefined || typeof elapsed !== 'number' || !(elapsed > 0)) return undefined;
	const hr = heartRateSeconds(samplesBetween(records, start, start + elapsed));
	return {
		sport: sportFromWord(s.sport),
		start: start * 1000,
		elapsedS: elapsed,
		movingS: typeof s.total_timer_time === 'number' ? s.total_timer_time : elapsed,
		distanceM: typeof s.total_distance === 'number' ? s.total_distance : null,
		avgHr: typeof s.avg_heart_rate === 'number' ? s.avg_heart_rate : hr ? meanHeartRate(hr) : null,
		hr,
	};
}

/** A session worked out from the records alone, for a file cut short before its summary. */
function fromRecords(records: readonly FitRecord[]): RunSession | undefined {
	const times = records.map((r) => seconds(r.timestamp)).filter((t): t is number => t !== undefined);
	if (times.length < 2) return undefined;
	let moving = 0;
	for (let i = 1; i < times.length; i++) {
		const dt = times[i]! - times[i - 1]!;
		if (dt > 0 && dt <= 60) moving += dt;
	}
	const distances = records.map((r) => (r as { distance?: number }).distance).filter((d): d is number => typeof d === 'number');
	const hr = heartRateSeconds(samplesBetween(records, times[0]!, times.at(-1)!));
	return {
		sport: 'other',
		start: times[0]! * 1000,
		elapsedS: times.at(-1)! - times[0]!,
		movingS: moving,
		distanceM: distances.length ? Math.max(...distances) : null,
		avgHr: hr ? meanHeartRate(hr) : null,
		hr,
	};
}

export async function readFit(name: string, bytes: Uint8Array): Promise<FileSummary> {
	const summary: FileSummary = { name, format: 'fit', sessions: [], notes: [] };
	const parts = splitFit(bytes);
	if (parts.length === 0) return { ...summary, problem: 'This is not a FIT file: its header is not one.' };
	if (parts.length > 1) summary.notes.push(`${parts.length} FIT files chained in one: all read.`);
	for (const part of parts) {
		const data = await parsePart(part.bytes).catch(() => undefined);
		if (part.missing > 0)
			summary.notes.push(`The file stops part-way (${plural(part.missing, 'byte')} missing): what was recorded before the cut is kept.`);
		if (!data) {
			summary.notes.push('Part of the file could not be read at all.');
			continue;
		}
		const records = data.records ?? [];
		const sessions = (data.sessions ?? []).map((s) => fromSession(s, records)).filter((s): s is RunSession => s !== undefined);
		if (sessions.length === 0 && records.length > 1) {
			const worked = fromRecords(records);
			if (worked) {
				sessions.push(worked);
				summary.notes.push(
					'The summary at the end of the file is missing: time, distance and heart rate were worked out from the samples, and the sport is unknown.',
				);
			}
		}
		summary.sessions.push(...sessions);
	}
	if (summary.sessions.length === 0 && !summary.problem)
		summary.problem = 'This FIT file holds no activity (it may be device settings, a course or a workout plan).';
	return summary;
}
