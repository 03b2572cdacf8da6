// `npm run bench`: every benchmark in turn. Numbers vary on shared machines: compare medians.
// The engine benchmark runs bundled and minified (as in the browser), not through tsx's
// development transform, which adds overhead to every function.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const run = (file: string) =>
	execFileSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });

if (!existsSync('build/index.html')) {
	execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
mkdirSync('bench/out', { recursive: true });
// Bundled and minified benches (as the browser and the worker run them).
await build({
	entryPoints: ['bench/engine.ts'],
	bundle: true,
	minify: true,
	format: 'esm',
	platform: 'node',
	outfile: 'bench/out/engine.mjs',
	logLevel: 'error'
});
execFileSync(
	process.execPath,
	['--expose-gc', '--max-semi-space-size=64', 'bench/out/engine.mjs'],
	{ stdio: 'inherit' }
);
const BUNDLED = ['engine', 'montecarlo'];
await build({
	entryPoints: ['bench/montecarlo.ts'],
	bundle: true,
	minify: true,
	format: 'esm',
	platform: 'node',
	outfile: 'bench/out/montecarlo.mjs',
	logLevel: 'error'
});
execFileSync(process.execPath, ['bench/out/montecarlo.mjs'], { stdio: 'inherit' });
run('bench/bundle.ts');
for (const f of readdirSync('bench').sort()) {
	if (!f.endsWith('.ts') || ['run.ts', 'bundle.ts', 'stats.ts'].includes(f)) continue;
	if (BUNDLED.includes(f.replace(/\.ts$/, ''))) continue;
	run(`bench/${f}`);
}
