import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	boundsOf,
	defaultOf,
	FIELD_KEYS,
	FIELDS,
	fieldKeyOf,
	fieldsOf,
	labelKeyOf,
	pathOf,
	RANGED_FIELD_KEYS,
	type FieldDef,
	type FieldKey,
	type LeafPaths
} from './fields.ts';
import { DEFAULT_SOURCES, DEFAULTS } from './defaults.ts';
import {
	isRangedFieldPath,
	MAX_MONEY,
	rangedFieldPaths,
	ScenarioSchema,
	type RangedFieldPath,
	type Scenario
} from './schema.ts';

interface Node {
	_zod: { def: { type: string; innerType?: Node; shape?: Record<string, Node>; element?: Node } };
}

/** Every leaf path of the schema at run time, walking zod's definitions. */
function schemaLeaves(node: Node, prefix = ''): string[] {
	let n = node;
	while (n._zod.def.innerType) n = n._zod.def.innerType;
	if (n._zod.def.type === 'array' && n._zod.def.element) {
		let e = n._zod.def.element;
		while (e._zod.def.innerType) e = e._zod.def.innerType;
		if (e._zod.def.type === 'object') return schemaLeaves(e, prefix);
		return [prefix];
	}
	if (n._zod.def.type === 'object' && n._zod.def.shape) {
		return Object.entries(n._zod.def.shape).flatMap(([k, v]) =>
			schemaLeaves(v, prefix ? `${prefix}.${k}` : k)
		);
	}
	return [prefix];
}

describe('the field table', () => {
	it('has exactly one entry for every leaf of the schema (run time)', () => {
		const leaves = schemaLeaves(ScenarioSchema as unknown as Node).sort();
		expect([...FIELD_KEYS].sort()).toEqual(leaves);
	});

	it('is checked against the schema at compile time', () => {
		// The table's keys are exactly the schema's leaf paths.
		expectTypeOf<keyof typeof FIELDS>().toEqualTypeOf<FieldKey>();
		expectTypeOf<FieldKey>().toEqualTypeOf<LeafPaths<Scenario>>();
		expectTypeOf<'roles.buy.timeToFillDays'>().toExtend<FieldKey>();
		expectTypeOf<'roles.buy.noSuchField'>().not.toExtend<FieldKey>();
	});

	it('names a default source that exists, for every field that has one', () => {
		for (const key of FIELD_KEYS) {
			const def: FieldDef = FIELDS[key];
			if (def.source) expect(DEFAULT_SOURCES, key).toHaveProperty(def.source);
		}
	});

	it('reads the default from the schema, matching the sourced default', () => {
		expect(defaultOf('roles.buy.rampWeeks')).toBe(DEFAULTS.externalRampWeeks);
		expect(defaultOf('roles.build.rampWeeks')).toBe(DEFAULTS.internalRampWeeks);
		expect(defaultOf('settings.horizonMonths')).toBe(36);
		expect(defaultOf('roles.build.skills.hoursPerLevel')).toBe(DEFAULTS.hoursPerLevel);
		expect(defaultOf('roles.build.trainingMonthsOverride')).toBeNull();
		expect(defaultOf('roles.buy.rampCurve')).toBe('linear');
		for (const key of FIELD_KEYS) {
			const def: FieldDef = FIELDS[key];
			const value = (DEFAULTS as Record<string, unknown>)[def.source ?? ''];
			if (typeof value === 'number') expect(defaultOf(key), key).toBe(value);
		}
	});
});

describe('ranged fields (risk)', () => {
	it('are numeric fields of a role with bounds, and only those the table marks', () => {
		expect(RANGED_FIELD_KEYS).toContain('roles.buy.timeToFillDays');
		expect(RANGED_FIELD_KEYS).toContain('roles.build.skills.hoursPerLevel');
		expect(RANGED_FIELD_KEYS).not.toContain('roles.headcount');
		for (const key of RANGED_FIELD_KEYS) {
			expect(key.startsWith('roles.'), key).toBe(true);
			expect(['number', 'percent', 'money'], key).toContain(FIELDS[key].kind);
			const b = boundsOf(key);
			expect(typeof b.min === 'number' && typeof b.max === 'number', key).toBe(true);
		}
	});

	it('give the schema its ranged paths: the table is the one list', () => {
		const fixed = RANGED_FIELD_KEYS.filter((k) => !k.startsWith('roles.build.skills.')).map((k) =>
			k.slice('roles.'.length)
		);
		expect(rangedFieldPaths()).toEqual(fixed);
		for (const key of FIELD_KEYS) {
			if (!key.startsWith('roles.') || key.startsWith('roles.build.skills.')) continue;
			const def: FieldDef = FIELDS[key];
			expect(isRangedFieldPath(key.slice('roles.'.length)), key).toBe(def.ranged === true);
		}
		expect(isRangedFieldPath('build.skills.3.hoursPerLevel')).toBe(true);
		expectTypeOf<'buy.timeToFillDays'>().toExtend<RangedFieldPath>();
		expectTypeOf<'build.skills.3.hoursPerLevel'>().toExtend<RangedFieldPath>();
		expectTypeOf<'buy.rampCurve'>().not.toExtend<RangedFieldPath>();
		expectTypeOf<'headcount'>().not.toExtend<RangedFieldPath>();
	});
});

describe('boundsOf', () => {
	it('reads bounds from the schema', () => {
		expect(boundsOf('roles.headcount')).toEqual({
			min: 0,
			max: 1000,
			integer: true,
			nullable: false
		});
		expect(boundsOf('roles.salaryPerYear')).toMatchObject({
			min: 1,
			max: MAX_MONEY,
			integer: false
		});
		expect(boundsOf('roles.borrow.efficiency')).toMatchObject({ min: 0.05, max: 1 });
		expect(boundsOf('roles.build.trainingMonthsOverride')).toMatchObject({
			min: 0,
			max: 120,
			nullable: true
		});
		expect(boundsOf('roles.build.skills.currentLevel')).toMatchObject({
			min: 0,
			max: 5,
			integer: true
		});
		expect(boundsOf('name')).toMatchObject({ min: 1, max: 120 });
	});

	it('reads the choices of an enum', () => {
		expect(boundsOf('roles.buy.rampCurve').options).toEqual(['linear', 's-curve', 'stepped']);
		expect(boundsOf('settings.decisionMeasure').options).toEqual(['economic', 'cash']);
	});

	it('has a lower and an upper bound for every number field', () => {
		for (const key of FIELD_KEYS) {
			const kind: string = FIELDS[key].kind;
			if (!['money', 'percent', 'int', 'number'].includes(kind)) continue;
			const b = boundsOf(key);
			expect(b.min, key).toBeTypeOf('number');
			expect(b.max, key).toBeTypeOf('number');
			expect(b.integer, key).toBe(kind === 'int');
		}
	});
});

describe('paths', () => {
	it('turns concrete paths into keys and back', () => {
		expect(fieldKeyOf(['roles', 2, 'buy', 'rampWeeks'])).toBe('roles.buy.rampWeeks');
		expect(fieldKeyOf(['roles', 0, 'build', 'skills', 3, 'name'])).toBe('roles.build.skills.name');
		expect(fieldKeyOf(['roles', 0, 'mystery'])).toBeUndefined();
		expect(fieldKeyOf(['roles'])).toBeUndefined();
		expect(pathOf('roles.buy.rampWeeks', 2)).toEqual(['roles', 2, 'buy', 'rampWeeks']);
		expect(pathOf('settings.horizonMonths', 2)).toEqual(['settings', 'horizonMonths']);
	});

	it('gives the label key: the last segment unless the table names one', () => {
		expect(labelKeyOf('roles.buy.rampWeeks')).toBe('rampWeeks');
		expect(labelKeyOf('name')).toBe('scenarioName');
		expect(labelKeyOf('roles.build.skills.name')).toBe('skillName');
	});

	it('lists the form fields of a group in order', () => {
		expect(fieldsOf('need', false)).toEqual([
			'roles.name',
			'roles.preset',
			'roles.headcount',
			'roles.neededFromMonth',
			'roles.salaryPerYear'
		]);
		expect(fieldsOf('need', true)).toEqual(['roles.valueMultiplier']);
	});
});
