/**
 * Reads the picked files off the page's thread. Each format's reader is its own chunk, imported
 * by read.ts the first time a file of that format turns up. Nothing is sent anywhere: the files
 * come in as File objects and summaries go back to the page.
 */
import { readPicked } from '../../../lib/tools/runs/read';

self.onmessage = async (event: MessageEvent<{ files: File[]; fromMs: number }>) => {
	const started = performance.now();
	const files = await readPicked(event.data.files, event.data.fromMs);
	self.postMessage({ files, ms: performance.now() - started });
};
