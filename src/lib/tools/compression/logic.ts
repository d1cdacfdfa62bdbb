/**
 * The compression chooser's logic, loaded by the island when the reader first touches the form:
 * the decision (choose.ts), its words (describe.ts, advice.ts) and every source they can cite.
 */
import type { Reason, ToolLogic } from '../contract';
import { BOOT_REASONS, MEASURE_REASON, PRESSURE_REASONS, PURPOSE_REASONS, SCREEN_REASONS, SIZE_REASONS } from './advice';
import { chooseCompression, type CompressionResult } from './choose';
import { describeCompression } from './describe';
import type { CompressionField, CompressionForm } from './form';

const allReasons: readonly Reason[] = [
	...PRESSURE_REASONS,
	...Object.values(PURPOSE_REASONS).flat(),
	...Object.values(SCREEN_REASONS).flat(),
	...Object.values(SIZE_REASONS),
	...BOOT_REASONS,
	MEASURE_REASON,
];

export const compressionLogic: ToolLogic<CompressionForm, CompressionResult, CompressionField> = {
	evaluate: chooseCompression,
	describe: (result) => describeCompression(result),
	sources: [...new Set(allReasons.flatMap((r) => r.sources))],
};

export default compressionLogic;
