// @ts-check
/**
 * Draws one link-preview image (1200 x 630): the site's teal, a light bar on the left, the title in
 * bold and the description below it, in DejaVu Sans (a package in the lockfile, so nothing is
 * fetched at build time), written as a 16-level palette PNG.
 *
 * CanvasKit (Skia in WebAssembly, no install script) shapes and lays out the text; this module
 * places the glyphs. Skia rasterising the text onto a whole 1200 x 630 canvas and reading it back
 * cost about 15 ms an image, most of a cold build's preview time (issue 24), while an image uses
 * about a hundred distinct glyphs: each is rasterised by CanvasKit once per thread, at each
 * quarter-pixel offset, and an image is made by copying those coverage masks into place (about
 * 1 ms). Every pixel is the teal, the bar, or text anti-aliased over the teal, so its coverage places
 * it on a ramp of 16 steps from teal to white (the description's near-white stops a step short of
 * white): no colour quantiser is needed. test/unit/preview-images.test.ts checks every pixel against
 * Skia's own drawing of the same paragraph. Measured per image on the 2-core machine: CanvasKit's
 * own PNG 41 ms and 52 KB; Skia's drawing with sharp's 16-colour PNG 32-50 ms and 13-16 KB; Skia's
 * drawing with this PNG writer 23 ms; placed glyphs with this writer 5.7 ms and 17-20 KB.
 *
 * Plain JavaScript because it runs in worker threads (./worker.mjs) that Node starts without a
 * bundler or a TypeScript loader.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';

export const WIDTH = 1200;
export const HEIGHT = 630;

const require = createRequire(import.meta.url);

/** The fonts, resolved in node_modules. */
export const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((f) =>
	require.resolve(f),
);

/** Everything besides the text that decides the pixels: part of every image's cache key (./index.ts). */
export const LOOK = {
	version: 3,
	background: [11, 93, 107],
	bar: { colour: [251, 250, 247], width: 12 },
	padding: 64,
	title: { size: 64, lineHeight: 1.1, colour: [255, 255, 255] },
	description: { size: 34, lineHeight: 1.3, colour: [230, 244, 246] },
	/** Steps from teal to white for the text's anti-aliased edges; glyph offsets per pixel; zlib's level. */
	png: { levels: 16, subpixel: 4, deflateLevel: 6 },
};

/** @typedef {{ title: string, description: string }} Preview */
/** @typedef {import('canvaskit-wasm').CanvasKit} CanvasKit */
/** @typedef {{ left: number, top: number, width: number, height: number, alpha: Uint8Array }} GlyphMask */

/**
 * How far each style's full coverage goes along the teal-to-white ramp, out of 255: white is all the
 * way; the description's colour is placed by its green channel, as the ramp's colours are.
 * @param {number[]} colour
 */
const reach = (colour) => Math.round((255 * ((colour[1] ?? 0) - (LOOK.background[1] ?? 0))) / (255 - (LOOK.background[1] ?? 0)));

/** @type {Promise<{ kit: CanvasKit, fonts: import('canvaskit-wasm').FontMgr }> | undefined} */
let ready;

/** CanvasKit and the fonts, loaded once per thread. */
export const textKit = () => (ready ??= start());

async function start() {
	const { default: init } = await import('canvaskit-wasm/full');
	const kit = await init({ locateFile: (/** @type {string} */ file) => require.resolve(`canvaskit-wasm/bin/full/${file}`) });
	const fonts = kit.FontMgr.FromData(...FONT_FILES.map((f) => new Uint8Array(readFileSync(f)).buffer));
	if (!fonts) throw new Error(`CanvasKit could not read the fonts ${FONT_FILES.join(', ')}`);
	return { kit, fonts };
}

/**
 * @param {CanvasKit} kit
 * @param {{ size: number, lineHeight: number, colour: number[] }} font
 * @param {'Bold' | 'Normal'} weight
 */
const textStyle = (kit, font, weight) => ({
	color: kit.Color(font.colour[0] ?? 0, font.colour[1] ?? 0, font.colour[2] ?? 0),
	fontFamilies: ['DejaVu Sans'],
	fontSize: font.size,
	fontStyle: { weight: kit.FontWeight[weight] },
	heightMultiplier: font.lineHeight,
});

/**
 * The title and description as one paragraph, laid out to the width beside the bar, and where its
 * top-left corner goes: the text sits at the bottom, as on a card; a long title pushes it up to the
 * top padding, no further. The caller deletes the paragraph.
 * @param {CanvasKit} kit
 * @param {import('canvaskit-wasm').FontMgr} fonts
 * @param {Preview} preview
 */
export function layOut(kit, fonts, { title, description }) {
	const builder = kit.ParagraphBuilder.Make(new kit.ParagraphStyle({ textStyle: textStyle(kit, LOOK.title, 'Bold') }), fonts);
	builder.addText(title);
	builder.pushStyle(new kit.TextStyle({ fontSize: LOOK.padding / 3, heightMultiplier: 1 }));
	builder.addText('\n\n');
	builder.pushStyle(new kit.TextStyle(textStyle(kit, LOOK.description, 'Normal')));
	builder.addText(description);
	const paragraph = builder.build();
	builder.delete();
	const left = LOOK.bar.width + LOOK.padding;
	paragraph.layout(WIDTH - left - 2 * LOOK.padding);
	return { paragraph, x: left, y: Math.max(LOOK.padding, HEIGHT - LOOK.padding - paragraph.getHeight()) };
}

/** Room around a glyph on the surface it is rasterised on; larger than any glyph of either size. */
const CELL = 192;
const CELL_ORIGIN = 48;

/**
 * Rasterises glyphs with CanvasKit, once each per text size (each has its own typeface) and
 * quarter-pixel offset.
 * @param {CanvasKit} kit
 */
function glyphCache(kit) {
	const surface = kit.MakeSurface(CELL, CELL);
	if (!surface) throw new Error('CanvasKit could not make a surface');
	const paint = new kit.Paint();
	paint.setColor(kit.WHITE);
	paint.setAntiAlias(true);
	/**
	 * One font per text size: the title and the description each have their own size and typeface
	 * (a run's typeface comes back as a new object each time, so it cannot be a key). Subpixel
	 * positioning, anti-aliasing and slight hinting, as SkParagraph draws them: with these every pixel
	 * is within one level of Skia's own drawing (test/unit/preview-images.test.ts).
	 * @type {Map<number, import('canvaskit-wasm').Font>}
	 */
	const fonts = new Map();
	/** @type {Map<string, GlyphMask>} */
	const masks = new Map();
	return {
		/**
		 * @param {import('canvaskit-wasm').Typeface} typeface
		 * @param {number} size
		 * @param {number} glyph
		 * @param {number} step the offset in 1/LOOK.png.subpixel of a pixel
		 * @returns {GlyphMask}
		 */
		mask(typeface, size, glyph, step) {
			const key = `${size}/${glyph}/${step}`;
			const known = masks.get(key);
			if (known) return known;
			let font = fonts.get(size);
			if (!font) {
				font = new kit.Font(typeface, size);
				font.setSubpixel(true);
				font.setEdging(kit.FontEdging.AntiAlias);
				font.setHinting(kit.FontHinting.Slight);
				fonts.set(size, font);
			}
			const canvas = surface.getCanvas();
			canvas.clear(kit.TRANSPARENT);
			const origin = CELL_ORIGIN + step / LOOK.png.subpixel;
			canvas.drawGlyphs([glyph], [origin, CELL - CELL_ORIGIN], 0, 0, font, paint);
			const pixels = canvas.readPixels(0, 0, {
				width: CELL,
				height: CELL,
				colorType: kit.ColorType.RGBA_8888,
				alphaType: kit.AlphaType.Premul,
				colorSpace: kit.ColorSpace.SRGB,
			});
			if (!(pixels instanceof Uint8Array)) throw new Error('CanvasKit could not read a glyph back');
			const made = cropped(pixels.filter((_, i) => i % 4 === 3));
			masks.set(key, made);
			return made;
		},
	};
}

/**
 * The smallest box holding every covered pixel of a CELL x CELL alpha mask, with its place relative
 * to the glyph's origin (CELL_ORIGIN, CELL - CELL_ORIGIN).
 * @param {Uint8Array} alpha
 * @returns {GlyphMask}
 */
function cropped(alpha) {
	let x0 = CELL,
		y0 = CELL,
		x1 = -1,
		y1 = -1;
	for (let y = 0; y < CELL; y++)
		for (let x = 0; x < CELL; x++)
			if (alpha[y * CELL + x]) {
				if (x < x0) x0 = x;
				if (x > x1) x1 = x;
				if (y < y0) y0 = y;
				if (y > y1) y1 = y;
			}
	if (x1 < 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
	if (x0 === 0 || y0 === 0 || x1 === CELL - 1 || y1 === CELL - 1) throw new Error('A glyph is larger than the cell it is drawn in');
	const width = x1 - x0 + 1;
	const height = y1 - y0 + 1;
	const out = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) out.set(alpha.subarray((y0 + y) * CELL + x0, (y0 + y) * CELL + x1 + 1), y * width);
	return { left: x0 - CELL_ORIGIN, top: y0 - (CELL - CELL_ORIGIN), width, height, alpha: out };
}

/** @type {ReturnType<typeof glyphCache> | undefined} */
let glyphs;

/**
 * How far each pixel is from the teal towards white, 0 to 255, row by row: the glyphs' coverage
 * masks placed where the paragraph's lines put them, and blended as Skia blends text (source over).
 * @param {Preview} preview
 * @param {Uint8Array} [coverage] where to draw (cleared first), WIDTH x HEIGHT
 * @returns {Promise<Uint8Array>}
 */
export async function drawCoverage(preview, coverage = new Uint8Array(WIDTH * HEIGHT)) {
	const { kit, fonts } = await textKit();
	glyphs ??= glyphCache(kit);
	coverage.fill(0);
	const { paragraph, x, y } = layOut(kit, fonts, preview);
	const steps = LOOK.png.subpixel;
	for (const line of paragraph.getShapedLines())
		for (const run of line.runs) {
			const strength = run.size === LOOK.title.size ? reach(LOOK.title.colour) : reach(LOOK.description.colour);
			for (let i = 0; i < run.glyphs.length; i++) {
				const gx = x + (run.positions[2 * i] ?? 0);
				const gy = Math.round(y + (run.positions[2 * i + 1] ?? 0));
				// The nearest quarter pixel: a whole pixel and a step within it.
				const quarters = Math.round(gx * steps);
				const whole = Math.floor(quarters / steps);
				const step = quarters - whole * steps;
				const mask = glyphs.mask(run.typeface, run.size, run.glyphs[i] ?? 0, step);
				blend(coverage, mask, whole + mask.left, gy + mask.top, strength);
			}
		}
	paragraph.delete();
	return coverage;
}

/**
 * Source-over of a mask at (left, top) with the given strength (0-255), clipped to the image.
 * @param {Uint8Array} coverage
 * @param {GlyphMask} mask
 * @param {number} left
 * @param {number} top
 * @param {number} strength
 */
function blend(coverage, mask, left, top, strength) {
	for (let my = 0; my < mask.height; my++) {
		const py = top + my;
		if (py < 0 || py >= HEIGHT) continue;
		for (let mx = 0; mx < mask.width; mx++) {
			const px = left + mx;
			const a = mask.alpha[my * mask.width + mx] ?? 0;
			if (!a || px < 0 || px >= WIDTH) continue;
			const source = (a * strength + 127) / 255;
			const at = py * WIDTH + px;
			coverage[at] = Math.round(source + ((coverage[at] ?? 0) * (255 - source)) / 255);
		}
	}
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(/** @type {string} */ type, /** @type {Uint8Array} */ data) {
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(typed.length + 8);
	out.writeUInt32BE(data.length, 0);
	typed.copy(out, 4);
	out.writeUInt32BE(crc32(typed), typed.length + 4);
	return out;
}

/**
 * The image as an 8-bit palette PNG: palette entries 0 to levels-1 run from the teal to white, and
 * the last is the bar.
 * @param {Uint8Array} coverage how far each pixel is from teal to white, 0-255, row by row
 * @param {Buffer} [rows] where to write the rows before compression (cleared first)
 */
export function indexedPng(coverage, rows = Buffer.alloc((WIDTH + 1) * HEIGHT)) {
	const { levels, deflateLevel } = LOOK.png;
	const bar = levels;
	const level = Uint8Array.from({ length: 256 }, (_, c) => Math.round((c * (levels - 1)) / 255));
	rows.fill(0); // each row starts with filter type 0 (none)
	for (let y = 0; y < HEIGHT; y++) {
		const row = y * (WIDTH + 1) + 1;
		rows.fill(bar, row, row + LOOK.bar.width);
		for (let x = LOOK.bar.width, at = y * WIDTH + x; x < WIDTH; x++, at++) {
			const c = coverage[at] ?? 0;
			if (c) rows[row + x] = level[c] ?? 0;
		}
	}
	const palette = Buffer.alloc((levels + 1) * 3);
	for (let i = 0; i < levels; i++)
		for (let c = 0; c < 3; c++) {
			const teal = LOOK.background[c] ?? 0;
			palette[i * 3 + c] = Math.round(teal + (i / (levels - 1)) * (255 - teal));
		}
	palette.set(LOOK.bar.colour, levels * 3);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(WIDTH, 0);
	header.writeUInt32BE(HEIGHT, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8 bits per pixel, palette colour, deflate, no filter method, not interlaced
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('PLTE', palette),
		chunk('IDAT', deflateSync(rows, { level: deflateLevel })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/**
 * One preview as a PNG.
 * @param {Preview} preview
 */
export async function drawPreview(preview) {
	scratch ??= { coverage: new Uint8Array(WIDTH * HEIGHT), rows: Buffer.alloc((WIDTH + 1) * HEIGHT) };
	return indexedPng(await drawCoverage(preview, scratch.coverage), scratch.rows);
}

/**
 * The two image-sized buffers (0.75 MB each), allocated once per thread and drawn into for every
 * image. Allocated per image, they were freed only when the thread's garbage collector ran, and the
 * C allocator kept the thread's memory for them after the thread had ended: about 70 MB more in the
 * build's process for the rest of the build, Pagefind's indexing included, at 1,000 guides.
 * @type {{ coverage: Uint8Array, rows: Buffer } | undefined}
 */
let scratch;
