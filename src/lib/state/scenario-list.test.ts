import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import { createScenario, evaluateScenario, PRESETS } from '../model/index.ts';
import { normalizeDraft } from './draft.ts';
import type { Entry } from './saved-entries.ts';
import { lastBackupText, scenarioRows } from './scenario-list.ts';
import { presetChoices } from './scenario-factory.ts';

const valid = createScenario({ name: 'Alpha', roles: [PRESETS[0].role()] });
const entry = (name: string): Entry => ({
	id: name,
	createdAt: '2026-11-25T10:00:00.000Z',
	updatedAt: '2026-11-25T10:00:00.000Z',
	draft: normalizeDraft({ ...valid, name }),
	rev: 0,
	nonce: 'n'
});

describe('scenarioRows', () => {
	it('gives each scenario its name, when it changed and the recommended option with its cost', () => {
		const [alpha, broken] = scenarioRows(
			[entry('Alpha'), entry('')],
			(e) => (e.id === 'Alpha' ? valid : null),
			en
		);
		const winner = evaluateScenario(valid).recommendation.winner;
		expect(alpha.name).toBe('Alpha');
		expect(alpha.changed).toContain('2026');
		expect(alpha.recommended).toMatch(new RegExp(`^${en.options[winner]} · \\$[\\d,]+$`));
		// Never valid: no recommendation; no name: "Untitled".
		expect(broken).toMatchObject({ scenario: null, recommended: null, name: en.app.untitled });
	});

	it('says when the last backup was saved, or that there was none', () => {
		expect(lastBackupText(null, en)).toBe(en.keeping.noBackup);
		expect(lastBackupText('2026-11-25T10:00:00.000Z', de)).toMatch(/2026/);
	});
});

describe('presetChoices', () => {
	it('lists every preset with its name in the interface language', () => {
		expect(presetChoices(en).map((p) => p.id)).toEqual(PRESETS.map((p) => p.id));
		expect(presetChoices(de)[0].name).toBe(de.presets[PRESETS[0].id].name);
	});
});
