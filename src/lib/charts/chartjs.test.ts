import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Chart } from 'chart.js';
import { AttachedPlatform } from './chartjs.ts';

/** A stand-in chart: only what the platform's listeners touch. */
function fakeChart() {
	const canvas = { addEventListener: vi.fn(), removeEventListener: vi.fn() };
	return { canvas, chart: { canvas } as unknown as Chart & { $proxies?: Record<string, unknown> } };
}

describe('AttachedPlatform (issue 10: no document-wide watch per chart)', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('does not watch the whole document for the canvas coming or going', () => {
		const observe = vi.fn();
		vi.stubGlobal(
			'MutationObserver',
			class {
				observe = observe;
				disconnect() {}
			}
		);
		const { chart } = fakeChart();
		const platform = new AttachedPlatform();
		platform.addEventListener(chart, 'attach', () => undefined);
		platform.addEventListener(chart, 'detach', () => undefined);
		expect(observe).not.toHaveBeenCalled();
		expect(chart.$proxies?.attach).toBeUndefined();
		expect(chart.$proxies?.detach).toBeUndefined();
		// Removing what was never added is harmless (Chart.js does so when it unbinds).
		expect(() => platform.removeEventListener(chart, 'detach', () => undefined)).not.toThrow();
	});

	it('still listens to the canvas for pointer events (tooltips)', () => {
		const { canvas, chart } = fakeChart();
		new AttachedPlatform().addEventListener(chart, 'mousemove', () => undefined);
		expect(canvas.addEventListener).toHaveBeenCalledWith(
			'mousemove',
			expect.any(Function),
			expect.anything()
		);
	});
});
