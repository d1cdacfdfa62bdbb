/**
 * What a file is, from its first bytes: small, so the worker can tell formats apart before it
 * loads the one reader a file needs (each reader is its own chunk, loaded on first use).
 */
const FIT_SIGNATURE = [0x2e, 0x46, 0x49, 0x54]; // ".FIT", bytes 8-11 of a FIT header

export const hasFitSignature = (b: Uint8Array, at: number) => FIT_SIGNATURE.every((c, i) => b[at + 8 + i] === c);

/** True when the bytes start like a FIT file (a 12- or 14-byte header with ".FIT" in it). */
export const looksLikeFit = (b: Uint8Array) => b.length >= 12 && (b[0] === 12 || b[0] === 14) && hasFitSignature(b, 0);

export const isGzip = (b: Uint8Array) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

export type Sniffed = 'fit' | 'gpx' | 'tcx' | 'gzip' | 'unknown';

/** The format of the bytes: a FIT header, a gzip signature, or the root element of GPX or TCX near the start. */
export function sniff(b: Uint8Array): Sniffed {
	if (looksLikeFit(b)) return 'fit';
	if (isGzip(b)) return 'gzip';
	const head = new TextDecoder().decode(b.subarray(0, 4096));
	if (/<gpx[\s>]/.test(head)) return 'gpx';
	if (/<TrainingCenterDatabase[\s>]/.test(head)) return 'tcx';
	return 'unknown';
}
