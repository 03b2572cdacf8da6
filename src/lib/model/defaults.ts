/**
 * Default values and where each comes from. A default is either published (with a citation), derived
 * from published figures (with the arithmetic), or an assumption (said so). The methodology page and
 * each field's help text show these.
 */

export type SourceKind = 'published' | 'derived' | 'assumption';

export interface DefaultSource {
	kind: SourceKind;
	/** Short citation or reasoning, in English (proper names of studies). */
	text: string;
}

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

/** Source of each default, keyed by the field's name in the schema. */
export const DEFAULT_SOURCES = {
	horizonMonths: {
		kind: 'assumption',
		text: 'Three years: long enough for ramp-up and first-year attrition to show; reskilling payback windows are 9-24 months (A11).'
	},
	discountRatePerYear: {
		kind: 'assumption',
		text: 'A typical corporate cost of capital; WEF/BCG (2019) used a "very conservative" 2 %. Set your own WACC.'
	},
	onCostRate: {
		kind: 'derived',
		text: 'Rules of thumb put total employee cost at 1.25-1.4 x base; BLS ECEC Dec 2024 implies 1.42 x wages (benefits 13.20 / wages 31.47).'
	},
	workingDaysPerYear: {
		kind: 'published',
		text: 'Cost-of-vacancy convention (executrade): 230 working days; others use 220 or 260 (changes results by up to 18 %).'
	},
	hoursPerWorkingDay: { kind: 'assumption', text: 'Standard 8-hour day.' },
	headcount: { kind: 'assumption', text: 'Example need of three people.' },
	salaryPerYear: {
		kind: 'assumption',
		text: 'Example salary; enter your own pay band. Presets carry sourced figures.'
	},
	valueMultiplier: {
		kind: 'published',
		text: 'Salary-multiplier method of cost-of-vacancy calculators: value = 1-3 x salary, "2 can be used safely" (executrade).'
	},
	salaryPremiumRate: {
		kind: 'published',
		text: 'Bidwell (2011), ASQ 56(3): external hires paid about 18 % more than internal movers into similar jobs.'
	},
	agencyFeeRate: {
		kind: 'published',
		text: 'Contingent search fees 20-25 % of first-year base (incolator); 15-35 % typical (getrocket). Set 0 without an agency.'
	},
	advertisingPerHire: {
		kind: 'assumption',
		text: 'Job boards and sourcing per hire; an external cost in ANSI/SHRM 06001 cost-per-hire.'
	},
	assessmentPerHire: {
		kind: 'assumption',
		text: 'Background checks and assessments per hire (ANSI/SHRM 06001 external costs).'
	},
	interviewHoursPerHire: {
		kind: 'assumption',
		text: 'Hiring-manager and panel time per hire (an internal cost in ANSI/SHRM 06001), valued at the role\u2019s loaded hourly cost.'
	},
	signOnBonus: {
		kind: 'published',
		text: 'WorldatWork: 76 % of organisations use sign-on bonuses; about a third pay 1,000-4,999.'
	},
	signOnClawbackShare: {
		kind: 'published',
		text: 'Share recovered if the hire leaves within 12 months; about 49 % of employers require forfeiture (WorldatWork 2001).'
	},
	relocationPerHire: {
		kind: 'assumption',
		text: 'Zero for a local hire. Worldwide ERC: new-hire renter about 18,000, homeowner about 72,000 (2015).'
	},
	onboardingPerHire: {
		kind: 'assumption',
		text: 'Equipment, accounts and onboarding programme per new starter.'
	},
	costPerHire: {
		kind: 'published',
		text: 'SHRM benchmarking: about 4,700 per hire (2022); 5,475 non-executive (2025). Replaces the itemised costs, never added to them.'
	},
	timeToFillDays: {
		kind: 'published',
		text: 'SHRM Human Capital Benchmarking (FY2015 data): average time-to-fill 42 days.'
	},
	externalRampWeeks: {
		kind: 'published',
		text: 'Mellon Learning Curve study (2003): professionals hired externally reach full productivity in a median 20 weeks.'
	},
	externalRampStart: {
		kind: 'assumption',
		text: 'Productivity on day one; Gallup-attributed figures give 25-50 % output loss during ramp.'
	},
	earlyExitProbability: {
		kind: 'assumption',
		text: 'Within published range: ~30 % of hires leave within 90 days (Jobvite 2018, self-reported); 46 % "fail" within 18 months (Leadership IQ).'
	},
	externalAttritionRatePerYear: {
		kind: 'assumption',
		text: 'Annual leaving rate after the first year; external hires quit 21 % more often than internal movers (Bidwell 2011).'
	},
	currentSalaryPerYear: {
		kind: 'assumption',
		text: 'The trainee\u2019s salary today (in their current role); its base is paid in every option and not counted.'
	},
	hoursPerLevel: {
		kind: 'assumption',
		text: 'Study hours to raise one skill by one level (0-5 scale); adjacent gaps take days to weeks, role changes 6-24 months (WEF 2018-2020, IBM 2019).'
	},
	trainingHoursPerWeek: {
		kind: 'assumption',
		text: 'Part-time learning alongside the current job.'
	},
	courseFeesPerTrainee: {
		kind: 'published',
		text: 'Pluralsight 2025: US organisations spend about 5,770 to upskill an IT employee; 73 % spend under 5,000.'
	},
	costPerTrainingHour: {
		kind: 'derived',
		text: 'Zero when course fees are given. ATD spend per employee / formal hours is about 38 per hour (derived, 2018).'
	},
	certificationCost: { kind: 'assumption', text: 'Exam and certification fees per trainee.' },
	mentorHoursPerWeek: {
		kind: 'assumption',
		text: 'Senior colleague time during training, valued at the role\u2019s loaded hourly cost.'
	},
	raiseRate: {
		kind: 'published',
		text: 'Raise on completion; McKinsey UK (2020): external hires are paid about 20 % more than reskilled workers.'
	},
	internalRampWeeks: {
		kind: 'published',
		text: 'Mellon Learning Curve study (2003): professionals moved internally reach full productivity in a median 12 weeks.'
	},
	internalRampStart: {
		kind: 'published',
		text: 'Mellon (2003): nearly half of internal hires quickly reach about 75 % productivity (vs 20 % of external).'
	},
	successProbability: {
		kind: 'assumption',
		text: 'Probability a trainee reaches the required level. No employer benchmark exists; reskilling.info uses 30-95 %.'
	},
	oldRole: {
		kind: 'published',
		text: 'The trainee\u2019s old job must be covered (BCG); backfill adds the replacement\u2019s cost (learnin).'
	},
	internalAttritionRatePerYear: {
		kind: 'derived',
		text: 'Internal movers stay about 41 % longer (LinkedIn): 12 % / 1.41 = 8.5 % per year.'
	},
	billRatePerDay: {
		kind: 'derived',
		text: 'Contractor day rate: pay rate plus agency markup of 50-60 % (ecapital, Pace Staffing).'
	},
	contractorDaysPerMonth: {
		kind: 'assumption',
		text: 'Billable days per month (230 / 12 is 19.2).'
	},
	contractorLeadTimeDays: { kind: 'assumption', text: 'Days until a contractor can start.' },
	contractorOnboardingWeeks: {
		kind: 'assumption',
		text: 'Weeks for a contractor to get up to speed.'
	},
	contractorEfficiency: {
		kind: 'assumption',
		text: 'Contractor output relative to a fully productive employee; lower it if contractors deliver less (e.g. 0.9).'
	},
	skills: { kind: 'assumption', text: 'Example skill gap for a data-analyst move.' }
} satisfies Record<string, DefaultSource>;
