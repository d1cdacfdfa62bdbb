// @ts-check
/**
 * One worker thread of the preview-image pool (./index.ts): draws the previews it is sent, one at a
 * time, and posts each PNG back (its memory transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { drawPreview } from './draw.mjs';

if (!parentPort) throw new Error('worker.mjs runs as a worker thread of the preview-image pool');
const port = parentPort;

port.on('message', async (/** @type {{ id: number, preview: import('./draw.mjs').Preview }} */ { id, preview }) => {
	try {
		const png = await drawPreview(preview);
		const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
		port.postMessage({ id, png: bytes }, [bytes.buffer]);
	} catch (error) {
		port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
