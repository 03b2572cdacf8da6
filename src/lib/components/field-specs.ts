/**
 * How each input is shown: its kind (money, percent, ...), unit and where its default's source is.
 * Labels and help text come from the messages module; sources from the model's defaults.
 */
import type { Messages } from '../i18n/messages.ts';

export type FieldKind = 'money' | 'percent' | 'number' | 'int' | 'select' | 'toggle';

export interface FieldSpec {
	/** Field name in the schema, also the messages key. */
	key: keyof Messages['fields'];
	kind: FieldKind;
	/** Unit key in messages.units (money and percent fields get theirs automatically). */
	unit?: keyof Messages['units'];
	/** For money fields: per what ("per year", "per hire"). */
	per?: keyof Messages['units'];
	/** Key of DEFAULT_SOURCES when it differs from `key`. */
	source?: string;
	/** Messages key of the choices for selects. */
	choices?: keyof Messages['choices'];
	optional?: boolean;
}

export const NEED_FIELDS: FieldSpec[] = [
	{ key: 'headcount', kind: 'int', unit: 'people' },
	{ key: 'neededFromMonth', kind: 'number', unit: 'months' },
	{ key: 'salaryPerYear', kind: 'money', per: 'perYear' }
];
export const NEED_ADVANCED: FieldSpec[] = [
	{ key: 'valueMultiplier', kind: 'number', unit: 'times' }
];

export const BUY_FIELDS: FieldSpec[] = [
	{ key: 'salaryPremiumRate', kind: 'percent' },
	{ key: 'timeToFillDays', kind: 'number', unit: 'days' },
	{ key: 'rampWeeks', kind: 'number', unit: 'weeks', source: 'externalRampWeeks' },
	{ key: 'acquisitionMode', kind: 'select', choices: 'acquisitionMode' }
];
export const BUY_ITEMISED: FieldSpec[] = [
	{ key: 'agencyFeeRate', kind: 'percent' },
	{ key: 'advertisingPerHire', kind: 'money', per: 'perHire' },
	{ key: 'assessmentPerHire', kind: 'money', per: 'perHire' },
	{ key: 'interviewHoursPerHire', kind: 'number', unit: 'hours' },
	{ key: 'signOnBonus', kind: 'money', per: 'perHire' },
	{ key: 'relocationPerHire', kind: 'money', per: 'perHire' }
];
export const BUY_BENCHMARK: FieldSpec[] = [{ key: 'costPerHire', kind: 'money', per: 'perHire' }];
export const BUY_ADVANCED: FieldSpec[] = [
	{ key: 'onboardingPerHire', kind: 'money', per: 'perHire' },
	{ key: 'signOnClawbackShare', kind: 'percent' },
	{ key: 'rampStartProductivity', kind: 'percent', source: 'externalRampStart' },
	{ key: 'rampCurve', kind: 'select', choices: 'rampCurve' },
	{ key: 'earlyExitProbability', kind: 'percent' },
	{ key: 'attritionRatePerYear', kind: 'percent', source: 'externalAttritionRatePerYear' }
];

export const BUILD_FIELDS: FieldSpec[] = [
	{ key: 'currentSalaryPerYear', kind: 'money', per: 'perYear' },
	{ key: 'trainingHoursPerWeek', kind: 'number', unit: 'hoursPerWeek' },
	{ key: 'courseFeesPerTrainee', kind: 'money', per: 'perTrainee' },
	{ key: 'successProbability', kind: 'percent' },
	{ key: 'oldRole', kind: 'select', choices: 'oldRole' }
];
export const BUILD_ADVANCED: FieldSpec[] = [
	{ key: 'trainingMonthsOverride', kind: 'number', unit: 'months', optional: true },
	{ key: 'certificationCost', kind: 'money', per: 'perTrainee' },
	{ key: 'costPerTrainingHour', kind: 'money' },
	{ key: 'mentorHoursPerWeek', kind: 'number', unit: 'hoursPerWeek' },
	{ key: 'raiseRate', kind: 'percent' },
	{ key: 'rampWeeks', kind: 'number', unit: 'weeks', source: 'internalRampWeeks' },
	{ key: 'rampStartProductivity', kind: 'percent', source: 'internalRampStart' },
	{ key: 'rampCurve', kind: 'select', choices: 'rampCurve' },
	{ key: 'attritionRatePerYear', kind: 'percent', source: 'internalAttritionRatePerYear' }
];

export const BORROW_FIELDS: FieldSpec[] = [
	{ key: 'billRatePerDay', kind: 'money', per: 'perDay' },
	{ key: 'daysPerMonth', kind: 'number', unit: 'days', source: 'contractorDaysPerMonth' },
	{ key: 'leadTimeDays', kind: 'number', unit: 'days', source: 'contractorLeadTimeDays' },
	{ key: 'onboardingWeeks', kind: 'number', unit: 'weeks', source: 'contractorOnboardingWeeks' },
	{ key: 'efficiency', kind: 'percent', source: 'contractorEfficiency' }
];

export const SETTINGS_FIELDS: FieldSpec[] = [
	{ key: 'horizonMonths', kind: 'int', unit: 'months' },
	{ key: 'discountRatePerYear', kind: 'percent' },
	{ key: 'onCostRate', kind: 'percent' },
	{ key: 'decisionMeasure', kind: 'select', choices: 'decisionMeasure' }
];
export const SETTINGS_ADVANCED: FieldSpec[] = [
	{ key: 'workingDaysPerYear', kind: 'number', unit: 'days' },
	{ key: 'hoursPerWorkingDay', kind: 'number', unit: 'hours' }
];

/** Number formats offered (BCP 47 tags); any valid tag in a file is kept. */
export const LOCALES: { value: string; label: string }[] = [
	{ value: 'en-US', label: 'English (US) 1,234.5' },
	{ value: 'en-GB', label: 'English (UK) 1,234.5' },
	{ value: 'de-DE', label: 'Deutsch 1.234,5' },
	{ value: 'de-CH', label: 'Deutsch (Schweiz) 1\u2019234.5' },
	{ value: 'fr-FR', label: 'Fran\u00e7ais 1\u202f234,5' },
	{ value: 'es-ES', label: 'Espa\u00f1ol 1.234,5' },
	{ value: 'nl-NL', label: 'Nederlands 1.234,5' },
	{ value: 'sv-SE', label: 'Svenska 1\u00a0234,5' },
	{ value: 'ja-JP', label: '\u65e5\u672c\u8a9e 1,234.5' },
	{ value: 'en-IN', label: 'English (India) 1,23,456.5' }
];
