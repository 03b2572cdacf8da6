/**
 * The one definition of a valid scenario. Every field has bounds and a default; the defaults and
 * their sources live in `defaults.ts`. Types come from the schema (`z.infer`).
 */
import { z } from 'zod';
import { DEFAULTS as D } from './defaults.ts';

/** Largest money amount accepted in any money field (guards against absurd magnitudes such as 1e12). */
export const MAX_MONEY = 10_000_000;
/** Largest horizon in months. */
export const MAX_HORIZON_MONTHS = 120;
/** Most roles in one scenario. */
export const MAX_ROLES = 20;
/** Most skills per role. */
export const MAX_SKILLS = 30;
/** Skill levels run from 0 (none) to this value (expert). */
export const MAX_LEVEL = 5;

const money = (def: number) => z.number().finite().min(0).max(MAX_MONEY).default(def);
const rate = (def: number, max = 1) => z.number().finite().min(0).max(max).default(def);
const name = (max: number) => z.string().trim().min(1).max(max);

export const RAMP_CURVES = ['linear', 's-curve', 'stepped'] as const;
export const ACQUISITION_MODES = ['itemised', 'benchmark'] as const;
export const OLD_ROLE_POLICIES = ['backfill', 'leave-open', 'not-needed'] as const;
export const DECISION_MEASURES = ['economic', 'cash'] as const;
export const OPTION_IDS = ['buy', 'build', 'borrow'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export const SkillSchema = z
	.object({
		name: name(60),
		currentLevel: z.number().int().min(0).max(MAX_LEVEL).default(1),
		requiredLevel: z.number().int().min(0).max(MAX_LEVEL).default(3),
		hoursPerLevel: z.number().finite().min(0).max(2000).default(D.hoursPerLevel)
	})
	.check((ctx) => {
		if (ctx.value.requiredLevel < ctx.value.currentLevel) {
			ctx.issues.push({
				code: 'custom',
				input: ctx.value.requiredLevel,
				path: ['requiredLevel'],
				message: 'required-below-current'
			});
		}
	});

export const BuySchema = z.object({
	salaryPremiumRate: rate(D.salaryPremiumRate, 2),
	acquisitionMode: z.enum(ACQUISITION_MODES).default('itemised'),
	agencyFeeRate: rate(D.agencyFeeRate),
	advertisingPerHire: money(D.advertisingPerHire),
	assessmentPerHire: money(D.assessmentPerHire),
	interviewHoursPerHire: z.number().finite().min(0).max(2000).default(D.interviewHoursPerHire),
	signOnBonus: money(D.signOnBonus),
	signOnClawbackShare: rate(0),
	relocationPerHire: money(D.relocationPerHire),
	onboardingPerHire: money(D.onboardingPerHire),
	costPerHire: money(D.costPerHire),
	timeToFillDays: z.number().finite().min(0).max(730).default(D.timeToFillDays),
	rampWeeks: z.number().finite().min(0).max(260).default(D.externalRampWeeks),
	rampStartProductivity: rate(D.externalRampStart),
	rampCurve: z.enum(RAMP_CURVES).default('linear'),
	earlyExitProbability: rate(D.earlyExitProbability),
	attritionRatePerYear: rate(D.externalAttritionRatePerYear)
});

export const BuildSchema = z.object({
	currentSalaryPerYear: z.number().finite().min(0).max(MAX_MONEY).default(D.currentSalaryPerYear),
	skills: z
		.array(SkillSchema)
		.max(MAX_SKILLS)
		.default(() => D.skills.map((s) => ({ ...s }))),
	trainingHoursPerWeek: z.number().finite().min(0.5).max(60).default(D.trainingHoursPerWeek),
	trainingMonthsOverride: z
		.number()
		.finite()
		.min(0)
		.max(MAX_HORIZON_MONTHS)
		.nullable()
		.default(null),
	courseFeesPerTrainee: money(D.courseFeesPerTrainee),
	costPerTrainingHour: money(D.costPerTrainingHour),
	certificationCost: money(D.certificationCost),
	mentorHoursPerWeek: z.number().finite().min(0).max(40).default(D.mentorHoursPerWeek),
	raiseRate: rate(D.raiseRate),
	rampWeeks: z.number().finite().min(0).max(260).default(D.internalRampWeeks),
	rampStartProductivity: rate(D.internalRampStart),
	rampCurve: z.enum(RAMP_CURVES).default('linear'),
	successProbability: rate(D.successProbability),
	oldRole: z.enum(OLD_ROLE_POLICIES).default('backfill'),
	attritionRatePerYear: rate(D.internalAttritionRatePerYear)
});

export const BorrowSchema = z.object({
	billRatePerDay: money(D.billRatePerDay),
	daysPerMonth: z.number().finite().min(1).max(31).default(D.contractorDaysPerMonth),
	leadTimeDays: z.number().finite().min(0).max(365).default(D.contractorLeadTimeDays),
	onboardingWeeks: z.number().finite().min(0).max(52).default(D.contractorOnboardingWeeks),
	efficiency: z.number().finite().min(0.05).max(1).default(D.contractorEfficiency)
});

export const RoleSchema = z.object({
	name: name(80).default('Role'),
	headcount: z.number().int().min(0).max(1000).default(D.headcount),
	neededFromMonth: z
		.number()
		.finite()
		.min(0)
		.max(MAX_HORIZON_MONTHS - 1)
		.default(0),
	salaryPerYear: z.number().finite().min(1).max(MAX_MONEY).default(D.salaryPerYear),
	valueMultiplier: z.number().finite().min(0).max(10).default(D.valueMultiplier),
	buy: BuySchema.prefault({}),
	build: BuildSchema.prefault({}),
	borrow: BorrowSchema.prefault({})
});

export const SettingsSchema = z.object({
	horizonMonths: z.number().int().min(1).max(MAX_HORIZON_MONTHS).default(D.horizonMonths),
	discountRatePerYear: rate(D.discountRatePerYear, 0.5),
	onCostRate: rate(D.onCostRate, 2),
	workingDaysPerYear: z.number().finite().min(150).max(320).default(D.workingDaysPerYear),
	hoursPerWorkingDay: z.number().finite().min(1).max(24).default(D.hoursPerWorkingDay),
	decisionMeasure: z.enum(DECISION_MEASURES).default('economic'),
	/** Whether contractors (borrow) are compared as a third option. */
	includeBorrow: z.boolean().default(true)
});

export const ScenarioSchema = z
	.object({
		name: name(120).default('Untitled scenario'),
		currency: z
			.string()
			.regex(/^[A-Z]{3}$/)
			.default('USD'),
		locale: z.string().min(2).max(35).default('en-US'),
		settings: SettingsSchema.prefault({}),
		roles: z
			.array(RoleSchema)
			.min(1)
			.max(MAX_ROLES)
			.default(() => [RoleSchema.parse({ name: 'Data analyst' })])
	})
	.check((ctx) => {
		const h = ctx.value.settings.horizonMonths;
		ctx.value.roles.forEach((role, i) => {
			if (role.neededFromMonth >= h) {
				ctx.issues.push({
					code: 'custom',
					input: role.neededFromMonth,
					path: ['roles', i, 'neededFromMonth'],
					message: 'needed-after-horizon'
				});
			}
		});
	});

export type Skill = z.infer<typeof SkillSchema>;
export type BuyInputs = z.infer<typeof BuySchema>;
export type BuildInputs = z.infer<typeof BuildSchema>;
export type BorrowInputs = z.infer<typeof BorrowSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as it may arrive from a file or link: any field may be missing. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** One problem with an input: where (path into the scenario) and a message key or text. */
export interface InputIssue {
	path: (string | number)[];
	code: string;
	message: string;
	/** For range problems: the bound that was crossed. */
	minimum?: number;
	maximum?: number;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: InputIssue[] };

/** Validate unknown data as a scenario; never throws. */
export function parseScenario(data: unknown): ParseResult {
	const result = ScenarioSchema.safeParse(data);
	if (result.success) return { ok: true, scenario: result.data };
	return {
		ok: false,
		issues: result.error.issues.map((issue) => {
			const out: InputIssue = {
				path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
				code: issue.code,
				message: issue.message
			};
			if (issue.code === 'too_small') out.minimum = Number(issue.minimum);
			if (issue.code === 'too_big') out.maximum = Number(issue.maximum);
			return out;
		})
	};
}

/** A complete scenario with every default, optionally overridden. */
export function createScenario(input: ScenarioInput = {}): Scenario {
	return ScenarioSchema.parse(input);
}

/** A complete role with every default, optionally overridden. */
export function createRole(input: z.input<typeof RoleSchema> = {}): Role {
	return RoleSchema.parse(input);
}
