/**
 * Distance units for "Your runs": km or miles as the runner chooses, defaulting by locale. Kept
 * here, not in the situation model's races module, because that module is in every tool page's
 * first chunk and only this page's result needs it.
 */
export type DistanceUnit = 'km' | 'mi';

/** Regions whose road distances are signed in miles. */
const MILE_REGIONS = ['US', 'GB'];

/** The default unit from the browser's language tag ("en-US": miles); only a default, the page lets the runner switch. */
export function unitForLocale(locale: string | undefined): DistanceUnit {
	const region = /[-_]([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
	return region && MILE_REGIONS.includes(region) ? 'mi' : 'km';
}
