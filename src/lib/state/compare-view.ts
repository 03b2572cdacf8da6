/**
 * The compare page in words: every table cell and label it shows, from the comparison's figures,
 * options and differing inputs, in the current language. Pure, so the page only lays out what
 * these return.
 */
import {
	formatFieldAmount,
	formatInputValue,
	formatRangedAmount,
	labelForPath
} from '../i18n/fields.ts';
import { figureLabel, formatFigure } from '../i18n/figures.ts';
import { formatMoney } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { mixText } from '../i18n/plan-text.ts';
import { isPlanValue, isRangedValue, sameInput } from '../model/compare.ts';
import {
	fieldKeyOf,
	paletteFor,
	scenarioColor,
	type ColumnId,
	type CompareChoice,
	type DifferenceGroup,
	type DifferenceSection,
	type FigureComparison,
	type FigureId,
	type InputDifference,
	type OptionsByScenario,
	type Scenario
} from '../model/index.ts';

/** What each compared scenario contributes to the words: its name and its currency and locale. */
export interface ViewItem {
	name: string;
	scenario: Scenario;
}

/** A cell: its text, and whether it differs from (or is better or worse than) the baseline. */
export interface CellView {
	text: string;
	/** Inputs: the value is not the baseline's. */
	differs?: boolean;
	/** Figures: the signed difference to the baseline ('' for the baseline and equal values). */
	diff?: string;
	verdict?: 'better' | 'worse' | 'same' | null;
	/** Options: the scenario's cheapest. */
	best?: boolean;
}

export interface RowView {
	key: string;
	label: string;
	cells: CellView[];
}

/** The option compared in each scenario, in words ("Recruit", "Your plan", "not included"). */
export function optionRow(figures: FigureComparison, t: Messages): RowView {
	return {
		key: 'option',
		label: t.compare.option,
		cells: figures.options.map((o) => ({ text: o === null ? t.compare.notIncluded : t.options[o] }))
	};
}

/** The figures table: each figure of each scenario's compared option, with its change. */
export function figureRows(
	figures: FigureComparison,
	items: ViewItem[],
	baseline: number,
	t: Messages
): RowView[] {
	// Differences are in the baseline's currency and number format.
	const { currency, locale } = items[baseline].scenario;
	return figures.rows.map((row) => ({
		key: row.id,
		label: figureLabel(row.id, t),
		cells: row.values.map((v, i) => {
			const { currency: c, locale: l } = items[i].scenario;
			const diff = row.diffs[i];
			const verdict = row.verdicts[i];
			return {
				text:
					v === null && figures.options[i] === null
						? t.compare.notIncluded
						: formatFigure(row.id, v, c, l, t),
				diff:
					diff !== null && verdict !== 'same'
						? formatFigure(row.id, diff, currency, locale, t, { signed: true })
						: '',
				verdict
			};
		})
	}));
}

/** The label of each compare choice in the option menu. */
export function choiceLabel(choice: CompareChoice, t: Messages): string {
	if (choice === 'recommended') return t.compare.eachRecommended;
	if (choice === 'plan') return t.compare.eachPlan;
	return t.compare.sameOption(t.optionsLong[choice]);
}

export interface OptionsView {
	/** Row "Decided on": each scenario's decision measure. */
	measures: RowView;
	/** One row per option, "Your plan" last when a scenario has one. */
	rows: (RowView & { column: ColumnId })[];
}

/** Every option of every scenario on its decision measure, the cheapest marked. */
export function optionsView(table: OptionsByScenario, items: ViewItem[], t: Messages): OptionsView {
	return {
		measures: {
			key: 'measure',
			label: t.compare.decidedOn,
			cells: table.measures.map((m: FigureId) => ({ text: figureLabel(m, t) }))
		},
		rows: table.columns.map((column) => ({
			column,
			key: column,
			label: t.options[column],
			cells: table.cells[column].map((cell, i) => {
				const { currency, locale } = items[i].scenario;
				const missing = column === 'plan' ? t.compare.noPlan : t.compare.notIncluded;
				return {
					text:
						cell.value === null
							? missing
							: formatFigure(table.measures[i], cell.value, currency, locale, t),
					best: cell.best
				};
			})
		}))
	};
}

/** "Slow hiring: $1,234,567; Base: not included": what the chart's lines end at, in words. */
export function chartDescription(
	items: ViewItem[],
	cumulative: (number[] | null)[],
	t: Messages
): string {
	return items
		.map((item, i) => {
			const line = cumulative[i];
			return t.compare.chartItem(
				item.name,
				line
					? formatMoney(line[line.length - 1], item.scenario.currency, item.scenario.locale)
					: t.compare.notIncluded
			);
		})
		.join('; ');
}

/** A section of differing inputs in words. */
export interface SectionView {
	section: DifferenceSection;
	title: string;
	rows: RowView[];
}

/** A role's (or the scenario's) differing inputs in words. */
export interface GroupView {
	key: string;
	/** The role's name; null for the scenario's own inputs. */
	title: string | null;
	/** For a role only some scenarios have: the "Only in …" row. */
	onlyIn: RowView | null;
	sections: SectionView[];
}

const SEP = ' \u203a ';

/** An input's label inside its group: without the role and section its headings name. */
function inputLabel(path: (string | number)[], section: DifferenceSection, t: Messages): string {
	if (path[0] === 'roles' && path[2] === 'plan' && path.length === 3) return t.compare.mix;
	const parts = labelForPath(path, [], t).split(SEP);
	// The role's name and the section's name (the group and section headings say them).
	const named = section !== 'scenario' && section !== 'need' && section !== 'plan';
	const drop = (path[0] === 'roles' ? 1 : 0) + (named ? 1 : 0);
	return parts.slice(drop).join(SEP);
}

/** Optional limits whose empty value means "none" (not an automatic value). */
const NO_LIMIT = new Set<string>([
	'roles.pool.feeders',
	'roles.borrow.maxMonthsPerContractor',
	'settings.budgetPerFiscalYear',
	'settings.capacityDeadlineMonth',
	'settings.contractorCap'
]);

/** One compared input value in words: a range as "30 – 42 – 90 days", a mix as its counts. */
function inputText(d: InputDifference, v: unknown, item: ViewItem, t: Messages): string {
	const { currency, locale } = item.scenario;
	if (d.path[0] === 'roles' && d.path[2] === 'plan' && d.path.length === 3) {
		if (v === undefined) return '\u2014';
		return isPlanValue(v) ? mixText(v, t) : t.compare.noMix;
	}
	const key = fieldKeyOf(d.path);
	// An optional limit left empty: no pool limit, no budget, no deadline, no cap.
	if (v === null && key && NO_LIMIT.has(key)) return t.compare.noLimit;
	if (key && isRangedValue(v)) return formatRangedAmount(key, v, currency, locale, t);
	// Beside a range, a single value carries its unit too ("42 days" against "30 – 42 – 90 days").
	if (key && typeof v === 'number' && d.values.some(isRangedValue)) {
		return formatFieldAmount(key, v, currency, locale, t);
	}
	return formatInputValue(d.path, v, currency, locale, t);
}

function sectionTitle(section: DifferenceSection, t: Messages): string {
	if (section === 'scenario') return t.compare.scenarioSection;
	return t.sections[section];
}

function roleTitle(role: number, items: ViewItem[], t: Messages): string {
	const named = items.map((i) => i.scenario.roles[role]?.name).find((n) => n !== undefined);
	return named ?? t.paths.role(role + 1);
}

/** The inputs that differ, in words, each cell marked where it differs from the baseline's. */
export function differenceView(
	groups: DifferenceGroup[],
	items: ViewItem[],
	baseline: number,
	t: Messages
): GroupView[] {
	return groups.map((g) => {
		const complete = g.present.every(Boolean);
		return {
			key: g.role === null ? 'scenario' : `role-${g.role}`,
			title: g.role === null ? null : roleTitle(g.role, items, t),
			onlyIn: complete
				? null
				: {
						key: 'only-in',
						label: t.compare.onlyIn(
							items
								.filter((_, i) => g.present[i])
								.map((i) => i.name)
								.join(', ')
						),
						cells: g.present.map((here) => ({
							text: here ? t.paths.yes : t.paths.no,
							differs: here !== g.present[baseline]
						}))
					},
			sections: g.sections.map((s) => ({
				section: s.section,
				title: sectionTitle(s.section, t),
				rows: s.rows.map((d) => ({
					key: d.path.join('.'),
					label: inputLabel(d.path, s.section, t),
					cells: d.values.map((v, i) => ({
						text: inputText(d, v, items[i], t),
						differs: !sameInput(v, d.values[baseline])
					}))
				}))
			}))
		};
	});
}

/** The swatch colour of each compared scenario (the chart's line colours) in a theme. */
export function scenarioSwatches(count: number, theme: 'light' | 'dark'): string[] {
	const palette = paletteFor(theme);
	return Array.from({ length: count }, (_, i) => scenarioColor(palette, i));
}
