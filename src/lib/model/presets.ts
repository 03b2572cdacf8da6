/**
 * Presets for common roles. Salaries are US medians from the BLS Occupational Outlook Handbook
 * (median pay, May 2024) for the nearest occupation; other figures as cited per preset. Each preset
 * is a partial role: anything it does not set takes the schema default.
 *
 * Presets are language-neutral: the role's name, the skills' names and the citations are text in
 * the message catalogues (`presets[id]`, `skillNames[skillId]`); `cites` says which of a preset's
 * sources each field's value comes from.
 */
import type { FieldKey } from './fields.ts';
import { createRole, type Role, type Skill } from './schema.ts';

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
	/** The role's values (a partial role without names; skills by id). */
	values: { [key: string]: unknown; build: { [key: string]: unknown; skills: PresetSkill[] } };
	cites: Partial<Record<FieldKey, number>>;
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
					{ id: 'sql', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 40 },
					{ id: 'statistics', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 50 },
					{ id: 'python', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 40 },
					{ id: 'data-visualisation', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 25 }
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
					{ id: 'machine-learning', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 80 },
					{ id: 'mlops', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 50 },
					{ id: 'statistics', currentLevel: 2, requiredLevel: 4, hoursPerLevel: 50 },
					{ id: 'python', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 40 }
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
	{
		id: 'cloud-engineer',
		values: {
			headcount: 4,
			salaryPerYear: 130_390,
			buy: { agencyFeeRate: 0.22, timeToFillDays: 50, rampWeeks: 20 },
			build: {
				currentSalaryPerYear: 96_800,
				skills: [
					{ id: 'cloud-platform', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 45 },
					{ id: 'infrastructure-as-code', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 35 },
					{ id: 'containers', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 30 },
					{ id: 'networking', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 30 }
				],
				courseFeesPerTrainee: 5_770,
				certificationCost: 600
			},
			borrow: { billRatePerDay: 950 }
		},
		cites: {
			'roles.salaryPerYear': 0,
			'roles.build.currentSalaryPerYear': 0,
			'roles.build.courseFeesPerTrainee': 1
		}
	},
	{
		id: 'cybersecurity-analyst',
		values: {
			headcount: 2,
			salaryPerYear: 124_910,
			buy: { agencyFeeRate: 0.25, timeToFillDays: 55, rampWeeks: 20 },
			build: {
				currentSalaryPerYear: 96_800,
				skills: [
					{ id: 'security-operations', currentLevel: 1, requiredLevel: 4, hoursPerLevel: 50 },
					{ id: 'threat-analysis', currentLevel: 0, requiredLevel: 3, hoursPerLevel: 40 },
					{ id: 'networking', currentLevel: 3, requiredLevel: 4, hoursPerLevel: 30 },
					{ id: 'compliance', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 25 }
				],
				courseFeesPerTrainee: 5_000,
				certificationCost: 1_000
			},
			borrow: { billRatePerDay: 900 }
		},
		cites: { 'roles.salaryPerYear': 0, 'roles.build.currentSalaryPerYear': 0 }
	},
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
				skills: [
					{ id: 'product-knowledge', currentLevel: 1, requiredLevel: 3, hoursPerLevel: 20 },
					{ id: 'support-tools', currentLevel: 2, requiredLevel: 3, hoursPerLevel: 15 }
				],
				courseFeesPerTrainee: 500,
				certificationCost: 0,
				raiseRate: 0.05
			},
			borrow: { billRatePerDay: 280 }
		},
		cites: { 'roles.salaryPerYear': 0, 'roles.buy.rampWeeks': 1, 'roles.build.rampWeeks': 1 }
	}
];

function presetOf(spec: PresetSpec): Preset {
	return {
		id: spec.id,
		cites: spec.cites,
		role: (names) =>
			createRole({
				...(spec.values as unknown as RoleInput),
				name: names?.role ?? spec.id,
				preset: spec.id,
				build: {
					...spec.values.build,
					skills: spec.values.build.skills.map(({ id, ...skill }) => ({
						...skill,
						name: names?.skill(id) ?? id
					}))
				}
			})
	};
}

export const PRESETS: Preset[] = SPECS.map(presetOf);

/** A preset by id, or undefined. */
export function findPreset(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}
