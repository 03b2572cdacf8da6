/**
 * The one definition of a valid scenario. Every field has bounds and a default; the defaults and
 * their sources live in `defaults.ts`. Types come from the schema (`z.infer`).
 */
import { z } from 'zod';
import { DEFAULTS as D } from './defaults.ts';
import { RANGED_FIELD_KEYS, type RangedFieldKey } from './fields.ts';
import {
	borrowPlanFields,
	PlanSchema,
	PoolSchema,
	poolSize,
	settingsPlanFields
} from './plan-schema.ts';

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
	efficiency: z.number().finite().min(0.05).max(1).default(D.contractorEfficiency),
	...borrowPlanFields
});

const NeededFromMonthSchema = z
	.number()
	.finite()
	.min(0)
	.max(MAX_HORIZON_MONTHS - 1)
	.default(0);
const SalaryPerYearSchema = z.number().finite().min(1).max(MAX_MONEY).default(D.salaryPerYear);
const ValueMultiplierSchema = z.number().finite().min(0).max(10).default(D.valueMultiplier);

// --- Ranges (risk): a low and a high beside a field's likely value (a three-point estimate) ---

/** Most ranged fields per role. */
export const MAX_RANGES = 60;

/** Low and high of a ranged field; the likely value is the field's own value. */
export const RangeSchema = z.object({
	low: z.number().finite(),
	high: z.number().finite()
});
export type Range = z.infer<typeof RangeSchema>;

/**
 * A numeric field of a role that may carry a range, by its path within the role
 * ("buy.timeToFillDays", "build.skills.0.hoursPerLevel"). The field table says which (`ranged`).
 */
export type RangedFieldPath = RangedKeyWithinRole<RangedFieldKey>;
type RangedKeyWithinRole<K extends string> = K extends `roles.build.skills.${infer F}`
	? `build.skills.${number}.${F}`
	: K extends `roles.${infer P}`
		? P
		: never;

/** A path within a role into a skill ("build.skills.2.hoursPerLevel"): index and field. */
const SKILL_PATH = /^build\.skills\.(0|[1-9]\d?)\.(\w+)$/;

// Built on first use: the field table imports this module, so it is not read while modules load.
let rangedSchemas: Map<string, z.ZodType<number>> | null = null;

/** The schema of each ranged field, keyed by its path within a role (skills without index). */
function rangedFieldSchemas(): Map<string, z.ZodType<number>> {
	if (rangedSchemas) return rangedSchemas;
	const shapes: Record<string, Record<string, unknown>> = {
		'': RoleObjectSchema.shape,
		buy: BuySchema.shape,
		build: BuildSchema.shape,
		borrow: BorrowSchema.shape,
		'build.skills': SkillSchema.shape
	};
	rangedSchemas = new Map();
	for (const key of RANGED_FIELD_KEYS) {
		const within = key.slice('roles.'.length);
		const dot = within.lastIndexOf('.');
		const field = shapes[within.slice(0, Math.max(dot, 0))]?.[within.slice(dot + 1)];
		if (!field) throw new Error(`schema: no ranged field ${key}`);
		rangedSchemas.set(within, field as z.ZodType<number>);
	}
	return rangedSchemas;
}

/** Every fixed path within a role that may carry a range (without the per-skill paths). */
export function rangedFieldPaths(): RangedFieldPath[] {
	return [...rangedFieldSchemas().keys()].filter(
		(p) => !p.startsWith('build.skills.')
	) as RangedFieldPath[];
}

function rangedFieldSchema(path: string): z.ZodType<number> | null {
	const skill = SKILL_PATH.exec(path);
	if (!skill && path.startsWith('build.skills.')) return null;
	return rangedFieldSchemas().get(skill ? `build.skills.${skill[2]}` : path) ?? null;
}

/** Whether `path` (within a role) names a field that may carry a range. */
export function isRangedFieldPath(path: string): path is RangedFieldPath {
	return rangedFieldSchema(path) !== null;
}

/** The value of a ranged field in a role, or null when the path names nothing there. */
export function rangedFieldValue(role: unknown, path: string): number | null {
	let at: unknown = role;
	for (const key of path.split('.')) {
		if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return null;
		at = (at as Record<string, unknown>)[key];
	}
	return typeof at === 'number' ? at : null;
}

const RoleObjectSchema = z.object({
	name: name(80).default('Role'),
	headcount: z.number().int().min(0).max(1000).default(D.headcount),
	neededFromMonth: NeededFromMonthSchema,
	salaryPerYear: SalaryPerYearSchema,
	valueMultiplier: ValueMultiplierSchema,
	/** The preset the role was started from (its help shows the preset's values); absent otherwise. */
	preset: z.string().max(40).optional(),
	buy: BuySchema.prefault({}),
	build: BuildSchema.prefault({}),
	borrow: BorrowSchema.prefault({}),
	/** The role's mix ("Your plan"); null = the role counts with its cheapest pure option. */
	plan: PlanSchema.nullable().default(null),
	pool: PoolSchema.prefault({}),
	/** Ranges of uncertain fields, keyed by the field's path within the role; empty = none. */
	ranges: z
		.record(z.string(), RangeSchema)
		.refine((r) => Object.keys(r).length <= MAX_RANGES, { message: 'too-many-ranges' })
		.default(() => ({}))
});

/**
 * Problems with a role's ranges, with paths inside the role: an unknown field
 * (['ranges', key]), a low or high outside the field's bounds (too_small / too_big with the bound),
 * a low above the likely value or a high below it (at 'low' or 'high').
 */
export function rangeIssues(role: { ranges: Record<string, Range> }): {
	path: (string | number)[];
	code: string;
	message: string;
	minimum?: number;
	maximum?: number;
	input: unknown;
}[] {
	const out: ReturnType<typeof rangeIssues> = [];
	for (const [key, range] of Object.entries(role.ranges)) {
		const field = rangedFieldSchema(key);
		const likely = rangedFieldValue(role, key);
		if (!field || likely === null) {
			out.push({
				path: ['ranges', key],
				code: 'custom',
				message: 'range-unknown-field',
				input: key
			});
			continue;
		}
		let inBounds = true;
		for (const end of ['low', 'high'] as const) {
			const checked = field.safeParse(range[end]);
			if (checked.success) continue;
			inBounds = false;
			for (const issue of checked.error.issues) {
				const bound: { minimum?: number; maximum?: number } = {};
				if (issue.code === 'too_small') bound.minimum = Number(issue.minimum);
				if (issue.code === 'too_big') bound.maximum = Number(issue.maximum);
				out.push({
					path: ['ranges', key, end],
					code: issue.code,
					message: issue.message,
					input: range[end],
					...bound
				});
			}
		}
		if (!inBounds) continue;
		if (range.low > likely) {
			out.push({
				path: ['ranges', key, 'low'],
				code: 'custom',
				message: 'range-low-above-likely',
				input: range.low,
				maximum: likely
			});
		}
		if (range.high < likely) {
			out.push({
				path: ['ranges', key, 'high'],
				code: 'custom',
				message: 'range-high-below-likely',
				input: range.high,
				minimum: likely
			});
		}
	}
	return out;
}

export const RoleSchema = RoleObjectSchema.check((ctx) => {
	if (typeof ctx.value.ranges !== 'object' || ctx.value.ranges === null) return;
	for (const issue of rangeIssues(ctx.value)) {
		const { minimum, maximum, ...rest } = issue;
		if (issue.code === 'too_small') {
			ctx.issues.push({
				...rest,
				code: 'too_small',
				origin: 'number',
				minimum: minimum!,
				inclusive: true
			});
		} else if (issue.code === 'too_big') {
			ctx.issues.push({
				...rest,
				code: 'too_big',
				origin: 'number',
				maximum: maximum!,
				inclusive: true
			});
		} else {
			ctx.issues.push({ ...rest, code: 'custom', params: { minimum, maximum } });
		}
	}
});

/** Monte Carlo settings (risk). */
export const SimulationSettingsSchema = z.object({
	/** Simulated futures per run of the simulation. */
	runs: z.number().int().min(100).max(100_000).default(10_000),
	/** Seed of the random generator: the same seed and inputs give the same results. */
	seed: z.number().int().min(0).max(4_294_967_295).default(1),
	/** Month (1-based) by which "full capacity" is asked for; capped at the horizon. */
	capacityMonth: z.number().int().min(1).max(MAX_HORIZON_MONTHS).default(12)
});
export type SimulationSettings = z.infer<typeof SimulationSettingsSchema>;

export const SettingsSchema = z.object({
	horizonMonths: z.number().int().min(1).max(MAX_HORIZON_MONTHS).default(D.horizonMonths),
	discountRatePerYear: rate(D.discountRatePerYear, 0.5),
	onCostRate: rate(D.onCostRate, 2),
	workingDaysPerYear: z.number().finite().min(150).max(320).default(D.workingDaysPerYear),
	hoursPerWorkingDay: z.number().finite().min(1).max(24).default(D.hoursPerWorkingDay),
	decisionMeasure: z.enum(DECISION_MEASURES).default('economic'),
	/** Whether contractors (borrow) are compared as a third option. */
	includeBorrow: z.boolean().default(true),
	...settingsPlanFields,
	/** Monte Carlo settings (risk). */
	simulation: SimulationSettingsSchema.prefault({})
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
			for (const issue of planIssues(role, i)) ctx.issues.push(issue);
		});
		const deadline = ctx.value.settings.capacityDeadlineMonth;
		if (deadline !== null && deadline > h) {
			ctx.issues.push({
				code: 'custom',
				input: deadline,
				path: ['settings', 'capacityDeadlineMonth'],
				message: 'deadline-after-horizon'
			});
		}
	});

/** A role's plan problems, each at the field to fix: counts, bridged counts, pool. */
function planIssues(
	role: z.infer<typeof RoleSchema>,
	i: number
): { code: 'custom'; input: unknown; path: (string | number)[]; message: string }[] {
	const issues: { code: 'custom'; input: unknown; path: (string | number)[]; message: string }[] =
		[];
	const plan = role.plan;
	if (!plan) return issues;
	const push = (path: (string | number)[], input: unknown, message: string) =>
		issues.push({ code: 'custom', input, path: ['roles', i, ...path], message });
	if (plan.buy + plan.build + plan.borrow !== role.headcount) {
		push(['plan', 'buy'], plan.buy, 'plan-counts-sum');
	}
	if (plan.bridgedBuy > plan.buy)
		push(['plan', 'bridgedBuy'], plan.bridgedBuy, 'bridged-over-count');
	if (plan.bridgedBuild > plan.build) {
		push(['plan', 'bridgedBuild'], plan.bridgedBuild, 'bridged-over-count');
	}
	const pool = poolSize(role.pool);
	if (pool !== null && plan.build > pool) {
		push(['pool', 'feeders'], role.pool.feeders, 'pool-below-upskilled');
	}
	return issues;
}

export type Skill = z.infer<typeof SkillSchema>;
export type BuyInputs = z.infer<typeof BuySchema>;
export type BuildInputs = z.infer<typeof BuildSchema>;
export type BorrowInputs = z.infer<typeof BorrowSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as it may arrive from a file or link: any field may be missing. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The kind of a value, as problems name it. */
export type ValueType = 'number' | 'text' | 'boolean' | 'list' | 'object' | 'null' | 'missing';

/** What is wrong with one input, as a code; the interface turns it into words. */
export type IssueCode =
	/** A required value is absent. */
	| 'missing'
	/** A number was expected: text, NaN or Infinity was given. */
	| 'not-number'
	| 'not-whole'
	/** Below `minimum` / above `maximum` (numbers). */
	| 'too-small'
	| 'too-big'
	/** Text: empty, shorter than `minimum`, longer than `maximum` characters. */
	| 'empty'
	| 'too-short'
	| 'too-long'
	/** Lists: fewer than `minimum` / more than `maximum` items. */
	| 'too-few'
	| 'too-many'
	| 'not-currency'
	| 'bad-format'
	/** Not one of `options`. */
	| 'not-a-choice'
	/** Another kind of value than `expected` (`received` says what it was). */
	| 'wrong-type'
	| 'required-below-current'
	| 'needed-after-horizon'
	/** Plan: counts not adding up to the need, more bridged than in the group, a pool too small. */
	| 'plan-counts-sum'
	| 'bridged-over-count'
	| 'pool-below-upskilled'
	| 'deadline-after-horizon'
	/** Ranges (risk): low above the likely value (`maximum` = likely), high below it (`minimum`). */
	| 'range-low-above-likely'
	| 'range-high-below-likely'
	/** A range for something that is not a numeric field of the role. */
	| 'range-unknown-field'
	| 'invalid';

/** One problem with an input: where (path into the scenario), what, and the bound crossed. */
export interface InputIssue {
	path: (string | number)[];
	code: IssueCode;
	minimum?: number;
	maximum?: number;
	/** The allowed values (for 'not-a-choice'). */
	options?: string[];
	expected?: ValueType;
	received?: ValueType;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: InputIssue[] };

function valueTypeOf(value: unknown): ValueType {
	if (value === undefined) return 'missing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'list';
	switch (typeof value) {
		case 'number':
			return 'number';
		case 'string':
			return 'text';
		case 'boolean':
			return 'boolean';
		default:
			return 'object';
	}
}

const ZOD_TYPES: Record<string, ValueType> = {
	number: 'number',
	int: 'number',
	string: 'text',
	boolean: 'boolean',
	array: 'list',
	object: 'object'
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let node = data;
	for (const k of path) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<PropertyKey, unknown>)[k];
	}
	return node;
}

/** Codes of the schema's own checks (zod 'custom' issues carry them as their message). */
const CUSTOM_CODES = new Set<IssueCode>([
	'required-below-current',
	'needed-after-horizon',
	'plan-counts-sum',
	'bridged-over-count',
	'pool-below-upskilled',
	'deadline-after-horizon'
]);

/** A zod issue as a typed issue (read from its fields, never from its English message). */
function toInputIssue(issue: z.core.$ZodIssue, data: unknown): InputIssue {
	const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
	const out = (code: IssueCode, more: Partial<InputIssue> = {}): InputIssue => ({
		path,
		code,
		...more
	});
	switch (issue.code) {
		case 'invalid_type': {
			const received = valueTypeOf(valueAt(data, issue.path));
			const expected = ZOD_TYPES[issue.expected] ?? 'object';
			if (received === 'missing') return out('missing', { expected });
			if (expected === 'number') {
				if (issue.expected === 'int' && received === 'number') {
					const v = valueAt(data, issue.path) as number;
					if (Number.isFinite(v)) return out('not-whole');
				}
				if (received === 'number' || received === 'text') return out('not-number');
			}
			return out('wrong-type', { expected, received });
		}
		case 'too_small': {
			const minimum = Number(issue.minimum);
			if (issue.origin === 'string') return out(minimum <= 1 ? 'empty' : 'too-short', { minimum });
			if (issue.origin === 'array' || issue.origin === 'set') return out('too-few', { minimum });
			return out('too-small', { minimum });
		}
		case 'too_big': {
			const maximum = Number(issue.maximum);
			if (issue.origin === 'string') return out('too-long', { maximum });
			if (issue.origin === 'array' || issue.origin === 'set') return out('too-many', { maximum });
			return out('too-big', { maximum });
		}
		case 'invalid_format':
			return out(path[path.length - 1] === 'currency' ? 'not-currency' : 'bad-format');
		case 'invalid_value':
			return out('not-a-choice', { options: issue.values.map(String) });
		case 'custom':
			if (
				issue.message === 'range-low-above-likely' ||
				issue.message === 'range-high-below-likely'
			) {
				const bound: Partial<InputIssue> = {};
				if (typeof issue.params?.minimum === 'number') bound.minimum = issue.params.minimum;
				if (typeof issue.params?.maximum === 'number') bound.maximum = issue.params.maximum;
				return out(issue.message, bound);
			}
			if (issue.message === 'range-unknown-field') return out(issue.message);
			if (CUSTOM_CODES.has(issue.message as IssueCode)) return out(issue.message as IssueCode);
			return out('invalid');
		default:
			return out('invalid');
	}
}

/** Validate unknown data as a scenario; never throws. */
export function parseScenario(data: unknown): ParseResult {
	const result = ScenarioSchema.safeParse(data);
	if (result.success) return { ok: true, scenario: result.data };
	return { ok: false, issues: result.error.issues.map((issue) => toInputIssue(issue, data)) };
}

/** A complete scenario with every default, optionally overridden. */
export function createScenario(input: ScenarioInput = {}): Scenario {
	return ScenarioSchema.parse(input);
}

/** A complete role with every default, optionally overridden. */
export function createRole(input: z.input<typeof RoleSchema> = {}): Role {
	return RoleSchema.parse(input);
}
