/** Labels and display of any input by its path, for lists that show inputs out of the form. */
import { formatMoney, formatNumber, formatPercent } from '../i18n/format.ts';
import { en } from '../i18n/messages.ts';
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

const SECTION: Record<string, string> = {
	buy: en.options.buy,
	build: en.options.build,
	borrow: en.options.borrow,
	settings: en.sections.settings
};

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
export function labelForPath(path: (string | number)[], roleNames: string[] = []): string {
	const parts: string[] = [];
	if (path.length === 1 && path[0] === 'name') return 'Scenario name';
	if (path[0] === 'roles' && typeof path[1] === 'number') {
		parts.push(roleNames[path[1]] ?? `Role ${path[1] + 1}`);
		const rest = path.slice(2);
		if (typeof rest[0] === 'string' && SECTION[rest[0]]) parts.push(SECTION[rest[0]]);
		if (rest[1] === 'skills') {
			parts.push(`Skill ${Number(rest[2]) + 1}`);
			if (rest[3] === 'name') parts.push(en.skills.skill);
			else if (rest[3] === 'currentLevel') parts.push(en.skills.current);
			else if (rest[3] === 'requiredLevel') parts.push(en.skills.required);
			else if (rest[3] === 'hoursPerLevel') parts.push(en.skills.hoursPerLevel);
			else if (rest[2] === '#length')
				return [...parts.slice(0, -1), 'Number of skills'].join(' \u203a ');
			return parts.join(' \u203a ');
		}
	} else if (path[0] === 'settings') parts.push(en.sections.settings);
	const key = String(path[path.length - 1]);
	if (key === '#length') return path[0] === 'roles' ? 'Number of roles' : 'Count';
	const fields = en.fields as Record<string, { label: string }>;
	parts.push(fields[key]?.label ?? key);
	return parts.join(' \u203a ');
}

/** A value shown in the scenario's units: money with currency, rates as percent. */
export function formatInputValue(
	path: (string | number)[],
	value: unknown,
	currency: string,
	locale: string
): string {
	if (value === undefined) return '\u2014';
	if (value === null) return 'auto';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value !== 'number') {
		const key = String(path[path.length - 1]);
		const choices = en.choices as Record<string, Record<string, string>>;
		return choices[key]?.[String(value)] ?? String(value);
	}
	const spec = specFor(path);
	if (spec?.kind === 'money') return formatMoney(value, currency, locale);
	if (spec?.kind === 'percent') return formatPercent(value, locale);
	return formatNumber(value, locale, 2);
}
