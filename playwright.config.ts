import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.js';

const found = chromiumPath();
const executablePath = found && found !== 'playwright' ? found : undefined;
/** Port of the test server (PW_PORT to run several checkouts' suites side by side). */
const port = Number(process.env.PW_PORT ?? 4319);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	// A shared CI machine can be slow to paint; 10 s before an expectation fails.
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'on-first-retry',
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: `npm run build && PORT=${port} node scripts/serve.js`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
