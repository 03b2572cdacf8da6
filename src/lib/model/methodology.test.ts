/**
 * Re-runs the worked examples of docs/methodology.md (and checks that the German translation,
 * docs/methodology.de.md, carries the same ones): every ```json example``` block holds
 * {"scenario": partial scenario, "expect": {"path.into.result": number}, "digits"?: number}.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateScenario } from './evaluate.ts';
import { createScenario, type ScenarioInput } from './schema.ts';

interface Example {
	scenario: ScenarioInput;
	expect: Record<string, number>;
	digits?: number;
}

const read = (name: string) =>
	readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
const blocks = (doc: string) =>
	[...doc.matchAll(/```json example\n([\s\S]*?)\n```/g)].map((m) => m[1]);
const examples: Example[] = blocks(read('methodology.md')).map((b) => JSON.parse(b) as Example);

/** Follow a dotted path (object keys and array indices) into a value. */
function at(value: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]),
			value
		);
}

describe('docs/methodology.md worked examples', () => {
	it('has worked examples to check', () => {
		expect(examples.length).toBeGreaterThanOrEqual(5);
	});

	it('are the same in the German translation', () => {
		const german = blocks(read('methodology.de.md')).map((b) => JSON.parse(b) as Example);
		expect(german).toEqual(examples);
	});

	examples.forEach((example, i) => {
		it(`example ${i + 1}: ${Object.keys(example.expect).join(', ')}`, () => {
			const result = evaluateScenario(createScenario(example.scenario));
			for (const [path, expected] of Object.entries(example.expect)) {
				const actual = at(result, path);
				expect(typeof actual, path).toBe('number');
				// two digits: the document shows money to the cent
				expect(actual as number, path).toBeCloseTo(expected, example.digits ?? 2);
			}
		});
	});
});
