// The production build served for a browser benchmark, the browser that measures it, and the load
// average printed beside figures.
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../scripts/chromium-path.js';

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
	// A server that cannot start (the port is taken, e.g. by one left over from an interrupted
	// bench) must stop the bench: otherwise it measures whatever build the other server serves.
	server.on('exit', (code) => {
		if (code === null || code === 0) return;
		console.error(
			`${name}: the server on port ${at} stopped (exit code ${code}); is the port taken?`
		);
		process.exit(1);
	});
	return { server, port: at };
}

/** "load 1.87": the one-minute load average, printed beside each figure. */
export const load = () => `load ${loadavg()[0].toFixed(2)}`;

/** The system Chromium (or Playwright's own), once the server has had a moment to start. */
export async function launchBrowser(): Promise<Browser> {
	await new Promise((r) => setTimeout(r, 500));
	const found = chromiumPath();
	return chromium.launch({
		executablePath: found && found !== 'playwright' ? found : undefined,
		args: ['--no-sandbox', '--disable-background-networking']
	});
}
