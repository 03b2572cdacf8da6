/**
 * Default values and where each comes from. A default is either published (with a citation), derived
 * from published figures (with the arithmetic), or an assumption (said so). The methodology page and
 * each field's help text show these.
 */

import type { PresetId, SkillId } from './presets.ts';

export type SourceKind = 'published' | 'derived' | 'assumption';

export interface DefaultSource {
	kind: SourceKind;
}

/**
 * What the default role and its skills are, so their names can be shown in the interface language:
 * the default role is named like the data-analyst preset, its skills are these skills, in order.
 */
export const DEFAULT_ROLE_PRESET: PresetId = 'data-analyst';
export const DEFAULT_SKILL_IDS = [
	'sql',
	'statistics',
	'python'
] as const satisfies readonly SkillId[];

export const DEFAULTS = {
	horizonMonths: 36,
	discountRatePerYear: 0.08,
	onCostRate: 0.3,
	workingDaysPerYear: 230,
	hoursPerWorkingDay: 8,
	headcount: 3,
	salaryPerYear: 80_000,
	valueMultiplier: 2,
	salaryPremiumRate: 0.18,
	agencyFeeRate: 0.2,
	advertisingPerHire: 1_000,
	assessmentPerHire: 300,
	interviewHoursPerHire: 20,
	signOnBonus: 3_000,
	relocationPerHire: 0,
	onboardingPerHire: 2_000,
	costPerHire: 4_700,
	timeToFillDays: 42,
	externalRampWeeks: 20,
	externalRampStart: 0.25,
	earlyExitProbability: 0.15,
	externalAttritionRatePerYear: 0.12,
	currentSalaryPerYear: 68_000,
	// The default role is a data analyst (see DEFAULT_ROLE_PRESET); its skills in DEFAULT_SKILL_IDS' order.
	skills: [
		{ name: 'SQL', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 40 },
		{ name: 'Statistics', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 50 },
		{ name: 'Python', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 50 }
	],
	hoursPerLevel: 40,
	trainingHoursPerWeek: 6,
	courseFeesPerTrainee: 3_000,
	costPerTrainingHour: 0,
	certificationCost: 500,
	mentorHoursPerWeek: 1.5,
	raiseRate: 0.08,
	internalRampWeeks: 12,
	internalRampStart: 0.5,
	successProbability: 0.8,
	internalAttritionRatePerYear: 0.085,
	billRatePerDay: 650,
	contractorDaysPerMonth: 19,
	contractorLeadTimeDays: 14,
	contractorOnboardingWeeks: 2,
	contractorEfficiency: 1
} as const;

/**
 * Kind of each default's source, keyed as the field table's `source`. The citation or reasoning
 * itself is text: it lives in the message catalogues (`sources`), in every language.
 */
export const DEFAULT_SOURCES = {
	horizonMonths: { kind: 'assumption' },
	discountRatePerYear: { kind: 'assumption' },
	onCostRate: { kind: 'derived' },
	workingDaysPerYear: { kind: 'published' },
	hoursPerWorkingDay: { kind: 'assumption' },
	headcount: { kind: 'assumption' },
	salaryPerYear: { kind: 'assumption' },
	valueMultiplier: { kind: 'published' },
	salaryPremiumRate: { kind: 'published' },
	agencyFeeRate: { kind: 'published' },
	advertisingPerHire: { kind: 'assumption' },
	assessmentPerHire: { kind: 'assumption' },
	interviewHoursPerHire: { kind: 'assumption' },
	signOnBonus: { kind: 'published' },
	signOnClawbackShare: { kind: 'published' },
	relocationPerHire: { kind: 'assumption' },
	onboardingPerHire: { kind: 'assumption' },
	costPerHire: { kind: 'published' },
	timeToFillDays: { kind: 'published' },
	externalRampWeeks: { kind: 'published' },
	externalRampStart: { kind: 'assumption' },
	earlyExitProbability: { kind: 'assumption' },
	externalAttritionRatePerYear: { kind: 'assumption' },
	currentSalaryPerYear: { kind: 'assumption' },
	hoursPerLevel: { kind: 'assumption' },
	trainingHoursPerWeek: { kind: 'assumption' },
	courseFeesPerTrainee: { kind: 'published' },
	costPerTrainingHour: { kind: 'derived' },
	certificationCost: { kind: 'assumption' },
	mentorHoursPerWeek: { kind: 'assumption' },
	raiseRate: { kind: 'published' },
	internalRampWeeks: { kind: 'published' },
	internalRampStart: { kind: 'published' },
	successProbability: { kind: 'assumption' },
	oldRole: { kind: 'published' },
	internalAttritionRatePerYear: { kind: 'derived' },
	billRatePerDay: { kind: 'derived' },
	contractorDaysPerMonth: { kind: 'assumption' },
	contractorLeadTimeDays: { kind: 'assumption' },
	contractorOnboardingWeeks: { kind: 'assumption' },
	contractorEfficiency: { kind: 'assumption' },
	skills: { kind: 'assumption' }
} satisfies Record<string, DefaultSource>;
