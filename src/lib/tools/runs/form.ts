/**
 * What the runner may tell "Your runs" about themselves, as typed, and how it is read: both
 * optional. A maximum heart rate they know beats one estimated from age (load.ts says how).
 */
import { parseOptionalNumber } from '../../parse-number';
import { ageField } from '../../situation/ages';
import { maxHrFromAge } from './load';
import type { RunnerSettings } from './describe';

export const MAX_HR_FIELD = {
	label: 'Maximum heart rate',
	min: 120,
	max: 230,
	unit: 'beats a minute',
	integer: true,
	rangeHint:
		'Maximum heart rate must be between 120 and 230 beats a minute (a resting heart rate is much lower: leave this empty if you do not know it)',
} as const;

export interface SettingsForm {
	age: string;
	maxHr: string;
}
export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

export function readSettings(form: SettingsForm): { ok: true; settings: RunnerSettings } | { ok: false; errors: SettingsErrors } {
	const age = parseOptionalNumber(form.age, ageField('this page'));
	const maxHr = parseOptionalNumber(form.maxHr, MAX_HR_FIELD);
	const errors: SettingsErrors = {
		...(age.ok ? {} : { age: age.error }),
		...(maxHr.ok ? {} : { maxHr: maxHr.error }),
	};
	if (!age.ok || !maxHr.ok) return { ok: false, errors };
	const estimated = maxHr.value === undefined && age.value !== undefined;
	return {
		ok: true,
		settings: {
			...(age.value !== undefined ? { age: age.value } : {}),
			...(maxHr.value !== undefined ? { maxHr: maxHr.value } : estimated ? { maxHr: maxHrFromAge(age.value!) } : {}),
			maxHrEstimated: estimated,
		},
	};
}
