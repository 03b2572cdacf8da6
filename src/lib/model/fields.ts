/**
 * The one table of input fields: for every leaf of the scenario schema, how it is shown and read
 * (kind, unit, group, advanced or not) and where its default comes from. Bounds, choices, whether a
 * field may be empty and the default value itself are read from the zod schema, never restated.
 * Labels and help text live in the message catalogues under `fields[labelKey]`.
 *
 * Keys are schema paths without array indices: `settings.horizonMonths`, `roles.buy.timeToFillDays`,
 * `roles.build.skills.hoursPerLevel`. Within a role, a field's path is its key without `roles.`
 * (`buy.timeToFillDays`).
 *
 * Adding an input field: add it to the schema (with a default), add one entry here (the compiler
 * refuses a schema leaf without one), add its label and help to both message catalogues.
 */
import { DEFAULT_SOURCES } from './defaults.ts';
import {
	createRole,
	createScenario,
	ScenarioSchema,
	SkillSchema,
	type Scenario
} from './schema.ts';

/** How a value is stored, typed and shown. */
export type FieldKind =
	/** An amount in the scenario's currency. */
	| 'money'
	/** A rate stored as a decimal (0.08) and shown and typed as percent (8). */
	| 'percent'
	/** A whole number. */
	| 'int'
	/** Any finite number. */
	| 'number'
	/** One of the schema's listed values. */
	| 'enum'
	| 'bool'
	| 'text';

/** What a number counts: written with the number and a plural ("1 day", "30 days"). */
export type FieldUnit = 'days' | 'weeks' | 'months' | 'hours' | 'people' | 'times' | 'level';

/** The basis of a rate or amount: "per year", "per hire". */
export type FieldPer = 'year' | 'month' | 'week' | 'day' | 'hire' | 'trainee' | 'hour';

/** Where a field belongs: the form's section, the export sheet's group. */
export type FieldGroup =
	| 'scenario'
	| 'settings'
	| 'need'
	| 'buy'
	| 'build'
	| 'borrow'
	| 'skill'
	/** A role's mix and internal pool (the plan editor). */
	| 'plan'
	/** The plan's calendar and constraints (the plan editor). */
	| 'constraints'

	/** Monte Carlo settings and per-role ranges (risk): shown in the risk panel, not the form. */
	| 'simulation';

/** Key of a default's source (DEFAULT_SOURCES). */
export type SourceKey = keyof typeof DEFAULT_SOURCES;

type Primitive = string | number | boolean | null;
type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every leaf path of T, array indices dropped ("roles.buy.timeToFillDays"). */
export type LeafPaths<T, P extends string = ''> = {
	[K in keyof T & string]: NonNullable<T[K]> extends Primitive
		? Join<P, K>
		: NonNullable<T[K]> extends readonly (infer U)[]
			? U extends Primitive
				? Join<P, K>
				: LeafPaths<U, Join<P, K>>
			: string extends keyof NonNullable<T[K]>
				? Join<P, K>
				: LeafPaths<NonNullable<T[K]>, Join<P, K>>;
}[keyof T & string];

/** The key of every input field of a scenario. */
export type FieldKey = LeafPaths<Scenario>;

export interface FieldDef {
	group: FieldGroup;
	kind: FieldKind;
	/** Counted unit of a number ("days"); money and percent fields have none. */
	unit?: FieldUnit;
	/** Basis of an amount or rate ("per year"). */
	per?: FieldPer;
	/** Key of the default's source; none for fields without a sourced default. */
	source?: SourceKey;
	/** Shown under "More assumptions" rather than at once (absent: shown at once). */
	advanced?: boolean;
	/** A number that names something (a year): written without digit grouping ("2026"). */
	plain?: boolean;
	/** Key of the label and help in the messages' `fields`; the last path segment when absent. */
	label?: string;
	/** Shown (and used) only while another field of the same role has this value. */
	when?: { key: FieldKey; is: string | boolean };
	/**
	 * Risk: the field may carry a range (low, high) beside its value, drawn in the simulation and
	 * used by the tornado. Only numeric fields of a role; the schema's range checks read this.
	 */
	ranged?: boolean;
}

const ITEMISED = { key: 'roles.buy.acquisitionMode', is: 'itemised' } as const;
const BENCHMARK = { key: 'roles.buy.acquisitionMode', is: 'benchmark' } as const;

/**
 * Every input field, in the order the form and the exports show them within their group. The
 * `satisfies` clause makes the compiler reject a missing schema field and an entry for a field the
 * schema does not have.
 */
export const FIELDS = {
	name: { group: 'scenario', kind: 'text', label: 'scenarioName' },
	currency: { group: 'scenario', kind: 'text' },
	locale: { group: 'scenario', kind: 'text' },

	'settings.horizonMonths': {
		group: 'settings',
		kind: 'int',
		unit: 'months',
		source: 'horizonMonths'
	},
	'settings.discountRatePerYear': {
		group: 'settings',
		kind: 'percent',
		per: 'year',
		source: 'discountRatePerYear'
	},
	'settings.onCostRate': { group: 'settings', kind: 'percent', source: 'onCostRate' },
	'settings.decisionMeasure': { group: 'settings', kind: 'enum' },
	'settings.workingDaysPerYear': {
		group: 'settings',
		kind: 'number',
		unit: 'days',
		per: 'year',
		source: 'workingDaysPerYear',
		advanced: true
	},
	'settings.hoursPerWorkingDay': {
		group: 'settings',
		kind: 'number',
		unit: 'hours',
		per: 'day',
		source: 'hoursPerWorkingDay',
		advanced: true
	},
	'settings.includeBorrow': { group: 'settings', kind: 'bool' },

	'roles.name': { group: 'need', kind: 'text' },
	'roles.preset': { group: 'need', kind: 'text' },
	'roles.headcount': { group: 'need', kind: 'int', unit: 'people', source: 'headcount' },
	'roles.neededFromMonth': { group: 'need', kind: 'number', unit: 'months', ranged: true },
	'roles.salaryPerYear': {
		group: 'need',
		kind: 'money',
		per: 'year',
		source: 'salaryPerYear',
		ranged: true
	},
	'roles.valueMultiplier': {
		group: 'need',
		kind: 'number',
		unit: 'times',
		source: 'valueMultiplier',
		advanced: true,
		ranged: true
	},

	'roles.buy.salaryPremiumRate': {
		group: 'buy',
		kind: 'percent',
		source: 'salaryPremiumRate',
		ranged: true
	},
	'roles.buy.timeToFillDays': {
		group: 'buy',
		kind: 'number',
		unit: 'days',
		source: 'timeToFillDays',
		ranged: true
	},
	'roles.buy.rampWeeks': {
		group: 'buy',
		kind: 'number',
		unit: 'weeks',
		source: 'externalRampWeeks',
		ranged: true
	},
	'roles.buy.acquisitionMode': { group: 'buy', kind: 'enum' },
	'roles.buy.agencyFeeRate': {
		group: 'buy',
		kind: 'percent',
		source: 'agencyFeeRate',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.advertisingPerHire': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'advertisingPerHire',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.assessmentPerHire': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'assessmentPerHire',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.interviewHoursPerHire': {
		group: 'buy',
		kind: 'number',
		unit: 'hours',
		per: 'hire',
		source: 'interviewHoursPerHire',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.signOnBonus': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'signOnBonus',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.relocationPerHire': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'relocationPerHire',
		ranged: true,
		when: ITEMISED
	},
	'roles.buy.costPerHire': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'costPerHire',
		ranged: true,
		when: BENCHMARK
	},
	'roles.buy.onboardingPerHire': {
		group: 'buy',
		kind: 'money',
		per: 'hire',
		source: 'onboardingPerHire',
		advanced: true,
		ranged: true
	},
	'roles.buy.signOnClawbackShare': {
		group: 'buy',
		kind: 'percent',
		source: 'signOnClawbackShare',
		advanced: true,
		ranged: true
	},
	'roles.buy.rampStartProductivity': {
		group: 'buy',
		kind: 'percent',
		source: 'externalRampStart',
		advanced: true,
		ranged: true
	},
	'roles.buy.rampCurve': { group: 'buy', kind: 'enum', advanced: true },
	'roles.buy.earlyExitProbability': {
		group: 'buy',
		kind: 'percent',
		source: 'earlyExitProbability',
		advanced: true,
		ranged: true
	},
	'roles.buy.attritionRatePerYear': {
		group: 'buy',
		kind: 'percent',
		per: 'year',
		source: 'externalAttritionRatePerYear',
		advanced: true,
		ranged: true
	},

	'roles.build.skills.name': { group: 'skill', kind: 'text', label: 'skillName' },
	'roles.build.skills.currentLevel': { group: 'skill', kind: 'int', unit: 'level' },
	'roles.build.skills.requiredLevel': { group: 'skill', kind: 'int', unit: 'level' },
	'roles.build.skills.hoursPerLevel': {
		group: 'skill',
		kind: 'number',
		unit: 'hours',
		source: 'hoursPerLevel',
		ranged: true
	},
	'roles.build.currentSalaryPerYear': {
		group: 'build',
		kind: 'money',
		per: 'year',
		source: 'currentSalaryPerYear',
		ranged: true
	},
	'roles.build.trainingHoursPerWeek': {
		group: 'build',
		kind: 'number',
		unit: 'hours',
		per: 'week',
		source: 'trainingHoursPerWeek',
		ranged: true
	},
	'roles.build.courseFeesPerTrainee': {
		group: 'build',
		kind: 'money',
		per: 'trainee',
		source: 'courseFeesPerTrainee',
		ranged: true
	},
	'roles.build.successProbability': {
		group: 'build',
		kind: 'percent',
		source: 'successProbability',
		ranged: true
	},
	'roles.build.oldRole': { group: 'build', kind: 'enum', source: 'oldRole' },
	'roles.build.trainingMonthsOverride': {
		group: 'build',
		kind: 'number',
		unit: 'months',
		advanced: true
	},
	'roles.build.certificationCost': {
		group: 'build',
		kind: 'money',
		per: 'trainee',
		source: 'certificationCost',
		advanced: true,
		ranged: true
	},
	'roles.build.costPerTrainingHour': {
		group: 'build',
		kind: 'money',
		per: 'hour',
		source: 'costPerTrainingHour',
		advanced: true,
		ranged: true
	},
	'roles.build.mentorHoursPerWeek': {
		group: 'build',
		kind: 'number',
		unit: 'hours',
		per: 'week',
		source: 'mentorHoursPerWeek',
		advanced: true,
		ranged: true
	},
	'roles.build.raiseRate': {
		group: 'build',
		kind: 'percent',
		source: 'raiseRate',
		advanced: true,
		ranged: true
	},
	'roles.build.rampWeeks': {
		group: 'build',
		kind: 'number',
		unit: 'weeks',
		source: 'internalRampWeeks',
		advanced: true,
		ranged: true
	},
	'roles.build.rampStartProductivity': {
		group: 'build',
		kind: 'percent',
		source: 'internalRampStart',
		advanced: true,
		ranged: true
	},
	'roles.build.rampCurve': { group: 'build', kind: 'enum', advanced: true },
	'roles.build.attritionRatePerYear': {
		group: 'build',
		kind: 'percent',
		per: 'year',
		source: 'internalAttritionRatePerYear',
		advanced: true,
		ranged: true
	},

	'roles.borrow.billRatePerDay': {
		group: 'borrow',
		kind: 'money',
		per: 'day',
		source: 'billRatePerDay',
		ranged: true
	},
	'roles.borrow.daysPerMonth': {
		group: 'borrow',
		kind: 'number',
		unit: 'days',
		per: 'month',
		source: 'contractorDaysPerMonth',
		ranged: true
	},
	'roles.borrow.leadTimeDays': {
		group: 'borrow',
		kind: 'number',
		unit: 'days',
		source: 'contractorLeadTimeDays',
		ranged: true
	},
	'roles.borrow.onboardingWeeks': {
		group: 'borrow',
		kind: 'number',
		unit: 'weeks',
		source: 'contractorOnboardingWeeks',
		ranged: true
	},
	'roles.borrow.efficiency': {
		group: 'borrow',
		kind: 'percent',
		source: 'contractorEfficiency',
		ranged: true
	},
	// Plan: contractor rules (agency limit, conversion, bridging)
	'roles.borrow.maxMonthsPerContractor': {
		group: 'borrow',
		kind: 'number',
		unit: 'months',
		advanced: true
	},
	'roles.borrow.conversionFee': { group: 'borrow', kind: 'money', advanced: true },

	// Plan: a role's mix and internal pool
	'roles.plan.buy': { group: 'plan', kind: 'int', unit: 'people', label: 'planBuy' },
	'roles.plan.build': { group: 'plan', kind: 'int', unit: 'people', label: 'planBuild' },
	'roles.plan.borrow': { group: 'plan', kind: 'int', unit: 'people', label: 'planBorrow' },
	'roles.plan.bridgedBuy': { group: 'plan', kind: 'int', unit: 'people' },
	'roles.plan.bridgedBuild': { group: 'plan', kind: 'int', unit: 'people' },
	'roles.pool.feeders': { group: 'plan', kind: 'int', unit: 'people' },
	'roles.pool.shareAbleToMove': { group: 'plan', kind: 'percent' },
	// Plan: when a bridging contractor hands over (a choice in the plan editor, not a plain field)
	'roles.borrow.bridgeUntilProductivity': { group: 'plan', kind: 'percent' },
	'roles.borrow.bridgeMonths': { group: 'plan', kind: 'number', unit: 'months' },

	// Plan: calendar, fiscal year and constraints
	'settings.startMonth': { group: 'constraints', kind: 'int' },
	'settings.startYear': { group: 'constraints', kind: 'int', plain: true },
	'settings.fiscalYearStartMonth': { group: 'constraints', kind: 'int' },
	'settings.budgetPerFiscalYear': { group: 'constraints', kind: 'money', per: 'year' },
	'settings.capacityDeadlineMonth': { group: 'constraints', kind: 'int', unit: 'months' },
	'settings.contractorCap': { group: 'constraints', kind: 'int', unit: 'people' },

	// Risk: simulation settings and ranges (edited in the risk panel and beside each field).
	'settings.simulation.runs': { group: 'simulation', kind: 'int', advanced: true },
	'settings.simulation.seed': { group: 'simulation', kind: 'int', advanced: true },
	'settings.simulation.capacityMonth': { group: 'simulation', kind: 'int', unit: 'months' },
	'roles.ranges': { group: 'simulation', kind: 'text', advanced: true }
} as const satisfies Record<FieldKey, FieldDef>;

/** Every field key, in table order. */
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** The key of every field that may carry a range (risk), e.g. 'roles.buy.timeToFillDays'. */
export type RangedFieldKey = {
	[K in FieldKey]: (typeof FIELDS)[K] extends { ranged: true } ? K : never;
}[FieldKey];

/** Every field that may carry a range, in table order. */
export const RANGED_FIELD_KEYS = FIELD_KEYS.filter(
	(k): k is RangedFieldKey => (FIELDS[k] as FieldDef).ranged === true
);

/** Last segment of a key ("timeToFillDays"). */
type LastSegment<K extends string> = K extends `${string}.${infer R}` ? LastSegment<R> : K;

/** The key of every field's label and help in the messages' `fields`. */
export type FieldLabelKey = {
	[K in FieldKey]: (typeof FIELDS)[K] extends { label: infer L extends string }
		? L
		: LastSegment<K>;
}[FieldKey];

/** A field's definition (always present for a FieldKey). */
export function fieldDef(key: FieldKey): FieldDef {
	return FIELDS[key];
}

/** The messages key of a field's label and help. */
export function labelKeyOf(key: FieldKey): FieldLabelKey {
	const def: FieldDef = FIELDS[key];
	return (def.label ?? key.slice(key.lastIndexOf('.') + 1)) as FieldLabelKey;
}

/** Whether a string is a field key. */
export function isFieldKey(key: string): key is FieldKey {
	return Object.prototype.hasOwnProperty.call(FIELDS, key);
}

/**
 * The field key of a concrete path into a scenario (array indices dropped), or undefined when the
 * path is not an input field (a list, an unknown key): ['roles', 0, 'buy', 'rampWeeks'] ->
 * 'roles.buy.rampWeeks'.
 */
export function fieldKeyOf(path: readonly (string | number)[]): FieldKey | undefined {
	const key = path.filter((p) => typeof p === 'string').join('.');
	return isFieldKey(key) ? key : undefined;
}

/** The concrete path of a field in a role (index `roleIndex`) or in the scenario. */
export function pathOf(key: FieldKey, roleIndex = 0, skillIndex = 0): (string | number)[] {
	const out: (string | number)[] = [];
	for (const part of key.split('.')) {
		out.push(part);
		if (part === 'roles') out.push(roleIndex);
		else if (part === 'skills') out.push(skillIndex);
	}
	return out;
}

/** The form's fields of a group, in order: those shown at once, or the advanced ones. */
export function fieldsOf(group: FieldGroup, advanced: boolean): FieldKey[] {
	return FIELD_KEYS.filter((k) => {
		const def: FieldDef = FIELDS[k];
		return def.group === group && (def.advanced ?? false) === advanced;
	});
}

// ---------------------------------------------------------------------------------------------
// What the schema says about a field

/** What the schema allows for a field. */
export interface FieldBounds {
	/** Smallest number (or shortest text) allowed. */
	min?: number;
	/** Largest number (or longest text) allowed. */
	max?: number;
	/** Only whole numbers. */
	integer: boolean;
	/** May be empty (null): the model then derives the value. */
	nullable: boolean;
	/** The allowed values of an enum. */
	options?: readonly string[];
}

/**
 * The parts of zod's internal definition this module reads (stable across zod 4 minors): the
 * definition's tree and its checks (bounds of numbers, lengths of texts, the whole-number format).
 */
interface ZodNode {
	_zod: {
		def: {
			type: string;
			innerType?: ZodNode;
			shape?: Record<string, ZodNode>;
			element?: ZodNode;
			checks?: ZodCheckNode[];
		};
	};
	options?: readonly string[];
}

/** A check as zod defines it: `greater_than`/`less_than` (numbers), `min_length`/`max_length`, formats. */
interface ZodCheckNode {
	_zod: {
		def: {
			check: string;
			value?: unknown;
			inclusive?: boolean;
			minimum?: unknown;
			maximum?: unknown;
			format?: unknown;
		};
	};
}

/** The inclusive bounds and whole-number format a node's checks impose. */
function checkedBounds(node: ZodNode): { min?: number; max?: number; integer: boolean } {
	const out: { min?: number; max?: number; integer: boolean } = { integer: false };
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
	for (const check of node._zod.def.checks ?? []) {
		const def = check._zod.def;
		const low = def.check === 'greater_than' && def.inclusive ? num(def.value) : undefined;
		const high = def.check === 'less_than' && def.inclusive ? num(def.value) : undefined;
		const minLength = def.check === 'min_length' ? num(def.minimum) : undefined;
		const maxLength = def.check === 'max_length' ? num(def.maximum) : undefined;
		for (const v of [low, minLength]) if (v !== undefined) out.min = Math.max(out.min ?? v, v);
		for (const v of [high, maxLength]) if (v !== undefined) out.max = Math.min(out.max ?? v, v);
		if (def.check === 'number_format' && String(def.format).includes('int')) out.integer = true;
	}
	return out;
}

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional', 'readonly', 'catch']);

function schemaAt(key: FieldKey): { node: ZodNode; nullable: boolean } {
	let node = ScenarioSchema as unknown as ZodNode;
	let nullable = false;
	const unwrap = () => {
		while (WRAPPERS.has(node._zod.def.type) && node._zod.def.innerType) {
			if (node._zod.def.type === 'nullable') nullable = true;
			node = node._zod.def.innerType;
		}
		if (node._zod.def.type === 'array' && node._zod.def.element) {
			node = node._zod.def.element;
			unwrap();
		}
	};
	for (const part of key.split('.')) {
		nullable = false;
		unwrap();
		const next = node._zod.def.shape?.[part];
		if (!next) throw new Error(`fields: the schema has no ${key}`);
		node = next;
	}
	unwrap();
	return { node, nullable };
}

const boundsCache = new Map<FieldKey, FieldBounds>();

/** A field's bounds, choices and nullability, read from the schema. */
export function boundsOf(key: FieldKey): FieldBounds {
	let out = boundsCache.get(key);
	if (out) return out;
	const { node, nullable } = schemaAt(key);
	const type = node._zod.def.type;
	out = { integer: false, nullable };
	if (type === 'number' || type === 'string') {
		const { min, max, integer } = checkedBounds(node);
		if (min !== undefined) out.min = min;
		if (max !== undefined) out.max = max;
		out.integer = integer;
	} else if (type === 'enum' && node.options) {
		out.options = node.options;
	}
	boundsCache.set(key, out);
	return out;
}

/** The allowed values of an enum field (empty for other fields). */
export function optionsOf(key: FieldKey): readonly string[] {
	return boundsOf(key).options ?? [];
}

let defaultScenario: Scenario | null = null;
let defaultSkill: Scenario['roles'][number]['build']['skills'][number] | null = null;

/** A field's default value, as the schema fills it in. */
export function defaultOf(key: FieldKey): unknown {
	defaultScenario ??= createScenario({ roles: [createRole()] });
	if (key.startsWith('roles.build.skills.')) {
		defaultSkill ??= SkillSchema.parse({ name: '-' });
		if (key === 'roles.build.skills.name') return undefined;
		return (defaultSkill as Record<string, unknown>)[key.slice('roles.build.skills.'.length)];
	}
	let node: unknown = defaultScenario;
	for (const part of pathOf(key)) node = (node as Record<string | number, unknown>)[part];
	return node;
}
