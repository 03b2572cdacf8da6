import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, findPreset, MAX_ROLES, type FieldKey } from '../model/index.ts';
import { normalizeDraft } from './draft.ts';
import { canAddRole, fieldSource, fieldsHaveIssue, fieldViews, formFields } from './field-view.ts';

const plain = normalizeDraft(createScenario());
const ml = findPreset('ml-engineer')!;
const fromPreset = normalizeDraft(createScenario({ roles: [{ ...ml.role(), preset: ml.id }] }));

describe('formFields', () => {
	it("lists a section's number and choice fields, not names or toggles", () => {
		const need = formFields('need', false);
		expect(need).toContain('roles.headcount');
		expect(need).not.toContain('roles.name');
		expect(formFields('buy', false)).toContain('roles.buy.timeToFillDays');
		expect(formFields('buy', false)).not.toContain('roles.buy.onboardingPerHire');
		expect(formFields('buy', true)).toContain('roles.buy.onboardingPerHire');
	});

	it('allows roles up to the maximum', () => {
		expect(canAddRole(MAX_ROLES - 1)).toBe(true);
		expect(canAddRole(MAX_ROLES)).toBe(false);
	});
});

describe('fieldViews', () => {
	it('leaves out fields whose condition does not hold (itemised costs in benchmark mode)', () => {
		const keys: FieldKey[] = ['roles.buy.agencyFeeRate', 'roles.buy.acquisitionMode'];
		const benchmark = normalizeDraft(
			createScenario({ roles: [{ buy: { acquisitionMode: 'benchmark' } }] })
		);
		expect(fieldViews(keys, benchmark, 0).map((f) => f.key)).toEqual(['roles.buy.acquisitionMode']);
		expect(plain.roles[0].buy.acquisitionMode).toBe('itemised');
		const itemised = plain;
		expect(fieldViews(keys, itemised, 0).map((f) => f.key)).toEqual(keys);
	});

	it("gives each field its role's path, id, choices, scale and range path", () => {
		const [mode, fee, ttf, year] = fieldViews(
			[
				'roles.buy.acquisitionMode',
				'roles.buy.earlyExitProbability',
				'roles.buy.timeToFillDays',
				'settings.startYear'
			],
			plain,
			1
		);
		expect(mode).toMatchObject({
			path: ['roles', 1, 'buy', 'acquisitionMode'],
			id: 'f-roles-1-buy-acquisitionMode',
			kind: 'enum',
			choices: ['itemised', 'benchmark']
		});
		expect(fee).toMatchObject({ kind: 'percent', scale: 100, choices: [] });
		expect(ttf).toMatchObject({ scale: 1, ranged: 'buy.timeToFillDays' });
		// A year is typed without a thousands separator; settings carry no range.
		expect(year).toMatchObject({ id: 'f-settings-startYear', grouping: false, ranged: null });
	});
});

describe('fieldSource', () => {
	it('names the default and its source where no preset sets the field', () => {
		expect(fieldSource('roles.buy.timeToFillDays', plain, 0, en)).toBe(
			`Default 42 days. Source: ${en.sources.timeToFillDays}`
		);
		expect(fieldSource('settings.onCostRate', plain, 0, en)).toMatch(/^Default 30%\. Derived: /);
	});

	it("names the preset's value and its source, then the preset's range where the role has it", () => {
		expect(fieldSource('roles.salaryPerYear', fromPreset, 0, en)).toMatch(
			/^Preset “Machine-learning engineer”: \$150,000 per year\. Source: BLS /
		);
		const ttf = fieldSource('roles.buy.timeToFillDays', fromPreset, 0, en);
		expect(ttf).toMatch(
			/^Preset “Machine-learning engineer”: 60 days\. Preset range 51 days – 110 days\. Derived: /
		);
		// Without the range on the role, the range's note goes too.
		const noRange = normalizeDraft(
			createScenario({ roles: [{ ...ml.role(), preset: ml.id, ranges: {} }] })
		);
		expect(fieldSource('roles.buy.timeToFillDays', noRange, 0, en)).not.toContain('range');
	});

	it('writes the note in the interface language', () => {
		expect(fieldSource('roles.buy.timeToFillDays', plain, 0, de)).toContain(
			de.sources.timeToFillDays
		);
	});
});

describe('fieldsHaveIssue', () => {
	const keys: FieldKey[] = ['roles.buy.timeToFillDays', 'roles.buy.onboardingPerHire'];
	const has = (...paths: string[]) =>
		fieldsHaveIssue(keys, plain, 0, new Map(paths.map((p) => [p, 'a message'])));

	it('finds a message at a field among the keys, or at one of its range ends', () => {
		expect(has('roles.0.buy.onboardingPerHire')).toBe(true);
		expect(has('roles.0.ranges.buy.timeToFillDays.low')).toBe(true);
	});

	it('ignores messages elsewhere: no issue, another field, another role, a longer name', () => {
		expect(has()).toBe(false);
		expect(has('roles.0.buy.agencyFeeRate')).toBe(false);
		expect(has('roles.1.buy.onboardingPerHire')).toBe(false);
		expect(has('roles.0.buy.onboardingPerHireExtra')).toBe(false);
	});
});
