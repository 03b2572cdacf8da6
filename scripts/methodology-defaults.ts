/**
 * `npm run docs:defaults`: writes the defaults table, derived from the field table, into
 * docs/methodology.md and docs/methodology.de.md (between the table's opening and closing lines),
 * then formats both with Prettier. The page shows the derived table whatever the files hold; this
 * keeps the files right for readers of the repository (a unit test fails while they differ).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { de, en } from '../src/lib/i18n/messages-all.ts';
import { withDefaultsTable } from '../src/lib/state/methodology-defaults.ts';

for (const [name, t] of [
	['methodology.md', en],
	['methodology.de.md', de]
] as const) {
	const path = new URL(`../docs/${name}`, import.meta.url);
	const before = await readFile(path, 'utf8');
	const options = (await resolveConfig(path.pathname)) ?? {};
	const after = await format(withDefaultsTable(before, t), { ...options, parser: 'markdown' });
	if (after !== before) await writeFile(path, after);
	console.log(`docs/${name}: ${after === before ? 'up to date' : 'table rewritten'}`);
}
