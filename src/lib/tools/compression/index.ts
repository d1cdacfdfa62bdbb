/**
 * The compression-gear chooser as a tool (src/lib/tools/contract.ts): which garment, what pressure,
 * what size, and whether boots are worth it. Health answers (the check) are never persisted.
 * form.ts holds the questions and the shape; logic.ts the rules and words the island loads on use.
 */
import type { Tool } from '../contract';
import type { CompressionResult } from './choose';
import { COMPRESSION_SHAPE, type CompressionField, type CompressionForm } from './form';
import { compressionLogic } from './logic';

export const compressionTool: Tool<CompressionForm, CompressionResult, CompressionField> = { ...COMPRESSION_SHAPE, ...compressionLogic };

export * from './form';
export { GARMENT_LABELS, chooseCompression, pickGarment, screenYes, type CompressionResult, type GearAdvice } from './choose';
export { SIZE_BANDS, sizeForCalfMm, toMm, bandRange, unitMixUp } from './sizing';
export { MEASURE_STEPS } from './advice';
