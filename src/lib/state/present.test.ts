import { describe, expect, it } from 'vitest';
import { de, en } from '../i18n/messages-all.ts';
import {
	createScenario,
	evaluateScenario,
	PRESETS,
	type SensitivityInputId,
	type SensitivityResult,
	type UncertaintyResult
} from '../model/index.ts';
import {
	decisionFigures,
	FALLBACK_INPUTS,
	PRESENT_VIEWS,
	presentControls,
	riskFigures,
	slideFontSize,
	sliderFor,
	viewAfterKey
} from './present.ts';

/** A tornado whose rows come in the given order (only the ids matter to the sliders). */
function tornado(ids: SensitivityInputId[]): SensitivityResult {
	return { rows: ids.map((id) => ({ id })) } as unknown as SensitivityResult;
}

describe('viewAfterKey', () => {
	it('steps forward and back with the arrows and page keys, wrapping round', () => {
		expect(PRESENT_VIEWS).toEqual(['decision', 'cost', 'capacity', 'layers', 'risk']);
		expect(viewAfterKey('decision', 'ArrowRight')).toBe('cost');
		expect(viewAfterKey('cost', 'PageDown')).toBe('capacity');
		expect(viewAfterKey('risk', 'ArrowRight')).toBe('decision');
		expect(viewAfterKey('decision', 'ArrowLeft')).toBe('risk');
		expect(viewAfterKey('layers', 'PageUp')).toBe('capacity');
	});

	it('ignores other keys', () => {
		expect(viewAfterKey('cost', 'Enter')).toBeNull();
		expect(viewAfterKey('cost', 'ArrowUp')).toBeNull();
	});
});

describe('slideFontSize', () => {
	it('scales with the window between 13 and 48 px', () => {
		expect(slideFontSize(390)).toBe(13);
		expect(slideFontSize(1280)).toBe(13);
		expect(slideFontSize(1920)).toBe(20);
		expect(slideFontSize(3840)).toBe(40);
		expect(slideFontSize(7680)).toBe(48);
	});
});

describe('presentControls', () => {
	const scenario = createScenario({
		roles: [PRESETS[0].role(), { ...PRESETS[1].role(), name: 'Second' }]
	});
	scenario.roles[0].ranges = {};
	scenario.roles[1].ranges = {};

	it('starts with people needed, then the usual inputs until the tornado is known', () => {
		const controls = presentControls(scenario, 0, null, null, en);
		expect(controls.map((c) => c.id)).toEqual(['headcount', ...FALLBACK_INPUTS]);
		const people = controls[0];
		expect(people.label).toBe('People needed');
		expect(people.path).toEqual(['roles', 0, 'headcount']);
		expect(people.value).toBe(scenario.roles[0].headcount);
		expect([people.min, people.max, people.step]).toEqual([0, 30, 1]);
	});

	it("follows the tornado's order, skipping inputs without one field, at most five", () => {
		const ids: SensitivityInputId[] = [
			'discountRatePerYear',
			'trainingHours', // study hours per trainee: no single field, no slider
			'raiseRate',
			'agencyFeeRate',
			'externalRampWeeks',
			'courseFeesPerTrainee',
			'salaryPremiumRate'
		];
		const controls = presentControls(scenario, 1, tornado(ids), null, en);
		expect(controls.map((c) => c.id)).toEqual([
			'headcount',
			'discountRatePerYear',
			'raiseRate',
			'agencyFeeRate',
			'externalRampWeeks',
			'courseFeesPerTrainee'
		]);
		// The second role's fields; the discount rate is a setting.
		expect(controls[1].path).toEqual(['settings', 'discountRatePerYear']);
		expect(controls[4].path).toEqual(['roles', 1, 'buy', 'rampWeeks']);
		expect(controls[4].value).toBe(scenario.roles[1].buy.rampWeeks);
	});

	it('keeps the slider in use when the tornado drops its input', () => {
		const controls = presentControls(scenario, 0, tornado(['salaryPerYear']), 'billRatePerDay', en);
		expect(controls.map((c) => c.id)).toEqual(['headcount', 'salaryPerYear', 'billRatePerDay']);
	});

	it('holds the order the sliders had while one has focus (moving it would take its focus)', () => {
		const before = presentControls(
			scenario,
			0,
			tornado(['salaryPerYear', 'billRatePerDay', 'timeToFillDays']),
			null,
			en
		).map((c) => c.id);
		// The day rate's slider took focus; then the tornado ranks it first and drops the time to fill.
		const reranked = tornado(['billRatePerDay', 'salaryPerYear', 'raiseRate']);
		const held = presentControls(scenario, 0, reranked, 'billRatePerDay', en, before);
		expect(held.map((c) => c.id)).toEqual([
			'headcount',
			'salaryPerYear',
			'billRatePerDay',
			'raiseRate'
		]);
		// Without a slider in focus, the tornado's order again.
		expect(presentControls(scenario, 0, reranked, null, en).map((c) => c.id)).toEqual([
			'headcount',
			'billRatePerDay',
			'salaryPerYear',
			'raiseRate'
		]);
	});

	it('uses the last role when the chosen one is gone, and nothing without roles', () => {
		expect(presentControls(scenario, 5, null, null, en)[0].path).toEqual(['roles', 1, 'headcount']);
		expect(presentControls({ ...scenario, roles: [] }, 0, null, null, en)).toEqual([]);
	});
});

describe('sliderFor', () => {
	const scenario = createScenario();
	const role = scenario.roles[0];

	it('moves within the range of a ranged estimate', () => {
		const ranged = { ...role, ranges: { 'buy.timeToFillDays': { low: 30, high: 90 } } };
		const c = sliderFor('timeToFillDays', ranged, 0, scenario, en)!;
		expect([c.min, c.max]).toEqual([30, 90]);
		expect(c.show(45)).toBe('45 days');
	});

	it('reaches past its usual maximum to include the current value', () => {
		const dear = { ...role, ranges: {}, salaryPerYear: 500_000 };
		const c = sliderFor('salaryPerYear', dear, 0, scenario, en)!;
		expect([c.min, c.max, c.step]).toEqual([10_000, 500_000, 1_000]);
		expect(c.show(80_000)).toBe('$80,000');
	});

	it('labels and formats in the language and locale given', () => {
		const euro = createScenario({ currency: 'EUR', locale: 'de-DE' });
		const r = { ...euro.roles[0], ranges: {} };
		const c = sliderFor('successProbability', r, 0, euro, de)!;
		expect(c.label.charAt(0)).toBe(c.label.charAt(0).toUpperCase());
		expect(c.label.toLowerCase()).toBe(de.sensitivity.inputs.successProbability.toLowerCase());
		expect(c.show(0.5)).toBe(`50${'\u00a0'}%`);
		expect(sliderFor('valueMultiplier', r, 0, euro, de)!.show(1.5)).toBe(`1,5 ${de.units.times}`);
	});
});

describe('decisionFigures', () => {
	it("shows each option's value on the measure decided on, and its month to full capacity", () => {
		const scenario = createScenario();
		const result = evaluateScenario(scenario);
		const figures = decisionFigures(result, scenario, en);
		expect(figures.map((f) => f.option)).toEqual(result.options);
		expect(figures.filter((f) => f.winner).map((f) => f.option)).toEqual([
			result.recommendation.winner
		]);
		const buy = figures.find((f) => f.option === 'buy')!;
		expect(buy.big).toMatch(/^\$\d+(\.\d+)?[KM]$/);
		const months = result.totals.buy!.monthsToFullCapacity;
		expect(buy.lines[1]).toContain(`${months}`);
		expect(buy.lines[0]).toMatch(/cost/i);
	});
});

describe('riskFigures', () => {
	it('shows the share of futures in which each option is cheapest and its middle 80 %', () => {
		const scenario = createScenario();
		const risk = {
			options: ['buy', 'build'],
			perOption: {
				buy: { probabilityBest: 0.71, p10: 950_000, p90: 1_200_000 },
				build: { probabilityBest: 0.29, p10: 800_000, p90: 1_600_000 }
			},
			headline: { best: 'buy' }
		} as unknown as UncertaintyResult;
		const [buy, build] = riskFigures(risk, scenario, en);
		expect(buy).toEqual({
			option: 'buy',
			big: '71%',
			lines: [en.present.cheapestShare, en.present.middle80('$950K', '$1.2M')],
			winner: true
		});
		expect(build.big).toBe('29%');
		expect(build.winner).toBe(false);
	});
});
