/** Runs the sensitivity analysis off the main thread. */
// Straight from the module: the worker needs the engine, not the schema (zod) or presets.
import type { Scenario } from '../model/schema.ts';
import { analyseSensitivity } from '../model/sensitivity.ts';

self.onmessage = (event: MessageEvent<{ id: number; scenario: Scenario }>) => {
	const { id, scenario } = event.data;
	try {
		self.postMessage({ id, result: analyseSensitivity(scenario) });
	} catch (e) {
		self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
	}
};
