/**
 * Share-link fragment lengths for a 1-role and a 5-role scenario (the presets), plain and
 * encrypted, and the time to encode and decode. Run: npx tsx bench/share-link.ts
 */
import { decodeShareFragment, encodeShareFragment } from '../src/lib/files/share-link.ts';
import { createScenario, PRESETS } from '../src/lib/model/index.ts';

const cases = [
	['default scenario (1 role, all defaults)', createScenario()],
	[
		'1 role (preset "Data analyst")',
		createScenario({ name: 'Data analysts', roles: [PRESETS[0].role()] })
	],
	[
		'5 roles (every preset)',
		createScenario({ name: 'All presets', roles: PRESETS.map((p) => p.role()) })
	]
] as const;

console.log('| scenario | JSON (full) | plain fragment | encrypted fragment | encrypt | decrypt |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [label, scenario] of cases) {
	const plain = await encodeShareFragment(scenario);
	const t0 = performance.now();
	const encrypted = await encodeShareFragment(scenario, { passphrase: 'correct horse battery' });
	const t1 = performance.now();
	const decoded = await decodeShareFragment(encrypted, 'correct horse battery');
	const t2 = performance.now();
	if (!decoded.ok || !(await decodeShareFragment(plain)).ok) throw new Error('round trip failed');
	console.log(
		`| ${label} | ${JSON.stringify(scenario).length} | ${plain.length} | ${encrypted.length} | ${(t1 - t0).toFixed(0)} ms | ${(t2 - t1).toFixed(0)} ms |`
	);
}
