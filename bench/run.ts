// `npm run bench`: every benchmark in turn. Numbers vary on shared machines: compare medians.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const run = (file: string) =>
	execFileSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });

if (!existsSync('build/index.html')) {
	execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
run('bench/engine.ts');
run('bench/bundle.ts');
for (const f of readdirSync('bench').sort()) {
	if (!f.endsWith('.ts') || ['run.ts', 'engine.ts', 'bundle.ts', 'stats.ts'].includes(f)) continue;
	run(`bench/${f}`);
}
