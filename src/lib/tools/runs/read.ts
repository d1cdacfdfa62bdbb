/**
 * One picked file in, what it holds out: the format is known from the bytes (a FIT header, a gzip
 * signature, an XML root), not trusted from the name. One bad file never stops the others: each
 * file's trouble becomes its own message.
 */
import { plural } from '../contract';
import type { Slicable } from './archive';
import { ACCEPTED_TEXT, type FileSummary } from './session';
import { sniff } from './sniff';

export interface Picked extends Slicable {
	name: string;
}

const problem = (name: string, text: string): FileSummary => ({ name, format: 'unknown', sessions: [], notes: [], problem: text });

/** The bytes of one file (unpacked if gzipped), read as what they are. */
export async function readBytes(name: string, raw: Uint8Array): Promise<FileSummary> {
	const bytes = sniff(raw) === 'gzip' ? (await import('./archive')).gunzip(raw) : raw;
	const format = sniff(bytes);
	if (format === 'fit') return (await import('./fit')).readFit(name, bytes);
	if (format === 'gpx') return (await import('./xml')).readGpx(name, new TextDecoder().decode(bytes));
	if (format === 'tcx') return (await import('./xml')).readTcx(name, new TextDecoder().decode(bytes));
	return problem(name, `This file is in a format this page does not read. It reads ${ACCEPTED_TEXT}.`);
}

/** Keeps an archive's or a parser's trouble to its own file. */
async function guarded(name: string, read: () => Promise<FileSummary | FileSummary[]>): Promise<FileSummary[]> {
	try {
		const out = await read();
		return Array.isArray(out) ? out : [out];
	} catch (error) {
		const text =
			error instanceof Error && error.name === 'ArchiveError' ? error.message : 'This file could not be read: it may be damaged.';
		return [problem(name, text)];
	}
}

/**
 * A Strava export: the activities dated from `fromMs` on, read from their files. The export itself
 * gets a line saying how many it held and how many were read.
 */
async function readStrava(zip: Picked, fromMs: number): Promise<FileSummary[]> {
	const [{ zipEntries, zipEntryBytes }, { stravaActivities }] = await Promise.all([import('./archive'), import('./strava')]);
	const entries = await zipEntries(zip);
	const csvEntry = entries.find((e) => /(^|\/)activities\.csv$/i.test(e.name));
	if (!csvEntry)
		return [
			problem(zip.name, 'This .zip file is not a Strava export: it has no activities.csv. Pick the activity files inside it instead.'),
		];
	const listed = stravaActivities(new TextDecoder().decode(await zipEntryBytes(zip, csvEntry)));
	const recent = listed.filter((a) => a.date >= fromMs);
	const byName = new Map(entries.map((e) => [e.name.replace(/^[^/]*\/(?=activities\/)/, ''), e]));
	const out: FileSummary[] = [];
	let missing = 0;
	for (const activity of recent) {
		const entry = byName.get(activity.file);
		if (!entry) {
			missing++;
			continue;
		}
		out.push(...(await guarded(activity.file, async () => readBytes(activity.file, await zipEntryBytes(zip, entry)))));
	}
	const notes = [
		`A Strava export of ${plural(listed.length, 'activity', 'activities')}: the ${recent.length} from the last 28 days read, the older ones left alone.`,
		...(missing ? [`${plural(missing, 'file')} listed in activities.csv ${missing === 1 ? 'is' : 'are'} not in the .zip.`] : []),
	];
	out.unshift({ name: zip.name, format: 'unknown', sessions: [], notes });
	return out;
}

/** Every picked file, read one after another (a worker has one thread; order is kept). */
export async function readPicked(files: readonly Picked[], fromMs: number): Promise<FileSummary[]> {
	const out: FileSummary[] = [];
	for (const file of files) {
		if (/\.zip$/i.test(file.name)) out.push(...(await guarded(file.name, () => readStrava(file, fromMs))));
		else
			out.push(
				...(await guarded(file.name, async () => readBytes(file.name, new Uint8Array(await file.slice(0, file.size).arrayBuffer())))),
			);
	}
	return out;
}
