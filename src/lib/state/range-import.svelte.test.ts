/**
 * Bad input (issue 11): "a file with malformed ranges is refused with the path named, and nothing
 * saved is lost" — through the importer the page uses, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { buildScenarioFile, serializeScenarioFile } from '../files/scenario-file.ts';
import { createScenario } from '../model/index.ts';
import { de, en } from '../i18n/messages-all.ts';
import type { Messages } from '../i18n/messages.ts';
import { Importer } from './import.svelte.ts';
import { Persistence } from './persistence.svelte.ts';
import { MemoryStorage } from './test-storage.ts';
import { Workspace } from './workspace.svelte.ts';

const NOW = new Date('2026-12-02T06:00:00Z');

/** A file of one scenario whose first role carries `ranges` as given (any shape). */
function fileWithRanges(ranges: unknown): string {
	const scenario = createScenario({ name: 'Imported' });
	const file = buildScenarioFile(
		[
			{
				id: 'x',
				name: 'Imported',
				createdAt: NOW.toISOString(),
				updatedAt: NOW.toISOString(),
				scenario
			}
		],
		'0.1.0',
		NOW
	);
	(file.scenarios[0].scenario.roles[0] as { ranges: unknown }).ranges = ranges;
	return serializeScenarioFile(file);
}

describe('a file with malformed ranges', () => {
	const cases: [string, unknown, RegExp][] = [
		[
			'a low that is text',
			{ 'buy.timeToFillDays': { low: 'soon', high: 90 } },
			/Recruit: Low end of the range of Time to fill must be a number\./
		],
		[
			'a low above the likely value',
			{ 'buy.timeToFillDays': { low: 200, high: 300 } },
			/Low end of the range of Time to fill .*likely value \(42 days\)/
		],
		[
			'a high beyond the bound',
			{ 'build.skills.0.hoursPerLevel': { low: 10, high: 99_999 } },
			/skill 1: High end of the range of Hours per level must be at most 2,000\./
		],
		['an unknown field', { 'buy.nonsense': { low: 1, high: 2 } }, /buy\.nonsense/]
	];
	for (const [what, ranges, named] of cases) {
		it(`is refused (${what}), the place named, nothing saved changed`, async () => {
			let t: Messages = en;
			const storage = new MemoryStorage();
			const persistence = new Persistence(storage, {
				events: new EventTarget(),
				session: new MemoryStorage()
			});
			const workspace = new Workspace(persistence, () => t);
			const importer = new Importer(workspace, () => t);
			workspace.setField(['roles', 0, 'ranges', 'buy.timeToFillDays'], { low: 30, high: 90 });
			const before = JSON.stringify(workspace.entries.map((e) => e.draft));
			await importer.importText(fileWithRanges(ranges), 'bad.json');
			expect(importer.outcome).toMatchObject({
				kind: 'error',
				error: { code: 'invalid-scenario' }
			});
			expect(importer.status?.text).toMatch(/^“bad.json” was not imported\. /);
			expect(importer.status?.text).toMatch(named);
			expect(JSON.stringify(workspace.entries.map((e) => e.draft))).toBe(before);
			t = de;
			expect(importer.status?.text).toMatch(/^“bad.json” wurde nicht importiert\. /);
		});
	}
});
