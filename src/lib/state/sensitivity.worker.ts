/** Runs the sensitivity analysis off the main thread. */
import { analyseSensitivity, type Scenario } from '../model/index.ts';

self.onmessage = (event: MessageEvent<{ id: number; scenario: Scenario }>) => {
	const { id, scenario } = event.data;
	try {
		self.postMessage({ id, result: analyseSensitivity(scenario) });
	} catch (e) {
		self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
	}
};
