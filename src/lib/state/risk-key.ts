/**
 * What a risk simulation depends on: a scenario's inputs without its name. Plain module: the risk
 * runner (screen) and the exports' simulation share it.
 */
import type { Scenario } from '../model/schema.ts';

/** The numbers key of each scenario seen (scenarios are replaced on every edit, never changed). */
const keys = new WeakMap<Scenario, string>();

/**
 * A scenario's inputs without its name: a rename changes no simulated future. Computed once per
 * scenario object (one JSON text of a shallow copy, no replacer, which would be called for every
 * value), so checking whether a result is current costs a lookup on every redraw.
 */
export function numbersKey(scenario: Scenario): string {
	let key = keys.get(scenario);
	if (key === undefined) {
		// The spread keeps the keys' order, so `name` stays in its place with an empty value.
		key = JSON.stringify({ ...scenario, name: '' });
		keys.set(scenario, key);
	}
	return key;
}
