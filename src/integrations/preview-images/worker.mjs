// @ts-check
/**
 * One worker thread of the preview-image pool (./index.ts). It is sent two kinds of job, one at a
 * time, and posts each answer back:
 * - `preview`: draws it and answers with the PNG (its memory transferred, not copied);
 * - `guides`: reads those guide files' frontmatter and answers with what their images show, so the
 *   pool can start drawing before the pages are built without the build's own thread parsing YAML.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parse } from 'yaml';
import { drawPreview } from './draw.mjs';

if (!parentPort) throw new Error('worker.mjs runs as a worker thread of the preview-image pool');
const port = parentPort;

/**
 * A guide's title, summary and verdict, from its frontmatter; empty strings where it has none.
 * @param {string} path
 */
function guideText(path) {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
	const data = /** @type {{ title?: unknown, summary?: unknown, verdict?: { summary?: unknown } }} */ (parse(frontmatter) ?? {});
	const text = (/** @type {unknown} */ value) => (typeof value === 'string' ? value : '');
	return { title: text(data.title), summary: text(data.summary), verdict: text(data.verdict?.summary) };
}

port.on(
	'message',
	async (/** @type {{ id: number, preview?: import('./draw.mjs').Preview, guides?: { id: string, path: string }[] }} */ job) => {
		try {
			if (job.guides) {
				port.postMessage({ id: job.id, guides: job.guides.map((g) => ({ id: g.id, ...guideText(g.path) })) });
				return;
			}
			if (!job.preview) throw new Error('A job with neither a preview nor guides');
			const png = await drawPreview(job.preview);
			const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
			port.postMessage({ id: job.id, png: bytes }, [bytes.buffer]);
		} catch (error) {
			port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		}
	},
);
