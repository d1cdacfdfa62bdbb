/**
 * The bibliography ids each tool can cite, for /evidence/'s list of who cites a study. Build time
 * only: it imports every tool's rules (src/lib/tools/registry.ts says why the list itself does not).
 */
import type { ToolId } from './registry';
import { afterRaceTool } from './after-race';
import { compressionTool } from './compression';
import { sleepTool } from './sleep';
import { RUNS_SOURCES } from './runs';
import { TODAY_SOURCES } from './today';

export const TOOL_SOURCES: Record<ToolId, readonly string[]> = {
	today: TODAY_SOURCES,
	'after-race': afterRaceTool.sources,
	sleep: sleepTool.sources,
	compression: compressionTool.sources,
	runs: RUNS_SOURCES,
};
