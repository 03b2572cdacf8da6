/**
 * The methodology's table of defaults, derived from the field table (model/fields.ts: which fields
 * have a sourced default), the schema's defaults and the messages (labels, source notes): a default
 * changed in the model is changed in the methodology too. The page puts the table in the document
 * in the reader's language; `npm run docs:defaults` writes the same table into docs/methodology*.md
 * for readers of the repository (a unit test fails while those copies differ).
 */
import {
	createRole,
	DEFAULT_SKILL_IDS,
	DEFAULT_SOURCES,
	defaultOf,
	FIELD_KEYS,
	fieldDef,
	type FieldKey,
	type SourceKind
} from '../model/index.ts';
import { choiceLabel, fieldLabel, formatFieldAmount, perText } from '../i18n/fields.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';

/** One row: an input, its default as the model has it, and where that default comes from. */
export interface DefaultRow {
	/** The field, or 'skills' for the default skill gap (a list, not one field). */
	key: FieldKey | 'skills';
	label: string;
	/** The model's default value. */
	value: unknown;
	/** The default in words, in the document's language ("36 months", "8 % per year"). */
	shown: string;
	kind: SourceKind;
	source: string;
}

/** Opening and closing lines of the table in docs/methodology*.md. */
export const DEFAULTS_TABLE_START =
	'<!-- defaults table: derived from src/lib/model/fields.ts; rewrite with npm run docs:defaults -->';
export const DEFAULTS_TABLE_END = '<!-- end of defaults table -->';

/** A field's name in the table: options' fields say which option ("Upskill: Ramp-up"). */
function rowLabel(key: FieldKey, t: Messages): string {
	const group = fieldDef(key).group;
	const option = group === 'skill' ? 'build' : group;
	if (option === 'buy' || option === 'build' || option === 'borrow') {
		return t.methodology.defaults.ofOption(t.options[option], fieldLabel(key, t));
	}
	return fieldLabel(key, t);
}

/** The locale the document of each language writes numbers in. */
const LOCALES: Record<string, string> = { en: 'en-US', de: 'de-DE' };

function shownDefault(key: FieldKey, value: unknown, t: Messages, locale: string): string {
	if (typeof value === 'number') {
		// The document has no currency: amounts are plain numbers in the scenario's currency.
		if (fieldDef(key).kind === 'money') {
			const per = perText(key, t);
			return `${formatNumber(value, locale, 2)}${per ? ` ${per}` : ''}`;
		}
		return formatFieldAmount(key, value, 'USD', locale, t);
	}
	if (typeof value === 'boolean') return value ? t.paths.yes : t.paths.no;
	return choiceLabel(key, String(value), t);
}

/** The default skill gap: "SQL 2→4 (40 h per level), … = 280 h". */
function skillsRow(t: Messages, locale: string): DefaultRow {
	const skills = createRole().build.skills;
	const d = t.methodology.defaults;
	const hours = skills.reduce(
		(a, s) => a + (s.requiredLevel - s.currentLevel) * s.hoursPerLevel,
		0
	);
	const n = (v: number) => formatNumber(v, locale, 2);
	return {
		key: 'skills',
		label: t.sections.skills,
		value: skills,
		shown: d.skillGap(
			skills
				.map((s, i) => {
					const id = DEFAULT_SKILL_IDS[i];
					const name = id ? t.skillNames[id] : s.name;
					return d.skill(name, n(s.currentLevel), n(s.requiredLevel), n(s.hoursPerLevel));
				})
				.join(', '),
			n(hours)
		),
		kind: DEFAULT_SOURCES.skills.kind,
		source: t.sources.skills
	};
}

/** Every sourced default, in the field table's order, in the language of `t`. */
export function defaultsTable(t: Messages): DefaultRow[] {
	const locale = LOCALES[t.lang] ?? 'en-US';
	const rows: DefaultRow[] = [];
	for (const key of FIELD_KEYS) {
		if (key === 'roles.build.skills.hoursPerLevel') rows.push(skillsRow(t, locale));
		const source = fieldDef(key).source;
		if (!source) continue;
		const value = defaultOf(key);
		rows.push({
			key,
			label: rowLabel(key, t),
			value,
			shown: shownDefault(key, value, t, locale),
			kind: DEFAULT_SOURCES[source].kind,
			source: t.sources[source]
		});
	}
	return rows;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The table as Markdown (GitHub tables), with its opening and closing lines. */
export function defaultsTableMarkdown(t: Messages): string {
	const d = t.methodology.defaults;
	const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
	return [
		DEFAULTS_TABLE_START,
		'',
		line([d.input, d.default, d.kind, d.source]),
		line(['---', '---', '---', '---']),
		...defaultsTable(t).map((r) => line([r.label, r.shown, d.kinds[r.kind], r.source])),
		'',
		DEFAULTS_TABLE_END
	].join('\n');
}

/**
 * A methodology document with its defaults table replaced by the one derived from the model (the
 * document unchanged when it has no such table).
 */
export function withDefaultsTable(markdown: string, t: Messages): string {
	const start = markdown.indexOf(DEFAULTS_TABLE_START);
	const end = markdown.indexOf(DEFAULTS_TABLE_END);
	if (start < 0 || end < start) return markdown;
	return (
		markdown.slice(0, start) +
		defaultsTableMarkdown(t) +
		markdown.slice(end + DEFAULTS_TABLE_END.length)
	);
}
