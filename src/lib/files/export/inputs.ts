/**
 * Every input of a scenario as a flat list of rows (label, value, unit, default or not, source),
 * shared by the spreadsheet, the PDF and the slides.
 */
import {
	createRole,
	DEFAULT_SOURCES,
	SettingsSchema,
	type Role,
	type Scenario,
	type Skill
} from '../../model/index.ts';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';

/** How a value is stored and shown. */
export type InputKind = 'money' | 'percent' | 'number' | 'integer' | 'text';

export type InputGroup = 'settings' | 'need' | 'buy' | 'build' | 'borrow' | 'skills';

export interface InputRow {
	group: InputGroup;
	/** Field key in the schema (skills: 'skill'). */
	key: string;
	label: string;
	/** Number, text, or null for an empty optional field. */
	value: number | string | null;
	kind: InputKind;
	/** Unit in words ("EUR per year", "days", "%"). */
	unit: string;
	isDefault: boolean;
	/** Where the default comes from, when known. */
	source: string;
}

type Unit = keyof Messages['units'] | 'money' | 'moneyPerYear' | 'moneyPerHire' | 'moneyPerDay';

interface FieldSpec {
	key: string;
	kind: InputKind;
	unit: Unit | '';
	/** Key in DEFAULT_SOURCES when it differs from `key`. */
	sourceKey?: string;
}

const SETTINGS: FieldSpec[] = [
	{ key: 'horizonMonths', kind: 'integer', unit: 'months' },
	{ key: 'discountRatePerYear', kind: 'percent', unit: 'perYear' },
	{ key: 'onCostRate', kind: 'percent', unit: '' },
	{ key: 'workingDaysPerYear', kind: 'number', unit: 'perYear' },
	{ key: 'hoursPerWorkingDay', kind: 'number', unit: 'hours' },
	{ key: 'decisionMeasure', kind: 'text', unit: '' },
	{ key: 'includeBorrow', kind: 'text', unit: '' }
];

const NEED: FieldSpec[] = [
	{ key: 'headcount', kind: 'integer', unit: 'people' },
	{ key: 'neededFromMonth', kind: 'number', unit: 'months' },
	{ key: 'salaryPerYear', kind: 'money', unit: 'moneyPerYear' },
	{ key: 'valueMultiplier', kind: 'number', unit: 'times' }
];

const BUY: FieldSpec[] = [
	{ key: 'salaryPremiumRate', kind: 'percent', unit: '' },
	{ key: 'acquisitionMode', kind: 'text', unit: '' },
	{ key: 'agencyFeeRate', kind: 'percent', unit: '' },
	{ key: 'advertisingPerHire', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'assessmentPerHire', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'interviewHoursPerHire', kind: 'number', unit: 'hours' },
	{ key: 'signOnBonus', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'signOnClawbackShare', kind: 'percent', unit: '' },
	{ key: 'relocationPerHire', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'onboardingPerHire', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'costPerHire', kind: 'money', unit: 'moneyPerHire' },
	{ key: 'timeToFillDays', kind: 'number', unit: 'days' },
	{ key: 'rampWeeks', kind: 'number', unit: 'weeks', sourceKey: 'externalRampWeeks' },
	{ key: 'rampStartProductivity', kind: 'percent', unit: '', sourceKey: 'externalRampStart' },
	{ key: 'rampCurve', kind: 'text', unit: '' },
	{ key: 'earlyExitProbability', kind: 'percent', unit: '' },
	{
		key: 'attritionRatePerYear',
		kind: 'percent',
		unit: 'perYear',
		sourceKey: 'externalAttritionRatePerYear'
	}
];

const BUILD: FieldSpec[] = [
	{ key: 'currentSalaryPerYear', kind: 'money', unit: 'moneyPerYear' },
	{ key: 'trainingHoursPerWeek', kind: 'number', unit: 'hoursPerWeek' },
	{ key: 'trainingMonthsOverride', kind: 'number', unit: 'months' },
	{ key: 'courseFeesPerTrainee', kind: 'money', unit: 'perTrainee' },
	{ key: 'costPerTrainingHour', kind: 'money', unit: 'money' },
	{ key: 'certificationCost', kind: 'money', unit: 'perTrainee' },
	{ key: 'mentorHoursPerWeek', kind: 'number', unit: 'hoursPerWeek' },
	{ key: 'raiseRate', kind: 'percent', unit: '' },
	{ key: 'rampWeeks', kind: 'number', unit: 'weeks', sourceKey: 'internalRampWeeks' },
	{ key: 'rampStartProductivity', kind: 'percent', unit: '', sourceKey: 'internalRampStart' },
	{ key: 'rampCurve', kind: 'text', unit: '' },
	{ key: 'successProbability', kind: 'percent', unit: '' },
	{ key: 'oldRole', kind: 'text', unit: '' },
	{
		key: 'attritionRatePerYear',
		kind: 'percent',
		unit: 'perYear',
		sourceKey: 'internalAttritionRatePerYear'
	}
];

const BORROW: FieldSpec[] = [
	{ key: 'billRatePerDay', kind: 'money', unit: 'moneyPerDay' },
	{ key: 'daysPerMonth', kind: 'number', unit: 'perMonth', sourceKey: 'contractorDaysPerMonth' },
	{ key: 'leadTimeDays', kind: 'number', unit: 'days', sourceKey: 'contractorLeadTimeDays' },
	{ key: 'onboardingWeeks', kind: 'number', unit: 'weeks', sourceKey: 'contractorOnboardingWeeks' },
	{ key: 'efficiency', kind: 'percent', unit: '', sourceKey: 'contractorEfficiency' }
];

/** Fields per group of a role, in display order. */
export const ROLE_FIELDS: { group: 'need' | 'buy' | 'build' | 'borrow'; fields: FieldSpec[] }[] = [
	{ group: 'need', fields: NEED },
	{ group: 'buy', fields: BUY },
	{ group: 'build', fields: BUILD },
	{ group: 'borrow', fields: BORROW }
];

function unitText(unit: FieldSpec['unit'], kind: InputKind, currency: string, m: Messages): string {
	const u = m.units;
	switch (unit) {
		case '':
			return kind === 'percent' ? u.percent : '';
		case 'money':
			return currency;
		case 'moneyPerYear':
			return `${currency} ${u.perYear}`;
		case 'moneyPerHire':
			return `${currency} ${u.perHire}`;
		case 'moneyPerDay':
			return `${currency} ${u.perDay}`;
		case 'perTrainee':
			return `${currency} ${u.perTrainee}`;
		case 'perYear':
			return kind === 'percent' ? `${u.percent} ${u.perYear}` : `${m.units.days} ${u.perYear}`;
		case 'perMonth':
			return `${u.days} ${u.perMonth}`;
		default:
			return u[unit];
	}
}

function label(key: string, m: Messages): string {
	const fields = m.fields as Record<string, { label: string } | undefined>;
	return fields[key]?.label ?? key;
}

function choiceText(key: string, value: unknown, m: Messages): string {
	if (typeof value === 'boolean') return value ? m.exports.yes : m.exports.no;
	const choices = m.choices as Record<string, Record<string, string> | undefined>;
	return choices[key]?.[String(value)] ?? String(value);
}

function rowsFor(
	group: InputGroup,
	specs: FieldSpec[],
	values: Record<string, unknown>,
	defaults: Record<string, unknown>,
	currency: string,
	m: Messages
): InputRow[] {
	return specs.map((spec) => {
		const raw = values[spec.key];
		const value =
			spec.kind === 'text'
				? choiceText(spec.key, raw, m)
				: typeof raw === 'number' && Number.isFinite(raw)
					? raw
					: null;
		return {
			group,
			key: spec.key,
			label: label(spec.key, m),
			value,
			kind: spec.kind,
			unit: unitText(spec.unit, spec.kind, currency, m),
			isDefault: raw === defaults[spec.key],
			source: DEFAULT_SOURCES[spec.sourceKey ?? spec.key]?.text ?? ''
		};
	});
}

let defaultRole: Role | null = null;
let defaultSettings: Scenario['settings'] | null = null;

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
	defaultSettings ??= SettingsSchema.parse({});
	const text = (key: 'currency' | 'locale', value: string, def: string): InputRow => ({
		group: 'settings',
		key,
		label: label(key, m),
		value,
		kind: 'text',
		unit: '',
		isDefault: value === def,
		source: ''
	});
	return [
		text('currency', scenario.currency, 'USD'),
		text('locale', scenario.locale, 'en-US'),
		...rowsFor('settings', SETTINGS, scenario.settings, defaultSettings, scenario.currency, m)
	];
}

/** One role's inputs as rows: the need, then buy, build (with its skills) and borrow. */
export function roleRows(role: Role, scenario: Scenario, m: Messages): InputRow[] {
	defaultRole ??= createRole({});
	const d = defaultRole;
	const c = scenario.currency;
	const rows: InputRow[] = [
		...rowsFor('need', NEED, role, d, c, m),
		...rowsFor('buy', BUY, role.buy, d.buy, c, m),
		...rowsFor('build', BUILD, role.build, d.build, c, m)
	];
	const skillsDefault = sameSkills(role.build.skills, d.build.skills);
	for (const s of role.build.skills) {
		rows.push({
			group: 'skills',
			key: 'skill',
			label: s.name,
			value: skillText(s, scenario.locale, m),
			kind: 'text',
			unit: m.exports.units.skill,
			isDefault: skillsDefault,
			source: skillsDefault ? (DEFAULT_SOURCES.skills?.text ?? '') : ''
		});
	}
	rows.push(...rowsFor('borrow', BORROW, role.borrow, d.borrow, c, m));
	return rows;
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
