/**
 * Compressed files: `.gz` (a device's or Strava's `.fit.gz`) through fflate, and a Strava bulk
 * export (`.zip`), of which only `activities.csv` and the files of the activities it dates in the
 * last 28 days are read. A zip's table of contents sits at its end, so the archive is read in
 * slices of the Blob (the central directory, then each wanted entry): a 500 MB export is never
 * held in memory whole, which fflate's own unzip would need. Entries are inflated with fflate.
 * ZIP64 archives (over 4 GB) are refused with a message.
 */
import { gunzipSync, inflateSync } from 'fflate';

/** The part of a Blob the reader needs: File and Blob both have it. */
export interface Slicable {
	size: number;
	slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	offset: number;
}

const bytesOf = async (blob: Slicable, start: number, end: number) => new Uint8Array(await blob.slice(start, end).arrayBuffer());

/** A damaged or unreadable archive; its message is for the runner. Named, so callers need not import this module to know it. */
export class ArchiveError extends Error {
	override name = 'ArchiveError';
}

/** The entries of a zip's central directory. */
export async function zipEntries(blob: Slicable): Promise<ZipEntry[]> {
	const tailSize = Math.min(blob.size, 22 + 65_535);
	const tail = await bytesOf(blob, blob.size - tailSize, blob.size);
	const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
	let eocd = -1;
	for (let i = tail.length - 22; i >= 0; i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) throw new ArchiveError('This .zip file is damaged: its table of contents is missing.');
	const count = view.getUint16(eocd + 10, true);
	const dirSize = view.getUint32(eocd + 12, true);
	const dirOffset = view.getUint32(eocd + 16, true);
	if (dirOffset === 0xffffffff || count === 0xffff)
		throw new ArchiveError('This .zip file is over 4 GB (ZIP64), which this page does not read.');
	const dir = await bytesOf(blob, dirOffset, dirOffset + dirSize);
	const d = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
	const names = new TextDecoder();
	const entries: ZipEntry[] = [];
	for (let at = 0, i = 0; i < count && at + 46 <= dir.length; i++) {
		if (d.getUint32(at, true) !== 0x02014b50) throw new ArchiveError('This .zip file is damaged: its table of contents does not read.');
		const nameLength = d.getUint16(at + 28, true);
		entries.push({
			method: d.getUint16(at + 10, true),
			compressedSize: d.getUint32(at + 20, true),
			size: d.getUint32(at + 24, true),
			name: names.decode(dir.subarray(at + 46, at + 46 + nameLength)),
			offset: d.getUint32(at + 42, true),
		});
		at += 46 + nameLength + d.getUint16(at + 30, true) + d.getUint16(at + 32, true);
	}
	return entries;
}

/** One entry's bytes, inflated. */
export async function zipEntryBytes(blob: Slicable, entry: ZipEntry): Promise<Uint8Array> {
	const head = await bytesOf(blob, entry.offset, entry.offset + 30);
	const h = new DataView(head.buffer);
	if (head.length < 30 || h.getUint32(0, true) !== 0x04034b50) throw new ArchiveError(`${entry.name} is damaged in the .zip file.`);
	const start = entry.offset + 30 + h.getUint16(26, true) + h.getUint16(28, true);
	const data = await bytesOf(blob, start, start + entry.compressedSize);
	if (entry.method === 0) return data;
	if (entry.method === 8) return inflateSync(data, { out: new Uint8Array(entry.size) });
	throw new ArchiveError(`${entry.name} is packed in a way this page does not read.`);
}

/** The bytes inside a .gz; a damaged one throws ArchiveError. */
export function gunzip(b: Uint8Array): Uint8Array {
	try {
		return gunzipSync(b);
	} catch {
		throw new ArchiveError('This .gz file is damaged and could not be unpacked.');
	}
}
