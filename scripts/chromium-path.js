import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: Playwright's own download when installed ('playwright'), else a system
 * Chromium (CHROMIUM_PATH, then the usual paths), else null.
 * @returns {string | null}
 */
export function chromiumPath() {
	try {
		if (existsSync(chromium.executablePath())) return 'playwright';
	} catch {
		// no bundled browser
	}
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome'
	];
	return candidates.find((p) => p && existsSync(p)) ?? null;
}
