/**
 * A Strava bulk export: `activities.csv` lists every activity with its date ("Activity Date", in
 * UTC, written like "Nov 30, 2026, 7:02:11 AM") and its file ("Filename", such as
 * "activities/123.fit.gz"). Only the rows dated inside the picture are read further.
 */

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows.filter((r) => r.some((f) => f !== ''));
}

export interface StravaActivity {
	/** ms since 1970. */
	date: number;
	file: string;
	type: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Nov 30, 2026, 7:02:11 AM" (UTC) as ms, or NaN. Written out, since Date.parse of this form differs between browsers. */
export function stravaDate(text: string): number {
	const m = /^([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AP]M)?$/i.exec(text.trim());
	if (!m) return NaN;
	const month = MONTHS.indexOf(m[1]!.toLowerCase());
	const clockHour = Number(m[4]);
	const half = m[7]?.toUpperCase();
	const hour = half ? (clockHour % 12) + (half === 'PM' ? 12 : 0) : clockHour;
	return month < 0 ? NaN : Date.UTC(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6]));
}

/** The activities of an activities.csv that have a file, with their dates. */
export function stravaActivities(csv: string): StravaActivity[] {
	const [header, ...rows] = parseCsv(csv);
	if (!header) return [];
	const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
	const dateAt = col('activity date');
	const fileAt = col('filename');
	const typeAt = col('activity type');
	if (dateAt < 0 || fileAt < 0) return [];
	return rows
		.map((r) => ({ date: stravaDate(r[dateAt] ?? ''), file: (r[fileAt] ?? '').trim(), type: typeAt >= 0 ? (r[typeAt] ?? '') : '' }))
		.filter((a) => a.file !== '' && Number.isFinite(a.date));
}
