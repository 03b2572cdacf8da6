/**
 * Fields in words: labels, help, units and values of the model's field table (`model/fields.ts`),
 * in the language of the messages given. The form, the comparison, the exports and the messages
 * about invalid input all read fields through here.
 */
import {
	fieldDef,
	fieldKeyOf,
	labelKeyOf,
	type FieldKey,
	type FieldPer,
	type FieldUnit
} from '../model/fields.ts';
import { currencySymbol, formatMoney, formatNumber, formatPercent, plural } from './format.ts';
import type { Messages } from './messages.ts';

const PER: Record<FieldPer, keyof Messages['units']> = {
	year: 'perYear',
	month: 'perMonth',
	week: 'perWeek',
	day: 'perDay',
	hire: 'perHire',
	trainee: 'perTrainee',
	hour: 'perHour'
};

/** "per year", or '' for a field without a basis. */
export function perText(key: FieldKey, t: Messages): string {
	const per = fieldDef(key).per;
	return per ? t.units[PER[per]] : '';
}

/** A counted unit for a number ("1 day", "30 days"). */
export function countText(unit: FieldUnit, count: number, t: Messages): string {
	return plural(count, t.unitCounts[unit], t);
}

function join(...parts: string[]): string {
	return parts.filter((p) => p !== '').join(' ');
}

/** A field's label. */
export function fieldLabel(key: FieldKey, t: Messages): string {
	return t.fields[labelKeyOf(key)].label;
}

/** A field's one-line help. */
export function fieldHelp(key: FieldKey, t: Messages): string {
	return t.fields[labelKeyOf(key)].help;
}

/**
 * The unit shown beside a field's input: "%" for percent, "$ per year" for money, "hours per week"
 * for counted numbers.
 */
export function unitBadge(key: FieldKey, currency: string, locale: string, t: Messages): string {
	const def = fieldDef(key);
	if (def.kind === 'percent') return join('%', perText(key, t));
	if (def.kind === 'money') return join(currencySymbol(currency, locale), perText(key, t));
	return join(def.unit ? t.unitCounts[def.unit].other : '', perText(key, t));
}

/**
 * The unit of a value that is written already formatted (exports' unit column): percent values carry
 * their own "%", so only the basis is left ("per year"); money gives its currency code.
 */
export function unitColumn(key: FieldKey, currency: string, t: Messages): string {
	const def = fieldDef(key);
	if (def.kind === 'percent') return perText(key, t);
	if (def.kind === 'money') return join(currency, perText(key, t));
	return join(def.unit ? t.unitCounts[def.unit].other : '', perText(key, t));
}

/**
 * A number of a field in its units, for sentences: "£10,000,000 per year", "8 % per year",
 * "1 day", "30 days", "3.5 hours per week". Rates are decimals (0.08).
 */
export function formatFieldAmount(
	key: FieldKey,
	value: number,
	currency: string,
	locale: string,
	t: Messages
): string {
	const def = fieldDef(key);
	if (def.kind === 'money') return join(formatMoney(value, currency, locale), perText(key, t));
	if (def.kind === 'percent') return join(formatPercent(value, locale, 2), perText(key, t));
	const digits = def.kind === 'int' ? 0 : 2;
	const number = formatNumber(value, locale, digits);
	return join(number, def.unit ? countText(def.unit, value, t) : '', perText(key, t));
}

/** The words of an enum's value ("S-curve"), or the value itself when unknown. */
export function choiceLabel(key: FieldKey, value: string, t: Messages): string {
	const choices = t.choices as Record<string, Record<string, string> | undefined>;
	return choices[labelKeyOf(key)]?.[value] ?? value;
}

/**
 * Any input's value shown in the scenario's units, by its path: money with currency, rates as
 * percent, choices in words.
 */
export function formatInputValue(
	path: readonly (string | number)[],
	value: unknown,
	currency: string,
	locale: string,
	t: Messages
): string {
	if (value === undefined) return '\u2014';
	if (value === null) return t.paths.auto;
	if (typeof value === 'boolean') return value ? t.paths.yes : t.paths.no;
	const key = fieldKeyOf(path);
	if (typeof value !== 'number') return key ? choiceLabel(key, String(value), t) : String(value);
	const kind = key ? fieldDef(key).kind : 'number';
	if (key && fieldDef(key).plain) return formatNumber(value, locale, 0, false);
	if (kind === 'money') return formatMoney(value, currency, locale);
	if (kind === 'percent') return formatPercent(value, locale);
	return formatNumber(value, locale, 2);
}

/**
 * A three-point estimate in the field's units, for comparing: "30 – 42 – 90 days",
 * "10 – 18 – 25 %", "$700 – $800 – $1,000 per day" (low – likely – high).
 */
export function formatRangedAmount(
	key: FieldKey,
	range: { low: number; likely: number; high: number },
	currency: string,
	locale: string,
	t: Messages
): string {
	const def = fieldDef(key);
	const three = (f: (v: number) => string) =>
		[range.low, range.likely, range.high].map(f).join(' \u2013 ');
	if (def.kind === 'money') {
		return join(
			three((v) => formatMoney(v, currency, locale)),
			perText(key, t)
		);
	}
	if (def.kind === 'percent') {
		return join(
			three((v) => formatNumber(v * 100, locale, 2)),
			'%',
			perText(key, t)
		);
	}
	const digits = def.kind === 'int' ? 0 : 2;
	return join(
		three((v) => formatNumber(v, locale, digits)),
		def.unit ? countText(def.unit, range.high, t) : '',
		perText(key, t)
	);
}

function sectionName(step: string, t: Messages): string | undefined {
	if (step === 'buy' || step === 'build' || step === 'borrow') return t.options[step];
	if (step === 'settings') return t.sections.settings;
	return undefined;
}

/** A readable label for an input path: "Data analyst › Recruit › Time to fill". */
export function labelForPath(
	path: readonly (string | number)[],
	roleNames: readonly string[],
	t: Messages
): string {
	const parts: string[] = [];
	const last = path[path.length - 1];
	for (let i = 0; i < path.length - 1; i++) {
		const step = path[i];
		const prev = path[i - 1];
		if (typeof step === 'number') {
			if (prev === 'roles') parts.push(roleNames[step] ?? t.paths.role(step + 1));
			else if (prev === 'skills' && last !== '#length') parts.push(t.paths.skill(step + 1));
		} else {
			const section = sectionName(step, t);
			if (section) parts.push(section);
		}
	}
	if (last === '#length') {
		parts.push(path[path.length - 2] === 'skills' ? t.paths.numberOfSkills : t.paths.numberOfRoles);
		return parts.join(' \u203a ');
	}
	const key = fieldKeyOf(path);
	parts.push(key ? fieldLabel(key, t) : String(last));
	return parts.join(' \u203a ');
}
