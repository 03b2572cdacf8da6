// Finds a Chromium for the browser tests, as ARCHITECTURE.md describes, or fails with one clear line.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.js';

const found = chromiumPath();
if (!found) {
	console.error(
		'No Chromium found for the browser tests: run `npx playwright install chromium`, or `apt-get install chromium` on Debian/Ubuntu (or set CHROMIUM_PATH).'
	);
	process.exit(1);
}
if (found !== 'playwright' && !existsSync(found)) process.exit(1);
