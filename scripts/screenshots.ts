// Screenshots of each page in light and dark, desktop and phone widths, for looking at what we ship.
// Usage: npm run build && node scripts/serve.js & npx tsx scripts/screenshots.ts [baseURL] [outDir]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.js';

const base = process.argv[2] ?? 'http://localhost:4173';
const out = process.argv[3] ?? 'screenshots';
const pages = (process.env.PAGES ?? '/,/methodology/').split(',');
mkdirSync(out, { recursive: true });
const found = chromiumPath();
const browser = await chromium.launch({
	executablePath: found && found !== 'playwright' ? found : undefined,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
for (const theme of ['light', 'dark'] as const) {
	for (const [label, viewport] of [
		['desktop', { width: 1440, height: 1000 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		const ctx = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
		const page = await ctx.newPage();
		page.on('pageerror', (e) => console.error('page error', e.message));
		for (const p of pages) {
			await page.goto(base + p);
			await page.waitForTimeout(600);
			const name = `${out}/${(p.replace(/\//g, '_') || '_').replace(/^_|_$/g, '') || 'home'}-${theme}-${label}.png`;
			if (process.env.SEGMENTS) {
				// Long pages in readable slices of the given height.
				const h = Number(process.env.SEGMENTS);
				const total = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, i = 0; y < total; y += h, i++) {
					const path = name.replace('.png', `-${i}.png`);
					const clip = { x: 0, y, width: viewport.width, height: Math.min(h, total - y) };
					await page.screenshot({ path, fullPage: true, clip });
					console.log(path);
				}
			} else {
				await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
				console.log(name);
			}
		}
		await ctx.close();
	}
}
await browser.close();
