/**
 * The default distance unit for "Your runs" (the units themselves are the situation model's). Kept
 * here, not in the races module, because that module is in every tool page's first chunk and only
 * this page's result needs it.
 */
import type { DistanceUnit } from '../../situation/races';

export type { DistanceUnit };

/** Regions whose road distances are signed in miles. */
const MILE_REGIONS = ['US', 'GB'];

/** The default unit from the browser's language tag ("en-US": miles); only a default, the page lets the runner switch. */
export function unitForLocale(locale: string | undefined): DistanceUnit {
	const region = /[-_]([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
	return region && MILE_REGIONS.includes(region) ? 'mi' : 'km';
}
