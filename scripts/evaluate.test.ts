import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

// Starting a process takes seconds on a busy machine: a budget, not a speed check.
describe('scripts/evaluate.ts (the real process)', { timeout: 60_000 }, () => {
	it('prints JSON for an example and exits 0', () => {
		const out = execFileSync(tsx, ['scripts/evaluate.ts', 'docs/examples/data-team.json'], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(JSON.parse(out).scenarios[0].name).toBe('Data team for the finance department');
	});

	it('exits 2 with a message for a missing file', () => {
		const r = spawnSync(tsx, ['scripts/evaluate.ts', 'no-such-file.json'], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('File not found: no-such-file.json');
	});
});
