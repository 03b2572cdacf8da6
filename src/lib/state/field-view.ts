/**
 * The form's fields as the field list draws them: which are shown, their ids, kinds and choices,
 * and the note under each saying where its default or preset value comes from. Everything here
 * reads the model's field table; the components only lay the fields out.
 */
import { formatFieldAmount } from '../i18n/fields.ts';
import type { Messages } from '../i18n/messages.ts';
import {
	boundsOf,
	DEFAULT_SOURCES,
	defaultOf,
	fieldDef,
	fieldsOf,
	findPreset,
	isRangedFieldPath,
	MAX_ROLES,
	optionsOf,
	pathOf,
	presetRangeRule,
	type FieldGroup,
	type FieldKey,
	type FieldKind,
	type RangedFieldPath
} from '../model/index.ts';
import { getAtPath, pathKey, type Path, type ScenarioDraft } from './draft.ts';

/** One field of the form. */
export interface FieldView {
	key: FieldKey;
	/** Its place in the draft ("roles", 0, "buy", "timeToFillDays"). */
	path: Path;
	/** The input's element id ("f-roles-0-buy-timeToFillDays"). */
	id: string;
	kind: FieldKind;
	/** The values a choice field offers (empty for others). */
	choices: readonly string[];
	/** Percentages are typed as 20 for 0.2. */
	scale: 1 | 100;
	/** Thousands separators while typing (not for years and such). */
	grouping: boolean;
	/** The field may be left empty. */
	optional: boolean;
	/** The path within the role when the field may carry a range (risk), else null. */
	ranged: RangedFieldPath | null;
}

/** A section's fields drawn as number or choice fields (names and toggles are drawn apart). */
export function formFields(group: FieldGroup, advanced: boolean): FieldKey[] {
	return fieldsOf(group, advanced).filter((k) => {
		const kind = fieldDef(k).kind;
		return kind !== 'text' && kind !== 'bool';
	});
}

/** Another role may be added to a scenario of `roleCount` roles. */
export const canAddRole = (roleCount: number): boolean => roleCount < MAX_ROLES;

/** The fields among `keys` that are shown: those whose condition (e.g. itemised costs) holds. */
export function fieldViews(keys: FieldKey[], draft: ScenarioDraft, roleIndex: number): FieldView[] {
	return keys
		.filter((key) => {
			const when = fieldDef(key).when;
			return !when || getAtPath(draft, pathOf(when.key, roleIndex)) === when.is;
		})
		.map((key) => {
			const def = fieldDef(key);
			const path = pathOf(key, roleIndex);
			const within = path[0] === 'roles' ? path.slice(2).join('.') : '';
			return {
				key,
				path,
				id: ['f', ...path].join('-'),
				kind: def.kind,
				choices: def.kind === 'enum' ? optionsOf(key) : [],
				scale: def.kind === 'percent' ? 100 : 1,
				grouping: !def.plain,
				optional: boundsOf(key).nullable,
				ranged: isRangedFieldPath(within) ? within : null
			};
		});
}

/**
 * Whether any shown field among `keys` (or its range) has a message in `issues` (keyed by
 * `pathKey`; a range's messages sit under its ends): a closed section holding one opens, so the
 * message is seen next to its field. Costs nothing while the draft has no issue.
 */
export function fieldsHaveIssue(
	keys: FieldKey[],
	draft: ScenarioDraft,
	roleIndex: number,
	issues: ReadonlyMap<string, unknown>
): boolean {
	if (issues.size === 0) return false;
	const prefixes = fieldViews(keys, draft, roleIndex).flatMap((f) => {
		const own = pathKey(f.path);
		return f.ranged ? [own, pathKey(['roles', roleIndex, 'ranges', f.ranged])] : [own];
	});
	for (const key of issues.keys())
		if (prefixes.some((p) => key === p || key.startsWith(`${p}.`))) return true;
	return false;
}

/** Kind of a source as the help writes it ("Assumption", "Derived", "Source"). */
export function sourceKindText(kind: 'published' | 'derived' | 'assumption', t: Messages): string {
	return kind === 'published' ? t.inputs.sourceKinds.source : t.inputs.sourceKinds[kind];
}

/**
 * Where a field's value comes from, as the note under it: the preset's value and source where the
 * role's preset sets the field ("Preset “ML engineer”: $150,000 per year. Source: BLS …"), else the
 * default and its source; then the preset's range and its source where the role has that range.
 */
export function fieldSource(
	key: FieldKey,
	draft: ScenarioDraft,
	roleIndex: number,
	t: Messages
): string {
	const locale = String(draft.locale);
	const currency = String(draft.currency);
	const amount = (v: number) => formatFieldAmount(key, v, currency, locale, t);
	const found = key.startsWith('roles.')
		? findPreset(String(draft.roles[roleIndex]?.preset ?? ''))
		: undefined;
	const preset = found ? { preset: found, role: found.role() } : null;

	let value = '';
	const fromPreset = preset ? getAtPath(preset.role, pathOf(key, 0).slice(2)) : undefined;
	const cite = preset?.preset.cites[key];
	if (
		preset &&
		typeof fromPreset === 'number' &&
		(fromPreset !== defaultOf(key) || cite !== undefined)
	) {
		const names = t.presets[preset.preset.id];
		const source =
			cite === undefined ? '' : `${t.inputs.sourceKinds.source}: ${names.sources[cite]}`;
		value = `${t.presetValue(amount(fromPreset), names.name)}${source}`;
	} else {
		const sourceKey = fieldDef(key).source;
		if (sourceKey) {
			const def = defaultOf(key);
			const shownDefault = typeof def === 'number' ? t.inputs.defaultValue(amount(def), '') : '';
			value = `${shownDefault}${sourceKindText(DEFAULT_SOURCES[sourceKey].kind, t)}: ${t.sources[sourceKey]}`;
		}
	}

	const rule = presetRangeRule(key);
	const within = key.slice('roles.'.length);
	const range = rule && preset?.role.ranges[within];
	const own = draft.roles[roleIndex]?.ranges as Record<string, unknown> | undefined;
	if (!rule || !range || !own?.[within]) return value;
	const rangeText = `${t.risk.presetRange(`${amount(range.low)} – ${amount(range.high)}`)}${sourceKindText(rule.kind, t)}: ${t.risk.rangeSources[rule.id]}`;
	return `${value}${value && !value.endsWith(' ') ? ' ' : ''}${rangeText}`;
}
