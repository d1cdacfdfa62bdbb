// @ts-check
/**
 * One worker thread of the preview-image pool (./index.ts). It is sent two kinds of job, one at a
 * time, and posts each answer back:
 * - `preview`: draws it, writes the PNG to `path` and answers when it is there (written here, not
 *   on the build's thread, where opening a thousand files cost Astro's rendering half a second);
 * - `guides`: reads those guide files' frontmatter and answers with what their images show, so the
 *   pool can start drawing before the pages are built without the build's own thread parsing YAML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
	async (
		/** @type {{ id: number, preview?: import('./draw.mjs').Preview, path?: string, guides?: { id: string, path: string }[] }} */ job,
	) => {
		try {
			if (job.guides) {
				port.postMessage({ id: job.id, guides: job.guides.map((g) => ({ id: g.id, ...guideText(g.path) })) });
				return;
			}
			if (!job.preview || !job.path) throw new Error('A job with neither a preview and its path nor guides');
			writeFileSync(job.path, await drawPreview(job.preview));
			port.postMessage({ id: job.id });
		} catch (error) {
			port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		}
	},
);
