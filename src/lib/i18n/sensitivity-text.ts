/** Sensitivity results in words and units. Pure. */
import type { SensitivityInputId, SensitivityResult, SensitivityRow } from '../model/index.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import type { Messages } from './messages.ts';

const MONEY: SensitivityInputId[] = ['salaryPerYear', 'courseFeesPerTrainee', 'billRatePerDay'];

/** An input's value in its unit: "$80,000", "42 days", "80 %". */
export function formatSensitivityValue(
	row: Pick<SensitivityRow, 'id' | 'mode'>,
	value: number,
	currency: string,
	locale: string,
	t: Messages
): string {
	if (MONEY.includes(row.id)) return formatMoney(value, currency, locale);
	if (row.mode === 'points') return formatPercent(value, locale, 1);
	switch (row.id) {
		case 'timeToFillDays':
			return `${formatNumber(value, locale, 0)} ${t.units.days}`;
		case 'externalRampWeeks':
			return `${formatNumber(value, locale, 1)} ${t.units.weeks}`;
		case 'trainingHours':
			return `${formatNumber(value, locale, 0)} ${t.units.hours}`;
		case 'trainingHoursPerWeek':
			return `${formatNumber(value, locale, 1)} ${t.units.hoursPerWeek}`;
		case 'valueMultiplier':
			return `${formatNumber(value, locale, 2)} ${t.units.times}`;
		default:
			return formatNumber(value, locale, 2);
	}
}

/** "The answer changes to upskilling if training success rises above 92 % (now 80 %)." */
export function flipSentence(
	result: SensitivityResult,
	currency: string,
	locale: string,
	t: Messages
): string {
	const row = result.nearestFlip;
	if (!row || row.flipValue === null || !row.flipTo) return t.sensitivity.robust;
	return t.sensitivity.flipSentence(
		t.sensitivity.inputs[row.id],
		row.flipValue > row.value ? 'above' : 'below',
		formatSensitivityValue(row, row.flipValue, currency, locale, t),
		formatSensitivityValue(row, row.value, currency, locale, t),
		t.optionsInSentence[row.flipTo]
	);
}
