/**
 * Presets for common roles. Salaries are US medians from the BLS Occupational Outlook Handbook
 * (median pay, May 2024) for the nearest occupation; other figures as cited per preset. Each preset
 * is a partial role: anything it does not set takes the schema default.
 *
 * Presets are language-neutral: the role's name, the skills' names and the citations are text in
 * the message catalogues (`presets[id]`, `skillNames[skillId]`); `cites` says which of a preset's
 * sources each field's value comes from.
 *
 * Every preset also brings ranges (low, high) for the inputs that matter most, by one set of rules
 * around the preset's likely values (`PRESET_RANGE_RULES`): they feed the risk simulation and the
 * tornado, never the deterministic result.
 */
import type { SourceKind } from './defaults.ts';
import { boundsOf, type FieldKey, type RangedFieldKey } from './fields.ts';
import { createRole, type Range, type Role, type Skill } from './schema.ts';

type RoleInput = NonNullable<Parameters<typeof createRole>[0]>;

export const PRESET_IDS = [
	'data-analyst',
	'ml-engineer',
	'cloud-engineer',
	'cybersecurity-analyst',
	'customer-service'
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const SKILL_IDS = [
	'sql',
	'statistics',
	'python',
	'data-visualisation',
	'machine-learning',
	'mlops',
	'cloud-platform',
	'infrastructure-as-code',
	'containers',
	'networking',
	'security-operations',
	'threat-analysis',
	'compliance',
	'product-knowledge',
	'support-tools'
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

/** Names to write into a preset's role (from the messages of the interface language). */
export interface PresetNames {
	role: string;
	skill: (id: SkillId) => string;
}

type PresetSkill = Omit<Skill, 'name'> & { id: SkillId };

export interface Preset {
	id: PresetId;
	/** The preset's role, named in the language given (ids when no names are given). */
	role: (names?: PresetNames) => Role;
	/** Which of the preset's sources (index in the messages' `presets[id].sources`) each value has. */
	cites: Partial<Record<FieldKey, number>>;
}

interface PresetSpec {
	id: PresetId;
	/** The role's values: a partial role without names, its skills by id. */
	values: Omit<RoleInput, 'name' | 'preset' | 'build'> & {
		build: Omit<NonNullable<RoleInput['build']>, 'skills'> & { skills: PresetSkill[] };
	};
	cites: Partial<Record<FieldKey, number>>;
}

/** A skill the role needs: from the current to the required level, at so many study hours a level. */
function skill(
	id: SkillId,
	currentLevel: number,
	requiredLevel: number,
	hoursPerLevel: number
): PresetSkill {
	return { id, currentLevel, requiredLevel, hoursPerLevel };
}

/** Networking of a network and systems administrator: most of the way already. */
const NETWORKING_FROM_SYSADMIN = skill('networking', 3, 4, 30);

/**
 * A cloud or security role reached from network and systems administration (BLS median pay May
 * 2024: 96,800, the preset's source 0 with the role's own pay): external ramp as the default
 * (Mellon: professionals 20 weeks), skills of the new role on top of the networking already there.
 */
function fromSystemsAdministration({ id, values, cites }: PresetSpec): PresetSpec {
	return {
		id,
		values: {
			...values,
			buy: { ...values.buy, rampWeeks: 20 },
			build: { currentSalaryPerYear: 96_800, ...values.build }
		},
		cites: { 'roles.salaryPerYear': 0, 'roles.build.currentSalaryPerYear': 0, ...cites }
	};
}

const SPECS: PresetSpec[] = [
	{
		id: 'data-analyst',
		values: {
			headcount: 3,
			salaryPerYear: 91_290,
			buy: { timeToFillDays: 42, rampWeeks: 20 },
			build: {
				currentSalaryPerYear: 79_880,
				// Reporting work that automation is shrinking: the old role is not refilled.
				oldRole: 'not-needed',
				skills: [
					skill('sql', 2, 4, 40),
					skill('statistics', 1, 3, 50),
					skill('python', 0, 3, 40),
					skill('data-visualisation', 2, 4, 25)
				],
				courseFeesPerTrainee: 3_000
			},
			borrow: { billRatePerDay: 650 }
		},
		cites: { 'roles.salaryPerYear': 0, 'roles.build.oldRole': 1 }
	},
	{
		id: 'ml-engineer',
		values: {
			headcount: 2,
			salaryPerYear: 150_000,
			buy: {
				agencyFeeRate: 0.25,
				signOnBonus: 10_000,
				timeToFillDays: 60,
				rampWeeks: 24,
				relocationPerHire: 5_000
			},
			build: {
				currentSalaryPerYear: 133_080,
				skills: [
					skill('machine-learning', 1, 4, 80),
					skill('mlops', 0, 3, 50),
					skill('statistics', 2, 4, 50),
					skill('python', 3, 4, 40)
				],
				courseFeesPerTrainee: 11_900,
				trainingHoursPerWeek: 8,
				raiseRate: 0.1
			},
			borrow: { billRatePerDay: 1_100 }
		},
		cites: {
			'roles.salaryPerYear': 0,
			'roles.build.currentSalaryPerYear': 0,
			'roles.buy.agencyFeeRate': 1,
			'roles.buy.signOnBonus': 1,
			'roles.build.courseFeesPerTrainee': 2
		}
	},
	fromSystemsAdministration({
		id: 'cloud-engineer',
		values: {
			headcount: 4,
			salaryPerYear: 130_390,
			buy: { agencyFeeRate: 0.22, timeToFillDays: 50 },
			build: {
				skills: [
					skill('cloud-platform', 1, 4, 45),
					skill('infrastructure-as-code', 0, 3, 35),
					skill('containers', 1, 3, 30),
					NETWORKING_FROM_SYSADMIN
				],
				courseFeesPerTrainee: 5_770,
				certificationCost: 600
			},
			borrow: { billRatePerDay: 950 }
		},
		cites: { 'roles.build.courseFeesPerTrainee': 1 }
	}),
	fromSystemsAdministration({
		id: 'cybersecurity-analyst',
		values: {
			headcount: 2,
			salaryPerYear: 124_910,
			buy: { agencyFeeRate: 0.25, timeToFillDays: 55 },
			build: {
				skills: [
					skill('security-operations', 1, 4, 50),
					skill('threat-analysis', 0, 3, 40),
					NETWORKING_FROM_SYSADMIN,
					skill('compliance', 1, 3, 25)
				],
				courseFeesPerTrainee: 5_000,
				certificationCost: 1_000
			},
			borrow: { billRatePerDay: 900 }
		},
		cites: {}
	}),
	{
		id: 'customer-service',
		values: {
			headcount: 8,
			salaryPerYear: 41_770,
			valueMultiplier: 1.5,
			buy: {
				agencyFeeRate: 0,
				signOnBonus: 0,
				timeToFillDays: 30,
				rampWeeks: 12,
				earlyExitProbability: 0.3
			},
			build: {
				currentSalaryPerYear: 38_000,
				rampWeeks: 6,
				skills: [skill('product-knowledge', 1, 3, 20), skill('support-tools', 2, 3, 15)],
				courseFeesPerTrainee: 500,
				certificationCost: 0,
				raiseRate: 0.05
			},
			borrow: { billRatePerDay: 280 }
		},
		cites: { 'roles.salaryPerYear': 0, 'roles.buy.rampWeeks': 1, 'roles.build.rampWeeks': 1 }
	}
];

// ---------------------------------------------------------------------------------------------
// Ranges: the same rules for every preset, each with the source of its spread

/** Which spread a preset range follows; its source text is in the messages' `rangeSources`. */
export type PresetRangeId =
	| 'timeToFill'
	| 'externalRamp'
	| 'internalRamp'
	| 'earlyExit'
	| 'trainingSuccess'
	| 'salaryPremium'
	| 'studyHours'
	| 'dayRate';

export interface PresetRangeRule {
	id: PresetRangeId;
	/** The field (per skill for hours per level). */
	key: RangedFieldKey;
	/** Published spread, arithmetic on published figures, or the project's assumption. */
	kind: SourceKind;
	/** Low and high around the likely value (before rounding and the field's bounds). */
	spread: (likely: number) => readonly [number, number];
	/** Rounded to multiples of this (whole days, whole percent, tens of money). */
	step: number;
}

/**
 * Default ranges of the inputs that matter most. Time to fill: SHRM's 36 and vendors' 77 days
 * around SHRM's 42 (SOURCES A2). Ramp-up: Oxford Economics' 12-28 weeks around Mellon's 20 for
 * external hires, Mellon's internal 6-16 weeks around 12 (A3). Early exit: half to double, at most
 * the 46 % of hires Leadership IQ counts as failed within 18 months (A5). Training success: within
 * reskilling.info's 30-95 % (A6). Premium, study hours and day rate: assumptions.
 */
export const PRESET_RANGE_RULES: readonly PresetRangeRule[] = [
	{
		id: 'timeToFill',
		key: 'roles.buy.timeToFillDays',
		kind: 'derived',
		spread: (v) => [(v * 36) / 42, (v * 77) / 42],
		step: 1
	},
	{
		id: 'externalRamp',
		key: 'roles.buy.rampWeeks',
		kind: 'derived',
		spread: (v) => [v * 0.6, v * 1.4],
		step: 1
	},
	{
		id: 'internalRamp',
		key: 'roles.build.rampWeeks',
		kind: 'derived',
		spread: (v) => [v * 0.5, (v * 4) / 3],
		step: 1
	},
	{
		id: 'earlyExit',
		key: 'roles.buy.earlyExitProbability',
		kind: 'assumption',
		spread: (v) => [v / 2, Math.min(0.46, v * 2)],
		step: 0.01
	},
	{
		id: 'trainingSuccess',
		key: 'roles.build.successProbability',
		kind: 'assumption',
		spread: (v) => [Math.max(0.3, v - 0.2), Math.min(0.95, v + 0.1)],
		step: 0.01
	},
	{
		id: 'salaryPremium',
		key: 'roles.buy.salaryPremiumRate',
		kind: 'assumption',
		spread: (v) => [v * 0.5, v * 1.5],
		step: 0.01
	},
	{
		id: 'studyHours',
		key: 'roles.build.skills.hoursPerLevel',
		kind: 'assumption',
		spread: (v) => [v * 0.75, v * 1.5],
		step: 1
	},
	{
		id: 'dayRate',
		key: 'roles.borrow.billRatePerDay',
		kind: 'assumption',
		spread: (v) => [v * 0.85, v * 1.25],
		step: 10
	}
];

/** The preset range rule of a field, if any. */
export function presetRangeRule(key: FieldKey): PresetRangeRule | undefined {
	return PRESET_RANGE_RULES.find((r) => r.key === key);
}

/**
 * A rule's range around a likely value: rounded, within the field's bounds, low <= likely <= high;
 * null when it has no width (a premium of 0, say).
 */
export function presetRange(rule: PresetRangeRule, likely: number): Range | null {
	const { min = -Infinity, max = Infinity } = boundsOf(rule.key);
	const [low, high] = rule.spread(likely);
	const round = (v: number) => Number((Math.round(v / rule.step) * rule.step).toFixed(6));
	const range = {
		low: Math.min(likely, Math.max(min, round(low))),
		high: Math.max(likely, Math.min(max, round(high)))
	};
	return range.low < range.high ? range : null;
}

/** The ranges the rules give a role (per skill for study hours), keyed by path within the role. */
export function presetRanges(role: Role): Record<string, Range> {
	const out: Record<string, Range> = {};
	for (const rule of PRESET_RANGE_RULES) {
		const within = rule.key.slice('roles.'.length);
		const [part, field] = within.split('.') as [string, string?];
		if (part === 'build' && field === 'skills') {
			role.build.skills.forEach((skill, i) => {
				const r = presetRange(rule, skill.hoursPerLevel);
				if (r) out[`build.skills.${i}.hoursPerLevel`] = r;
			});
			continue;
		}
		const likely = field
			? (role[part as 'buy' | 'build' | 'borrow'] as unknown as Record<string, number>)[field]
			: (role as unknown as Record<string, number>)[part];
		const r = typeof likely === 'number' ? presetRange(rule, likely) : null;
		if (r) out[within] = r;
	}
	return out;
}

function presetOf(spec: PresetSpec): Preset {
	return {
		id: spec.id,
		cites: spec.cites,
		role: (names) => {
			const role = createRole({
				...spec.values,
				name: names?.role ?? spec.id,
				preset: spec.id,
				build: {
					...spec.values.build,
					skills: spec.values.build.skills.map(({ id, ...skill }) => ({
						...skill,
						name: names?.skill(id) ?? id
					}))
				}
			});
			role.ranges = presetRanges(role);
			return role;
		}
	};
}

export const PRESETS: Preset[] = SPECS.map(presetOf);

/** A preset by id, or undefined. */
export function findPreset(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}
