/** Labels and display of any input by its path, for lists that show inputs out of the form. */
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import { en, type Messages } from '../i18n/messages.ts';
import {
	BORROW_FIELDS,
	BUILD_ADVANCED,
	BUILD_FIELDS,
	BUY_ADVANCED,
	BUY_BENCHMARK,
	BUY_FIELDS,
	BUY_ITEMISED,
	NEED_ADVANCED,
	NEED_FIELDS,
	SETTINGS_ADVANCED,
	SETTINGS_FIELDS,
	type FieldSpec
} from './field-specs.ts';

const GROUPS: Record<string, FieldSpec[]> = {
	role: [...NEED_FIELDS, ...NEED_ADVANCED],
	buy: [...BUY_FIELDS, ...BUY_ITEMISED, ...BUY_BENCHMARK, ...BUY_ADVANCED],
	build: [...BUILD_FIELDS, ...BUILD_ADVANCED],
	borrow: BORROW_FIELDS,
	settings: [...SETTINGS_FIELDS, ...SETTINGS_ADVANCED]
};

function sectionName(key: string, t: Messages): string | undefined {
	if (key === 'buy' || key === 'build' || key === 'borrow') return t.options[key];
	if (key === 'settings') return t.sections.settings;
	return undefined;
}

function specFor(path: (string | number)[]): FieldSpec | undefined {
	const key = String(path[path.length - 1]);
	const group =
		path[0] === 'settings'
			? 'settings'
			: path[0] === 'roles' && typeof path[2] === 'string' && path[2] in GROUPS
				? path[2]
				: 'role';
	return GROUPS[group].find((f) => f.key === key);
}

/** A readable label for an input path: "Data analyst › Recruit › Time to fill". */
export function labelForPath(
	path: (string | number)[],
	roleNames: string[] = [],
	t: Messages = en
): string {
	const parts: string[] = [];
	if (path.length === 1 && path[0] === 'name') return t.paths.scenarioName;
	if (path[0] === 'roles' && typeof path[1] === 'number') {
		parts.push(roleNames[path[1]] ?? t.paths.role(path[1] + 1));
		const rest = path.slice(2);
		const section = typeof rest[0] === 'string' ? sectionName(rest[0], t) : undefined;
		if (section) parts.push(section);
		if (rest[1] === 'skills') {
			parts.push(t.paths.skill(Number(rest[2]) + 1));
			if (rest[3] === 'name') parts.push(t.skills.skill);
			else if (rest[3] === 'currentLevel') parts.push(t.skills.current);
			else if (rest[3] === 'requiredLevel') parts.push(t.skills.required);
			else if (rest[3] === 'hoursPerLevel') parts.push(t.skills.hoursPerLevel);
			else if (rest[2] === '#length')
				return [...parts.slice(0, -1), t.paths.numberOfSkills].join(' \u203a ');
			return parts.join(' \u203a ');
		}
	} else if (path[0] === 'settings') parts.push(t.sections.settings);
	const key = String(path[path.length - 1]);
	if (key === '#length') return path[0] === 'roles' ? t.paths.numberOfRoles : t.paths.count;
	const fields = t.fields as Record<string, { label: string }>;
	parts.push(fields[key]?.label ?? key);
	return parts.join(' \u203a ');
}

/** A value shown in the scenario's units: money with currency, rates as percent. */
export function formatInputValue(
	path: (string | number)[],
	value: unknown,
	currency: string,
	locale: string,
	t: Messages = en
): string {
	if (value === undefined) return '\u2014';
	if (value === null) return t.paths.auto;
	if (typeof value === 'boolean') return value ? t.paths.yes : t.paths.no;
	if (typeof value !== 'number') {
		const key = String(path[path.length - 1]);
		const choices = t.choices as Record<string, Record<string, string>>;
		return choices[key]?.[String(value)] ?? String(value);
	}
	const spec = specFor(path);
	if (spec?.kind === 'money') return formatMoney(value, currency, locale);
	if (spec?.kind === 'percent') return formatPercent(value, locale);
	return formatNumber(value, locale, 2);
}
