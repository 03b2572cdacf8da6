/**
 * Every input of a scenario as a flat list of rows (label, value, unit, default or not, source),
 * shared by the spreadsheet, the PDF and the slides. The rows follow the model's field table.
 */
import {
	DEFAULTS,
	defaultOf,
	fieldDef,
	fieldsOf,
	type FieldKey,
	type Role,
	type Scenario,
	type Skill
} from '../../model/index.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import { choiceLabel, fieldLabel, unitColumn } from '../../i18n/fields.ts';
import type { Messages } from '../../i18n/messages.ts';

/** How a value is stored and shown. */
export type InputKind = 'money' | 'percent' | 'number' | 'integer' | 'text';

export type InputGroup = 'settings' | 'need' | 'buy' | 'build' | 'borrow' | 'skills';

export interface InputRow {
	group: InputGroup;
	/** Field key in the field table (skills: 'skill'). */
	key: string;
	label: string;
	/** Number, text, or null for an empty optional field. */
	value: number | string | null;
	kind: InputKind;
	/** Unit in words ("EUR per year", "days", "per year" for a percent value). */
	unit: string;
	isDefault: boolean;
	/** Where the default comes from, when known. */
	source: string;
}

function kindOf(key: FieldKey): InputKind {
	switch (fieldDef(key).kind) {
		case 'money':
		case 'percent':
		case 'number':
			return fieldDef(key).kind as InputKind;
		case 'int':
			return 'integer';
		default:
			return 'text';
	}
}

function valueText(key: FieldKey, value: unknown, m: Messages): string {
	if (typeof value === 'boolean') return value ? m.exports.yes : m.exports.no;
	return choiceLabel(key, String(value), m);
}

/** One field as a row; `values` is the object holding it (the scenario, settings, a role...). */
function row(
	group: InputGroup,
	key: FieldKey,
	values: Record<string, unknown>,
	currency: string,
	m: Messages
): InputRow {
	const name = key.slice(key.lastIndexOf('.') + 1);
	const raw = values[name];
	const kind = kindOf(key);
	const value =
		kind === 'text'
			? valueText(key, raw, m)
			: typeof raw === 'number' && Number.isFinite(raw)
				? raw
				: null;
	const source = fieldDef(key).source;
	return {
		group,
		key,
		label: fieldLabel(key, m),
		value,
		kind,
		unit: unitColumn(key, currency, m),
		isDefault: raw === defaultOf(key),
		source: source ? m.sources[source] : ''
	};
}

/** The role fields of a group that the sheet lists (not the role's name, which heads it). */
function roleFields(group: 'need' | 'buy' | 'build' | 'borrow'): FieldKey[] {
	return [...fieldsOf(group, false), ...fieldsOf(group, true)].filter(
		(k) => fieldDef(k).kind !== 'text'
	);
}

function sameSkills(a: Skill[], b: Skill[]): boolean {
	return (
		a.length === b.length &&
		a.every(
			(s, i) =>
				s.name === b[i].name &&
				s.currentLevel === b[i].currentLevel &&
				s.requiredLevel === b[i].requiredLevel &&
				s.hoursPerLevel === b[i].hoursPerLevel
		)
	);
}

/** Scenario-wide settings as rows. */
export function settingsRows(scenario: Scenario, m: Messages): InputRow[] {
	const c = scenario.currency;
	const top = scenario as unknown as Record<string, unknown>;
	const settings = scenario.settings as unknown as Record<string, unknown>;
	return [
		...(['currency', 'locale'] as const).map((k) => ({
			...row('settings', k, top, c, m),
			value: scenario[k]
		})),
		...[...fieldsOf('settings', false), ...fieldsOf('settings', true)].map((k) =>
			row('settings', k, settings, c, m)
		)
	];
}

/** One role's inputs as rows: the need, then buy, build (with its skills) and borrow. */
export function roleRows(role: Role, scenario: Scenario, m: Messages): InputRow[] {
	const c = scenario.currency;
	const rec = (v: object) => v as Record<string, unknown>;
	const rows: InputRow[] = [
		...roleFields('need').map((k) => row('need', k, rec(role), c, m)),
		...roleFields('buy').map((k) => row('buy', k, rec(role.buy), c, m)),
		...roleFields('build').map((k) => row('build', k, rec(role.build), c, m))
	];
	const skillsDefault = sameSkills(role.build.skills, defaultSkills());
	for (const s of role.build.skills) {
		rows.push({
			group: 'skills',
			key: 'skill',
			label: s.name,
			value: skillText(s, scenario.locale, m),
			kind: 'text',
			unit: m.exports.units.skill,
			isDefault: skillsDefault,
			source: skillsDefault ? m.sources.skills : ''
		});
	}
	rows.push(...roleFields('borrow').map((k) => row('borrow', k, rec(role.borrow), c, m)));
	return rows;
}

let skillsOfDefaultRole: Skill[] | null = null;
function defaultSkills(): Skill[] {
	skillsOfDefaultRole ??= (DEFAULTS.skills as readonly Skill[]).map((s) => ({ ...s }));
	return skillsOfDefaultRole;
}

/** "2 → 4, 40 h per level" in words safe for any font ("2 to 4"). */
export function skillText(s: Skill, locale: string, m: Messages): string {
	return m.exports.skillValue(
		s.currentLevel,
		s.requiredLevel,
		formatNumber(s.hoursPerLevel, locale)
	);
}

/** Group heading. */
export function groupLabel(group: InputGroup, m: Messages): string {
	switch (group) {
		case 'settings':
			return m.sections.settings;
		case 'need':
			return m.sections.need;
		case 'skills':
			return m.sections.skills;
		default:
			return m.optionsLong[group];
	}
}

/** A row's value formatted for reading (PDF, slides). */
export function formatInput(row: InputRow, scenario: Scenario): string {
	const { locale, currency } = scenario;
	if (row.value === null) return '\u2014';
	if (typeof row.value === 'string') return row.value;
	switch (row.kind) {
		case 'money':
			// Whole units, except small amounts with cents (a rate per hour of 12.50).
			return !Number.isInteger(row.value) && Math.abs(row.value) < 1000
				? formatNumber(row.value, locale, 2) + ' ' + currency
				: formatMoney(row.value, currency, locale);
		case 'percent':
			return formatPercent(row.value, locale);
		case 'integer':
			return formatNumber(row.value, locale, 0);
		default:
			return formatNumber(row.value, locale, 2);
	}
}
