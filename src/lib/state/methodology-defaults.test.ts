import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	createRole,
	createScenario,
	DEFAULT_SOURCES,
	FIELD_KEYS,
	fieldDef,
	pathOf,
	SkillSchema
} from '../model/index.ts';
import { de, en } from '../i18n/messages-all.ts';
import type { Messages } from '../i18n/messages.ts';
import {
	DEFAULTS_TABLE_END,
	DEFAULTS_TABLE_START,
	defaultsTable,
	defaultsTableMarkdown,
	withDefaultsTable
} from './methodology-defaults.ts';

const read = (name: string) =>
	readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

/** The value at a path of a freshly created scenario with one default role (no field table). */
function schemaDefault(path: (string | number)[]): unknown {
	let node: unknown = createScenario({ roles: [createRole()] });
	for (const part of path) node = (node as Record<string | number, unknown>)[part];
	return node;
}

/** The rows of the Markdown table between the markers, as trimmed cells (formatting aside). */
function tableRows(markdown: string): string[][] {
	const start = markdown.indexOf(DEFAULTS_TABLE_START);
	const end = markdown.indexOf(DEFAULTS_TABLE_END);
	expect(start, 'opening line').toBeGreaterThanOrEqual(0);
	expect(end, 'closing line').toBeGreaterThan(start);
	return markdown
		.slice(start, end)
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
		.map((line) =>
			line
				.slice(1, -1)
				.split(/(?<!\\)\|/)
				.map((c) => c.trim())
		);
}

describe('the methodology defaults table', () => {
	const rows = defaultsTable(en);

	it('has one row per field with a sourced default, plus the skill gap', () => {
		const sourced = FIELD_KEYS.filter((key) => fieldDef(key).source);
		expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining([...sourced, 'skills']));
		expect(rows).toHaveLength(sourced.length + 1);
		// Every source the model names is cited somewhere.
		const cited = new Set(
			rows.map((r) => (r.key === 'skills' ? 'skills' : fieldDef(r.key).source))
		);
		expect([...cited].sort()).toEqual(Object.keys(DEFAULT_SOURCES).sort());
	});

	it('shows every default the schema fills in', () => {
		for (const row of rows) {
			if (row.key === 'skills') {
				expect(row.value).toEqual(createRole().build.skills);
				continue;
			}
			// A skill's field: what a new skill gets; any other field: the new scenario's value.
			const expected = row.key.startsWith('roles.build.skills.')
				? (SkillSchema.parse({ name: '-' }) as Record<string, unknown>)[row.key.split('.').pop()!]
				: schemaDefault(pathOf(row.key));
			expect(row.value, row.key).toEqual(expected);
		}
	});

	it('writes defaults in the units of the form, in each language', () => {
		const shown = (t: Messages, key: string) => defaultsTable(t).find((r) => r.key === key)?.shown;
		expect(shown(en, 'settings.horizonMonths')).toBe('36 months');
		expect(shown(en, 'settings.discountRatePerYear')).toBe('8% per year');
		expect(shown(en, 'roles.salaryPerYear')).toBe('80,000 per year');
		expect(shown(en, 'roles.buy.timeToFillDays')).toBe('42 days');
		expect(shown(de, 'roles.build.mentorHoursPerWeek')).toBe('1,5 Stunden pro Woche');
		expect(shown(de, 'roles.salaryPerYear')).toBe('80.000 pro Jahr');
		expect(shown(en, 'skills')).toBe(
			'SQL 2\u21924 (40 h per level), Statistics 1\u21923 (50 h per level), Python 1\u21923 (50 h per level) = 280 h'
		);
		expect(shown(de, 'skills')).toContain('Statistik 1\u21923 (50 h je Stufe)');
	});

	it('names the option of a field that two options share', () => {
		const labels = rows.map((r) => r.label);
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels).toContain('Recruit: Ramp-up');
		expect(labels).toContain('Upskill: Ramp-up');
	});

	it('replaces the table between its lines and leaves the rest of a document alone', () => {
		const doc = `# Title\n\n${DEFAULTS_TABLE_START}\n| old |\n${DEFAULTS_TABLE_END}\n\nAfter.\n`;
		const out = withDefaultsTable(doc, en);
		expect(out.startsWith('# Title\n\n')).toBe(true);
		expect(out.endsWith('\n\nAfter.\n')).toBe(true);
		expect(out).not.toContain('| old |');
		expect(out).toContain('| Recruit: Time to fill | 42 days | published |');
		expect(withDefaultsTable('# No table\n', en)).toBe('# No table\n');
	});

	for (const [name, t] of [
		['methodology.md', en],
		['methodology.de.md', de]
	] as const) {
		it(`docs/${name} holds the derived table (run npm run docs:defaults after changing a default)`, () => {
			expect(tableRows(read(name))).toEqual(tableRows(defaultsTableMarkdown(t)));
		});
	}
});
