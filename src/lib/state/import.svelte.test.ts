import { describe, expect, it } from 'vitest';
import { buildScenarioFile, serializeScenarioFile } from '../files/scenario-file.ts';
import { createScenario } from '../model/index.ts';
import { de, en } from '../i18n/messages-all.ts';
import type { Messages } from '../i18n/messages.ts';
import { Importer } from './import.svelte.ts';
import { Persistence } from './persistence.svelte.ts';
import { MemoryStorage } from './test-storage.ts';
import { Workspace } from './workspace.svelte.ts';

function setUp() {
	let t: Messages = en;
	const persistence = new Persistence(new MemoryStorage(), {
		events: new EventTarget(),
		session: new MemoryStorage()
	});
	const workspace = new Workspace(persistence, () => t);
	const importer = new Importer(workspace, () => t);
	return { workspace, importer, speak: (m: Messages) => (t = m) };
}

const NOW = new Date('2026-12-01T12:00:00Z');
const fileOf = (...names: string[]) =>
	serializeScenarioFile(
		buildScenarioFile(
			names.map((name, i) => ({
				id: `id-${i}`,
				name,
				createdAt: NOW.toISOString(),
				updatedAt: NOW.toISOString(),
				scenario: createScenario({ name })
			})),
			'0.1.0',
			NOW
		)
	);

describe('Importer', () => {
	it('adds every scenario and keeps the outcome as data, worded in the current language', async () => {
		const { workspace, importer, speak } = setUp();
		const outcome = await importer.importText(fileOf('Alpha', 'Beta'), 'plans.json');
		expect(outcome).toMatchObject({ kind: 'ok', fileName: 'plans.json', names: ['Alpha', 'Beta'] });
		expect(workspace.entries.map((e) => String(e.draft.name))).toEqual(
			expect.arrayContaining(['Alpha', 'Beta'])
		);
		expect(importer.status?.text).toBe(
			'Imported 2 scenarios from \u201cplans.json\u201d: Alpha, Beta.'
		);
		speak(de);
		expect(importer.status?.text).toBe(
			'2 Szenarien aus \u201cplans.json\u201d importiert: Alpha, Beta.'
		);
	});

	it('a bad file changes nothing and says why, in either language', async () => {
		const { workspace, importer, speak } = setUp();
		const before = workspace.entries.length;
		await importer.importText('{ not json');
		expect(workspace.entries.length).toBe(before);
		expect(importer.outcome).toMatchObject({ kind: 'error', error: { code: 'not-json' } });
		expect(importer.status?.kind).toBe('error');
		expect(importer.status?.text).toMatch(/^The file was not imported\. /);
		speak(de);
		expect(importer.status?.text).toMatch(/^Die Datei wurde nicht importiert\. /);
		importer.dismiss();
		expect(importer.status).toBeNull();
	});

	it('says "1 scenario" for one, by the plural rules of each language', async () => {
		const { importer, speak } = setUp();
		await importer.importText(fileOf('Solo'), 'one.json');
		expect(importer.status?.text).toBe('Imported 1 scenario from \u201cone.json\u201d: Solo.');
		speak(de);
		expect(importer.status?.text).toBe('1 Szenario aus \u201cone.json\u201d importiert: Solo.');
	});

	it('names only the first five scenarios and counts the rest', async () => {
		const { importer } = setUp();
		await importer.importText(fileOf('A', 'B', 'C', 'D', 'E', 'F', 'G'), 'many.json');
		expect(importer.status?.text).toBe(
			'Imported 7 scenarios from \u201cmany.json\u201d: A, B, C, D, E, and 2 more.'
		);
	});
});
