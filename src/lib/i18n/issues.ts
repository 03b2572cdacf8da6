/**
 * Typed input problems (`InputIssue`: code, path, bound) as text in the language of the messages
 * given. The only place where validation problems become words: by the field ("Must be at least
 * 1 day."), or in a sentence that says where ("Role 1 (“Analyst”), Recruit: Time to fill must be at
 * least 1 day."). Bounds are written in the field's units: money in the scenario's currency, rates
 * as percent, counted units with the right plural.
 */
import { fieldDef, fieldKeyOf, type FieldKey } from '../model/fields.ts';
import type { InputIssue } from '../model/index.ts';
import { fieldLabel, formatFieldAmount } from './fields.ts';
import { plural } from './format.ts';
import { formatNumber } from './format.ts';
import type { Messages } from './messages.ts';

/** What a text about an issue needs besides the issue: the language and the scenario's units. */
export interface IssueContext {
	t: Messages;
	/** The scenario's currency (for money bounds); without it, money bounds are plain numbers. */
	currency?: string;
	/** Number format; the interface language's when absent. */
	locale?: string;
}

/**
 * The field an issue's bound belongs to: a range's end (['roles', 0, 'ranges', 'buy.timeToFillDays',
 * 'low']) is in the units of the ranged field.
 */
function fieldPathOf(path: readonly (string | number)[]): (string | number)[] {
	const at = path.indexOf('ranges');
	if (at < 0 || typeof path[at + 1] !== 'string') return [...path];
	return [...path.slice(0, at), ...String(path[at + 1]).split('.')];
}

function bound(issue: InputIssue, value: number, ctx: IssueContext): string {
	const locale = ctx.locale ?? ctx.t.lang;
	const key = fieldKeyOf(fieldPathOf(issue.path));
	if (key && (fieldDef(key).kind !== 'money' || ctx.currency))
		return formatFieldAmount(key, value, ctx.currency ?? '', locale, ctx.t);
	return formatNumber(value, locale, 6);
}

function listName(issue: InputIssue): 'roles' | 'skills' | null {
	const last = issue.path[issue.path.length - 1];
	return last === 'roles' || last === 'skills' ? last : null;
}

/** The problem as a short sentence shown by the field itself: "Must be at least 1 day." */
export function issueText(issue: InputIssue, ctx: IssueContext): string {
	const m = ctx.t.issues;
	switch (issue.code) {
		case 'not-whole':
			return m.wholeNumber;
		case 'not-number':
		case 'missing':
			return m.number;
		case 'empty':
			return m.name;
		case 'too-long':
			return m.textTooLong;
		case 'too-small':
			return issue.minimum !== undefined ? m.atLeast(bound(issue, issue.minimum, ctx)) : m.tooSmall;
		case 'too-big':
			return issue.maximum !== undefined ? m.atMost(bound(issue, issue.maximum, ctx)) : m.tooLarge;
		case 'not-currency':
			return m.currencyCode;
		case 'not-a-choice':
			return m.choose;
		case 'required-below-current':
			return m.requiredBelowCurrent;
		case 'needed-after-horizon':
			return m.neededAfterHorizon;
		case 'plan-counts-sum':
			return m.planCountsSum;
		case 'bridged-over-count':
			return m.bridgedOverCount;
		case 'pool-below-upskilled':
			return m.poolBelowUpskilled;
		case 'deadline-after-horizon':
			return m.deadlineAfterHorizon;
		case 'range-low-above-likely':
			return m.rangeLowAboveLikely(bound(issue, issue.maximum ?? NaN, ctx));
		case 'range-high-below-likely':
			return m.rangeHighBelowLikely(bound(issue, issue.minimum ?? NaN, ctx));
		case 'range-unknown-field':
			return m.rangeUnknownField;
		default:
			return capitalise(issuePhrase(issue, ctx)) + '.';
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The problem after the field's name: "must be at least 1 day". */
export function issuePhrase(issue: InputIssue, ctx: IssueContext): string {
	const { t } = ctx;
	const p = t.issues.phrase;
	const n = (v: number | undefined) => formatNumber(v ?? NaN, ctx.locale ?? t.lang, 6);
	switch (issue.code) {
		case 'missing':
			return p.missing;
		case 'not-number':
			return p.notNumber;
		case 'not-whole':
			return p.notWhole;
		case 'too-small':
			return p.atLeast(issue.minimum === undefined ? '?' : bound(issue, issue.minimum, ctx));
		case 'too-big':
			return p.atMost(issue.maximum === undefined ? '?' : bound(issue, issue.maximum, ctx));
		case 'empty':
			return p.empty;
		case 'too-short':
			return p.tooShort(n(issue.minimum));
		case 'too-long':
			return p.tooLong(n(issue.maximum));
		case 'too-few':
		case 'too-many': {
			const list = listName(issue) ?? 'roles';
			const count = (issue.code === 'too-few' ? issue.minimum : issue.maximum) ?? 0;
			const items = plural(count, t.issues.items[list], t);
			return issue.code === 'too-few' ? p.tooFew(n(count), items) : p.tooMany(n(count), items);
		}
		case 'not-currency':
			return p.notCurrency;
		case 'bad-format':
			return p.badFormat;
		case 'not-a-choice':
			return p.oneOf((issue.options ?? []).map((o) => `"${o}"`).join(', '));
		case 'wrong-type':
			return p.wrongType(
				t.issues.types[issue.expected ?? 'object'],
				t.issues.types[issue.received ?? 'object']
			);
		case 'required-below-current':
			return p.requiredBelowCurrent;
		case 'needed-after-horizon':
			return p.neededAfterHorizon;
		case 'plan-counts-sum':
			return p.planCountsSum;
		case 'bridged-over-count':
			return p.bridgedOverCount;
		case 'pool-below-upskilled':
			return p.poolBelowUpskilled;
		case 'deadline-after-horizon':
			return p.deadlineAfterHorizon;
		case 'range-low-above-likely':
			return p.rangeLowAboveLikely(bound(issue, issue.maximum ?? NaN, ctx));
		case 'range-high-below-likely':
			return p.rangeHighBelowLikely(bound(issue, issue.minimum ?? NaN, ctx));
		case 'range-unknown-field': {
			// A key the app does not know is quoted as written (no label to name it by).
			const at = issue.path.indexOf('ranges');
			const key = at >= 0 ? issue.path[at + 1] : undefined;
			return typeof key === 'string' && !fieldKeyOf(fieldPathOf(issue.path))
				? p.rangeNotAnInput(key)
				: p.rangeUnknownField;
		}
		default:
			return p.invalid;
	}
}

/** Where an issue is: the places along its path and the field's label (null for a place). */
export function locateIssue(
	path: readonly (string | number)[],
	pathNames: Record<string, string>,
	t: Messages
): { places: string[]; field: string | null } {
	const w = t.issues.where;
	const places: string[] = [];
	let field: string | null = null;
	for (let i = 0; i < path.length; i++) {
		const step = path[i];
		const prev = path[i - 1];
		if (typeof step === 'number') {
			const name = pathNames[path.slice(0, i + 1).join('.')];
			const place =
				prev === 'roles'
					? w.role(step + 1)
					: prev === 'skills'
						? w.skill(step + 1)
						: w.item(step + 1);
			places.push(name ? w.named(place, name) : place);
			field = null;
		} else if (i < path.length - 1 && step === 'settings') {
			places.push(w.settings);
		} else if (i < path.length - 1 && (step === 'buy' || step === 'build' || step === 'borrow')) {
			places.push(t.options[step]);
		} else if ((step === 'roles' || step === 'skills') && typeof path[i + 1] === 'number') {
			continue;
		} else if (step === 'ranges' && typeof path[i + 1] === 'string') {
			// A range (risk): ['ranges', 'build.skills.0.hoursPerLevel', 'low'] is the low end of
			// the range of skill 1's hours per level.
			const within = String(path[i + 1])
				.split('.')
				.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
			const key = fieldKeyOf([...path.slice(0, i), ...within]);
			if (!key) continue; // an unknown field: named as it is written, next
			if (within[1] === 'skills' && typeof within[2] === 'number')
				places.push(w.skill(within[2] + 1));
			else if (within[0] === 'buy' || within[0] === 'build' || within[0] === 'borrow')
				places.push(t.options[within[0]]);
			const end = path[i + 2];
			const label = fieldLabel(key, t);
			field = end === 'low' || end === 'high' ? w.rangeEnd(label, end) : w.range(label);
			break;
		} else if (step === 'roles' || step === 'skills') {
			field = w[step];
		} else {
			const key: FieldKey | undefined = fieldKeyOf(path.slice(0, i + 1));
			field = key ? fieldLabel(key, t) : step;
		}
	}
	return { places, field };
}

/**
 * Where a range on a field that cannot carry one is (risk): the field itself, by its label, when
 * the app knows it (['roles', 0, 'ranges', 'name'] is the role's name); else only the role, and
 * the phrase quotes the key as the file wrote it (`issuePhrase`).
 */
function locateUnrangeable(
	path: readonly (string | number)[],
	pathNames: Record<string, string>,
	t: Messages
): { places: string[]; field: string | null } {
	const at = path.indexOf('ranges');
	if (at < 0) return locateIssue(path, pathNames, t);
	const fieldPath = fieldPathOf(path).map((p) =>
		typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p
	);
	if (fieldKeyOf(fieldPath)) return locateIssue(fieldPath, pathNames, t);
	return { places: locateIssue(path.slice(0, at), pathNames, t).places, field: null };
}

/**
 * The problem as a sentence that says where, starting with `who` (the scenario) when given:
 * "Scenario 2 (“Pessimistic”), role 1 (“Analyst”): Salary in the role must be at least $1 per year."
 */
export function issueSentence(
	issue: InputIssue,
	ctx: IssueContext & { pathNames?: Record<string, string>; who?: string }
): string {
	const w = ctx.t.issues.where;
	if (issue.path.length === 0 && (issue.code === 'wrong-type' || issue.code === 'missing')) {
		return ctx.who ? `${ctx.who}: ${w.noData}` : w.noData;
	}
	const { places, field } =
		issue.code === 'range-unknown-field'
			? locateUnrangeable(issue.path, ctx.pathNames ?? {}, ctx.t)
			: locateIssue(issue.path, ctx.pathNames ?? {}, ctx.t);
	const lead = [ctx.who ?? '', ...places].filter((p) => p !== '');
	const where = lead.length > 0 ? capitalise(lead.join(', ')) : '';
	const phrase = issuePhrase(issue, ctx);
	if (field) return `${where ? `${where}: ` : ''}${field} ${phrase}.`;
	return `${where || w.scenario} ${phrase}.`;
}
