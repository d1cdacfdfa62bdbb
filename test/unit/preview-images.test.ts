/**
 * The preview-image writer (src/integrations/preview-images/): every key gets a 1200 x 630 palette
 * PNG drawn in worker threads, a second build takes them all from the cache byte for byte, a changed
 * text is drawn again, and the cache keeps only what the last build used. The glyphs it places from
 * its own cache land where Skia itself draws the same paragraph.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import {
	HEIGHT,
	LOOK,
	WIDTH,
	drawCoverage,
	drawPreview,
	indexedPng,
	layOut,
	textKit,
} from '../../src/integrations/preview-images/draw.mjs';
import { PREVIEW_DATA, previewRun, writePreviews } from '../../src/integrations/preview-images/index';
import { previewTexts } from '../../src/lib/og';

const scratch = mkdtempSync(join(tmpdir(), 'previews-'));
const dist = join(scratch, 'dist');
const cache = join(scratch, 'cache');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const previews = {
	index: { title: 'Runner Recovery', description: 'What to do for recovery today.' },
	'methods/ice-baths': { title: 'Ice baths', description: 'Cold water after hard sessions: what it does and when it gets in the way.' },
	'injuries/shin-pain': { title: 'Shin splints (medial tibial stress syndrome)', description: 'An ache along the inner shin bone.' },
};

function build(data: Record<string, { title: string; description: string }>) {
	mkdirSync(join(dist, 'og'), { recursive: true });
	writeFileSync(join(dist, PREVIEW_DATA), JSON.stringify(data));
	return writePreviews(dist, cache);
}

/** Width, height and PNG colour type (3 is a palette) from the IHDR chunk. */
const header = (png: Buffer) => ({
	signature: png.subarray(1, 4).toString(),
	width: png.readUInt32BE(16),
	height: png.readUInt32BE(20),
	colourType: png[25],
});

describe('writePreviews', { timeout: 30_000 }, () => {
	test('draws one palette PNG of 1200 x 630 per key, in parallel, and removes the data file', async () => {
		const summary = await build(previews);
		expect(summary).toMatchObject({ images: 3, drawn: 3, fromCache: 0 });
		expect(summary.threads).toBeGreaterThanOrEqual(1);
		expect(existsSync(join(dist, PREVIEW_DATA))).toBe(false);
		const files = Object.keys(previews).map((key) => readFileSync(join(dist, 'og', `${key}.png`)));
		for (const png of files) {
			expect(header(png)).toEqual({ signature: 'PNG', width: 1200, height: 630, colourType: 3 });
			expect(png.length).toBeLessThan(30 * 1024);
		}
		expect(new Set(files.map((f) => f.toString('base64'))).size).toBe(3);
	});

	test('each PNG decodes (sharp reads it) to the teal, the light bar and near-white text', async () => {
		const { data, info } = await sharp(readFileSync(join(dist, 'og/methods/ice-baths.png')))
			.raw()
			.toBuffer({ resolveWithObject: true });
		expect([info.width, info.height, info.channels]).toEqual([1200, 630, 3]);
		const at = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
		expect(at(4, 300)).toEqual([251, 250, 247]);
		expect(at(600, 40)).toEqual([11, 93, 107]);
		const colours = new Set<string>();
		for (let i = 0; i < data.length; i += 3) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
		expect(colours.has('255,255,255')).toBe(true);
		expect(colours.size).toBeLessThanOrEqual(17);
	});

	test('a second build takes every image from the cache, byte for byte', async () => {
		const before = readFileSync(join(dist, 'og/methods/ice-baths.png'));
		rmSync(join(dist, 'og'), { recursive: true });
		const summary = await build(previews);
		expect(summary).toMatchObject({ images: 3, drawn: 0, fromCache: 3 });
		expect(readFileSync(join(dist, 'og/methods/ice-baths.png')).equals(before)).toBe(true);
	});

	test('a changed text is drawn again, and the cache keeps only what this build used', async () => {
		const changed = { ...previews, index: { title: 'Runner Recovery', description: 'Recovery for distance runners.' } };
		const summary = await build(changed);
		expect(summary).toMatchObject({ drawn: 1, fromCache: 2 });
		expect(readdirSync(cache)).toHaveLength(3);
	});
});

// Each run starts its own worker threads, each loading CanvasKit: seconds on a busy 2-core machine.
describe('previewRun: images guessed from the guide files before the pages are built', { timeout: 30_000 }, () => {
	const root = join(scratch, 'project');
	const guide = (title: string) =>
		`---\ntitle: ${title}\nsummary: What the guide says.\nverdict:\n  summary: Worth it after hard days.\n---\n\nBody.\n`;
	mkdirSync(join(root, 'src/content/methods'), { recursive: true });
	writeFileSync(join(root, 'src/content/methods/heat.md'), guide('Heat'));
	writeFileSync(join(root, 'src/content/methods/ice-baths.mdx'), guide('Ice baths'));
	writeFileSync(join(root, 'src/content/methods/_template.md'), guide('Not a guide'));
	const built = (iceTitle: string) =>
		previewTexts({
			methods: [
				{ id: 'heat', title: 'Heat', verdict: 'Worth it after hard days.' },
				{ id: 'ice-baths', title: iceTitle, verdict: 'Worth it after hard days.' },
			],
			injuries: [],
			articles: [],
		});

	// One run for both cases (each run starts threads that load CanvasKit): the guides' files say
	// "Ice baths", the built list "Cold water immersion"; every other image is guessed right.
	test('the built list wins: what was guessed right is drawn once, beforehand; a wrong guess is drawn again and leaves the cache', async () => {
		const texts = built('Cold water immersion');
		const out = join(scratch, 'guess-dist');
		const cacheDir = join(scratch, 'guess-cache');
		mkdirSync(join(out, 'og'), { recursive: true });
		writeFileSync(join(out, PREVIEW_DATA), JSON.stringify(texts));
		const run = previewRun(cacheDir);
		run.predict(root);
		const summary = await run.finish(out);
		const keys = Object.keys(texts);
		expect(summary).toMatchObject({ images: keys.length, drawn: keys.length, fromCache: 0, guessed: keys.length - 1 });
		expect(summary.guessError).toBeUndefined();
		expect(readdirSync(cacheDir)).toHaveLength(keys.length);
		for (const key of ['methods/heat', 'methods/ice-baths'])
			expect(readFileSync(join(out, `og/${key}.png`)).equals(await drawPreview(texts[key]!)), key).toBe(true);
	});
});

describe('a preview thread that dies', { timeout: 60_000 }, () => {
	test('fails only the job it was on: the guess is reported lost, and every image is still drawn from the built list', async () => {
		// Frontmatter far larger than a thread's heap, so reading it kills the thread.
		const root = join(scratch, 'huge-project');
		mkdirSync(join(root, 'src/content/methods'), { recursive: true });
		const huge = `---\ntitle: Heat\nsummary: ${'x'.repeat(8 * 1024 * 1024)}\nverdict:\n  summary: Worth it.\n---\n\nBody.\n`;
		for (let i = 0; i < 12; i++) writeFileSync(join(root, `src/content/methods/heat-${i}.md`), huge);
		const out = join(scratch, 'huge-dist');
		mkdirSync(join(out, 'og'), { recursive: true });
		writeFileSync(join(out, PREVIEW_DATA), JSON.stringify(previews));
		const run = previewRun(join(scratch, 'huge-cache'));
		run.predict(root);
		const summary = await run.finish(out);
		expect(summary.guessError).toMatch(/memory/i);
		expect(summary).toMatchObject({ images: 3, drawn: 3 });
		for (const key of Object.keys(previews)) expect(existsSync(join(out, `og/${key}.png`)), key).toBe(true);
	});
});

describe('drawCoverage', () => {
	/** A pixel's step on the teal-to-white ramp, as the PNG's palette has it. */
	const step = (fromTeal: number) => Math.round((fromTeal * (LOOK.png.levels - 1)) / 255);

	test('every pixel is within one step of Skia drawing the same paragraph itself, and almost all are equal', async () => {
		const preview = {
			title: 'Ice baths after a hard run: what the trials say (Synioxfly)',
			description: previews['methods/ice-baths'].description,
		};
		const ours = await drawCoverage(preview);
		// The reference: Skia draws the paragraph on the teal; a pixel's green channel says how far it is towards white.
		const { kit, fonts } = await textKit();
		const surface = kit.MakeSurface(WIDTH, HEIGHT)!;
		const canvas = surface.getCanvas();
		const [r = 0, g = 0, b = 0] = LOOK.background;
		canvas.clear(kit.Color(r, g, b));
		const { paragraph, x, y } = layOut(kit, fonts, preview);
		canvas.drawParagraph(paragraph, x, y);
		const skia = canvas.readPixels(0, 0, {
			width: WIDTH,
			height: HEIGHT,
			colorType: kit.ColorType.RGBA_8888,
			alphaType: kit.AlphaType.Unpremul,
			colorSpace: kit.ColorSpace.SRGB,
		}) as Uint8Array;
		paragraph.delete();
		surface.dispose();
		let text = 0;
		let differ = 0;
		let worst = 0;
		for (let i = 0; i < WIDTH * HEIGHT; i++) {
			const theirs = step((((skia[i * 4 + 1] ?? 0) - g) * 255) / (255 - g));
			const mine = step(ours[i] ?? 0);
			if (theirs || mine) text++;
			if (theirs !== mine) differ++;
			worst = Math.max(worst, Math.abs(theirs - mine));
		}
		expect(text).toBeGreaterThan(20_000);
		expect(worst).toBeLessThanOrEqual(1);
		expect(differ / text).toBeLessThan(0.02);
	});
});

describe('drawPreview', () => {
	test('draws each image into the same buffers and leaves nothing of the one before', async () => {
		const long = {
			title: 'A long title that fills two lines of the preview image',
			description: previews['methods/ice-baths'].description,
		};
		const short = { title: 'Sleep', description: 'Short.' };
		// Drawn on its own, in buffers of its own, as the first image of a thread would be.
		const alone = indexedPng(await drawCoverage(short));
		await drawPreview(long);
		const after = await drawPreview(short);
		expect(after.equals(alone)).toBe(true);
		expect(after.equals(await drawPreview(long))).toBe(false);
	});
});
