/** Runs the Monte Carlo simulation off the main thread, in batches, superseded by newer requests. */
import { runBatches, type RiskReply, type RiskRequest } from './risk-batches.ts';

/** The run still wanted (0: none). */
let current = 0;

self.onmessage = (event: MessageEvent<RiskRequest>) => {
	const request = event.data;
	if (request.type === 'cancel') {
		current = 0;
		return;
	}
	const { id, scenario, settings } = request;
	current = id;
	runBatches(
		id,
		scenario,
		settings,
		(reply: RiskReply) => self.postMessage(reply),
		() => current === id,
		// Between batches the worker reads its messages, so a newer request or a cancel stops this run.
		(f) => setTimeout(f, 0)
	);
};
