// The production build served for a browser benchmark, and the load average printed beside figures.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/** Serve `BUILD_DIR` (default build/) on `BENCH_PORT` (default `port`); exits if there is no build. */
export function serveBuild(name: string, port: number): { server: ChildProcess; port: number } {
	const root = resolve(process.env.BUILD_DIR ?? 'build');
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`${name}: no build found; run \`npm run build\` first`);
		process.exit(1);
	}
	const at = Number(process.env.BENCH_PORT ?? port);
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(at), BUILD_DIR: root },
		stdio: 'ignore'
	});
	return { server, port: at };
}

/** "load 1.87": the one-minute load average, printed beside each figure. */
export const load = () => `load ${loadavg()[0].toFixed(2)}`;
