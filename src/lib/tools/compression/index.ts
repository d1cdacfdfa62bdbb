/**
 * The compression-gear chooser as a tool (src/lib/tools/contract.ts): which garment, what pressure,
 * what size, and whether boots are worth it. Health answers (the check) are never persisted.
 */
import type { Reason, Tool } from '../contract';
import { BOOT_REASONS, MEASURE_REASON, PRESSURE_REASONS, PURPOSE_REASONS, SCREEN_REASONS, SIZE_REASONS } from './advice';
import { chooseCompression, type CompressionResult } from './choose';
import { describeCompression } from './describe';
import { COMPRESSION_CODECS, COMPRESSION_DEFAULTS, COMPRESSION_FIELD_ORDER, COMPRESSION_STORAGE_KEY, type CompressionField, type CompressionForm } from './form';

const allReasons: readonly Reason[] = [
	...PRESSURE_REASONS,
	...Object.values(PURPOSE_REASONS).flat(),
	...Object.values(SCREEN_REASONS).flat(),
	...Object.values(SIZE_REASONS),
	...BOOT_REASONS,
	MEASURE_REASON,
];

export const compressionTool: Tool<CompressionForm, CompressionResult, CompressionField> = {
	id: 'compression',
	storageKey: COMPRESSION_STORAGE_KEY,
	codecs: COMPRESSION_CODECS,
	sensitive: ['screen'],
	defaults: COMPRESSION_DEFAULTS,
	fieldOrder: COMPRESSION_FIELD_ORDER,
	evaluate: chooseCompression,
	describe: (result) => describeCompression(result),
	sources: [...new Set(allReasons.flatMap((r) => r.sources))],
};

export * from './form';
export { GARMENT_LABELS, chooseCompression, pickGarment, screenYes, unitMixUp, type CompressionResult, type GearAdvice } from './choose';
export { SIZE_BANDS, sizeForCalfMm, toMm, bandRange } from './sizing';
export { MEASURE_STEPS } from './advice';
