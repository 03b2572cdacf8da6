/** Finds the best mix off the main thread; the solver (yalps) is loaded only here. */
import type { BestMixRequest, BestMixResponse } from './best-mix.ts';
import { optimizeScenario } from '../model/optimize.ts';

self.onmessage = (event: MessageEvent<BestMixRequest>) => {
	const { id, scenario } = event.data;
	let response: BestMixResponse;
	try {
		response = { id, result: optimizeScenario(scenario) };
	} catch (e) {
		response = { id, error: e instanceof Error ? e.message : String(e) };
	}
	self.postMessage(response);
};
