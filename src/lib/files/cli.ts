/**
 * The command line `npm run evaluate -- <file.json> [--format json|md] [--monthly]`, as a pure
 * function over an injected IO so it can be tested without a process. It reads a scenario file
 * (every scenario in it is evaluated) or a bare scenario JSON, validates it with the same parser
 * the app uses, runs the same model, and prints JSON or a Markdown summary.
 *
 * Exit codes: 0 success (also for --help), 2 bad usage, unreadable file or invalid content.
 */
import {
	columnTotals,
	evaluateScenario,
	LAYERS,
	resultColumns,
	type ColumnId,
	type OptionId,
	type OptionMetrics,
	type Scenario,
	type ScenarioResult
} from '../model/index.ts';
import { en } from '../i18n/messages-all.ts';
import { recommendationText } from '../i18n/recommendation.ts';
import {
	formatMoney,
	formatMoneyShort,
	formatNumber,
	formatPercent,
	NO_VALUE,
	plural
} from '../i18n/format.ts';
import { bestMixText } from '../i18n/plan-text.ts';
import type { OptimizeResult } from '../model/optimize.ts';
import { decodeFileBytes } from './file-text.ts';
import { MAX_FILE_BYTES, parseScenarioFile, type StoredScenario } from './scenario-file.ts';
import { issueSentence } from '../i18n/issues.ts';
import {
	MAX_SEED,
	MAX_SIMULATIONS,
	MIN_SIMULATIONS,
	parseWholeFlag,
	simulateForCli,
	uncertaintyMarkdown,
	uncertaintyToJson,
	type SimulationFlags
} from './cli-uncertainty.ts';
import { messageForImportError, messageForImportWarning } from './import-messages.ts';

export interface EvaluateIo {
	/**
	 * The file's bytes (decoded as the browser does: UTF-8, or UTF-16 with a byte order mark), or
	 * its text. Rejects with a Node-style error (`code` ENOENT, EISDIR, ...) if unreadable.
	 */
	readFile(path: string): Promise<Uint8Array | string>;
	/** Size in bytes, if the caller can tell before reading (lets huge files fail fast). */
	fileSize?(path: string): Promise<number>;
	stdout(text: string): void;
	stderr(text: string): void;
}

export const USAGE = `Usage: npm run evaluate -- <file.json> [--format json|md] [--monthly] [--optimize] [--simulations N [--seed S]]

Evaluates every scenario in a Build or Buy scenario file (or a single scenario JSON)
with the app's model and prints the results.

  --format json   all totals and per-option metrics as JSON (default)
  --format md     a Markdown summary: recommendation, key figures, break-even
  --monthly       include monthly series in the JSON output
  --optimize      add the best mix per scenario (counts per role, value on the
                  decision measure, binding constraints and what relaxing each saves)
  --simulations N add a Monte Carlo simulation of N futures (100 to 100,000) to each scenario:
                  mean, P10, P50, P90 and the probability of being cheapest per option
  --seed S        seed of the simulation (0 to 4294967295; default: the scenario's own)
  --help          show this help

Exit codes: 0 ok, 2 bad usage, unreadable file or invalid scenario.`;

interface Args {
	file: string;
	format: 'json' | 'md';
	monthly: boolean;
	/** Plan (issue 12): search the best mix of every scenario. */
	optimize: boolean;
	/** Monte Carlo (risk): null without --simulations. */
	simulation: SimulationFlags | null;
}

type ArgsResult = { ok: true; args: Args } | { ok: false; help: boolean; message?: string };

export function parseArgs(argv: readonly string[]): ArgsResult {
	let file: string | null = null;
	let format: Args['format'] = 'json';
	let monthly = false;
	let optimize = false;
	let runs: number | null = null;
	let seed: number | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--help' || a === '-h') return { ok: false, help: true };
		if (a === '--monthly') monthly = true;
		else if (a === '--optimize') optimize = true;
		else if (a === '--simulations' || a.startsWith('--simulations=')) {
			const value = a === '--simulations' ? argv[++i] : a.slice('--simulations='.length);
			const n = parseWholeFlag('--simulations', value, MIN_SIMULATIONS, MAX_SIMULATIONS);
			if (!n.ok) return { ok: false, help: false, message: n.message };
			runs = n.value;
		} else if (a === '--seed' || a.startsWith('--seed=')) {
			const value = a === '--seed' ? argv[++i] : a.slice('--seed='.length);
			const n = parseWholeFlag('--seed', value, 0, MAX_SEED);
			if (!n.ok) return { ok: false, help: false, message: n.message };
			seed = n.value;
		} else if (a === '--format' || a.startsWith('--format=')) {
			const value = a === '--format' ? argv[++i] : a.slice('--format='.length);
			if (value === 'json' || value === 'md') format = value;
			else if (value === 'markdown') format = 'md';
			else return { ok: false, help: false, message: `Unknown format: ${value ?? '(none)'}` };
		} else if (a.startsWith('-') && a !== '-') {
			return { ok: false, help: false, message: `Unknown option: ${a}` };
		} else if (file === null) file = a;
		else
			return {
				ok: false,
				help: false,
				message: `Only one file at a time (got "${file}" and "${a}").`
			};
	}
	if (file === null) return { ok: false, help: false, message: 'No file given.' };
	if (seed !== null && runs === null)
		return { ok: false, help: false, message: '--seed needs --simulations N.' };
	const simulation = runs === null ? null : { runs, seed };
	return { ok: true, args: { file, format, monthly, optimize, simulation } };
}

function readError(path: string, err: unknown): string {
	const code = (err as { code?: string } | null)?.code;
	if (code === 'ENOENT') return `File not found: ${path}`;
	if (code === 'EISDIR') return `Not a file (it is a folder): ${path}`;
	if (code === 'EACCES' || code === 'EPERM') return `Permission denied: ${path}`;
	return `Could not read ${path}: ${err instanceof Error ? err.message : String(err)}`;
}

/** Run the command. Resolves to the exit code; never rejects. */
export async function runEvaluate(argv: readonly string[], io: EvaluateIo): Promise<number> {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		if (parsed.help) {
			io.stdout(USAGE + '\n');
			return 0;
		}
		io.stderr(`evaluate: ${parsed.message}\n\n${USAGE}\n`);
		return 2;
	}
	const { file, format, monthly, optimize, simulation } = parsed.args;
	let text: string;
	try {
		if (io.fileSize) {
			const size = await io.fileSize(file);
			if (size > MAX_FILE_BYTES) {
				const message = messageForImportError(
					{
						code: 'too-large',
						bytes: size,
						limitBytes: MAX_FILE_BYTES
					},
					en
				);
				io.stderr(`evaluate: ${file}: ${message}\n`);
				return 2;
			}
		}
		const content = await io.readFile(file);
		text = typeof content === 'string' ? content : decodeFileBytes(content);
	} catch (err) {
		io.stderr(`evaluate: ${readError(file, err)}\n`);
		return 2;
	}
	// Deterministic ids for entries without one, so the same file always gives the same output.
	let nextId = 0;
	const result = parseScenarioFile(text, { newId: () => `scenario-${++nextId}` });
	if (!result.ok) {
		let message = `evaluate: ${file}: ${messageForImportError(result.error, en)}\n`;
		if (result.error.code === 'invalid-scenario' && result.error.issues.length > 1) {
			const { issues, pathNames, currency } = result.error;
			message += issues
				.map((issue) => `  - ${issueSentence(issue, { t: en, pathNames, currency })}\n`)
				.join('');
		}
		io.stderr(message);
		return 2;
	}
	try {
		// The solver loads only when asked for (it is not part of the app's first load either).
		const optimizer = optimize ? await import('../model/optimize.ts') : null;
		const evaluated = result.scenarios.map((stored) => ({
			stored,
			result: evaluateScenario(stored.scenario),
			best: optimizer ? optimizer.optimizeScenario(stored.scenario) : null,
			uncertainty: simulation ? simulateForCli(stored.scenario, simulation) : null
		}));
		const warnings = result.warnings
			.filter((w) => w.code !== 'bare-scenario')
			.map((w) => messageForImportWarning(w, en));
		for (const w of warnings) io.stderr(`evaluate: note: ${w}\n`);
		if (format === 'md') {
			io.stdout(
				evaluated
					.map(
						(e) =>
							toMarkdown(e.stored.scenario, e.result) +
							bestMixMarkdown(e.stored.scenario, e.result, e.best) +
							(e.uncertainty ? '\n' + uncertaintyMarkdown(e.stored.scenario, e.uncertainty) : '')
					)
					.join('\n---\n\n')
			);
		} else {
			const out = {
				file,
				fileVersion: result.file.version,
				appVersion: result.file.appVersion,
				warnings,
				scenarios: evaluated.map((e) => {
					const json = {
						...toJson(e.stored, e.result, monthly),
						...(e.uncertainty ? { uncertainty: uncertaintyToJson(e.uncertainty) } : {})
					};
					return e.best ? { ...json, plan: bestMixToJson(e.stored.scenario, e.best) } : json;
				})
			};
			io.stdout(JSON.stringify(out, null, 2) + '\n');
		}
		return 0;
	} catch (err) {
		// A model failure on a valid scenario is a bug; report it rather than crash.
		io.stderr(`evaluate: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	}
}

// ---------------------------------------------------------------------------------------------
// JSON

function plain(series: ArrayLike<number>): number[] {
	return Array.from(series);
}

/** One option's metrics as plain JSON (monthly series only when asked). */
export function optionToJson(m: OptionMetrics, monthly: boolean) {
	const out: Record<string, unknown> = {
		nominal: { ...m.nominal },
		npv: { ...m.npv },
		componentNpv: { ...m.componentNpv },
		productiveFteMonths: m.productiveFteMonths,
		costPerProductiveFteMonth: m.costPerProductiveFteMonth,
		monthsToFullCapacity: m.monthsToFullCapacity,
		costPerHire: m.costPerHire,
		hires: m.hires
	};
	if (monthly) {
		const components: Record<string, number[]> = {};
		for (const [id, s] of Object.entries(m.series.components)) components[id] = plain(s);
		out.monthly = {
			cash: plain(m.monthly.cash),
			internal: plain(m.monthly.internal),
			shortfall: plain(m.monthly.shortfall),
			economic: plain(m.monthly.economic),
			cumulativeEconomic: plain(m.cumulative.economic),
			cumulativeCash: plain(m.cumulative.cash),
			productiveFte: plain(m.series.productiveFte),
			peopleInRole: plain(m.series.peopleInRole),
			neededFte: plain(m.series.neededFte),
			hires: plain(m.series.hires),
			components
		};
	}
	return out;
}

function optionsToJson(
	options: OptionId[],
	metrics: Record<OptionId, OptionMetrics | undefined>,
	monthly: boolean
) {
	const out: Record<string, unknown> = {};
	for (const o of options) {
		const m = metrics[o];
		if (m) out[o] = optionToJson(m, monthly);
	}
	return out;
}

/** A scenario's results as plain JSON. */
export function resultToJson(stored: StoredScenario, result: ScenarioResult, monthly: boolean) {
	return toJson(stored, result, monthly);
}

function toJson(stored: StoredScenario, result: ScenarioResult, monthly: boolean) {
	const { scenario } = stored;
	return {
		id: stored.id,
		name: scenario.name,
		currency: scenario.currency,
		locale: scenario.locale,
		horizonMonths: result.horizonMonths,
		discountRatePerYear: scenario.settings.discountRatePerYear,
		decisionMeasure: scenario.settings.decisionMeasure,
		options: [...result.options],
		recommendation: {
			...result.recommendation,
			mainReason: result.recommendation.mainReason ? { ...result.recommendation.mainReason } : null,
			sentence: recommendationSentence(scenario, result)
		},
		winners: { ...result.winners },
		breakEven: result.breakEven ? { ...result.breakEven } : null,
		totals: {
			...optionsToJson(result.options, result.totals, monthly),
			...planTotalsToJson(result, monthly)
		},
		roles: result.roles.map((role, i) => ({
			name: role.name,
			headcount: role.headcount,
			training: { ...role.training },
			options: {
				...optionsToJson(result.options, role.options, monthly),
				...planRoleToJson(result, i, monthly)
			},
			...(result.plan ? { plan: { ...result.plan.roles[i].plan } } : {})
		}))
	};
}

// Plan (issue 12): a stored mix is evaluated like any option ("plan" beside the options), doing
// nothing is a reference total, and --optimize adds the best mix.

/** Doing nothing's layers (only the shortfall is not zero) and "plan" when a role has a mix. */
function planTotalsToJson(result: ScenarioResult, monthly: boolean): Record<string, unknown> {
	const d = result.doNothing;
	const layers = (shortfall: number) => ({ cash: 0, internal: 0, shortfall, economic: shortfall });
	const out: Record<string, unknown> = {
		doNothing: {
			nominal: layers(d.nominal),
			npv: layers(d.npv),
			...(monthly ? { monthly: { shortfall: plain(d.monthly) } } : {})
		}
	};
	if (result.plan) out.plan = optionToJson(result.plan.totals, monthly);
	return out;
}

function planRoleToJson(result: ScenarioResult, role: number, monthly: boolean) {
	const p = result.plan?.roles[role];
	return p ? { plan: optionToJson(p.metrics, monthly) } : {};
}

/** The best mix as the CLI's JSON: counts per role, the value on the decision measure, binding. */
export function bestMixToJson(scenario: Scenario, best: OptimizeResult) {
	return {
		status: best.status,
		measure: best.measure,
		value: best.value,
		roles: (best.plans ?? []).map((p, i) => ({
			name: scenario.roles[i].name,
			buy: p.buy,
			build: p.build,
			borrow: p.borrow,
			bridging: { buy: p.bridgedBuy, build: p.bridgedBuild }
		})),
		binding: best.binding.map((b) => ({
			...b,
			role: b.role === null ? null : scenario.roles[b.role].name
		})),
		conflicts: [...best.conflicts],
		pureFeasible: { ...best.pureFeasible },
		sentences: bestMixSentences(scenario, best)
	};
}

function bestMixSentences(scenario: Scenario, best: OptimizeResult): string[] {
	const text = bestMixText(
		best,
		evaluateScenario(scenario),
		scenario.roles.map((r) => r.name),
		scenario.currency,
		scenario.locale,
		en
	);
	if (text.infeasible) return [text.infeasible];
	return [text.value, text.comparison, ...text.binding].filter(Boolean);
}

function bestMixMarkdown(
	scenario: Scenario,
	result: ScenarioResult,
	best: OptimizeResult | null
): string {
	const lines = [
		'',
		`**${en.plan.doNothing(formatMoneyShort(result.doNothing.npv, scenario.currency, scenario.locale), result.horizonMonths).replace(/\.$/, '')}.**`,
		''
	];
	if (!best) return lines.join('\n');
	const text = bestMixText(
		best,
		result,
		scenario.roles.map((r) => r.name),
		scenario.currency,
		scenario.locale,
		en
	);
	lines.push(`## ${en.plan.bestMix}`, '');
	if (text.infeasible) lines.push(text.infeasible, '');
	else {
		lines.push(...text.roles.map((r) => `- ${escapeMarkdown(r.name)}: ${r.mix}`), '');
		lines.push([text.value, text.comparison].filter(Boolean).join(' '), '');
		lines.push(...text.binding.map((b) => `- ${escapeMarkdown(b)}`), '');
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Text from a file inside Markdown: no HTML, no table breaks, no emphasis. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\r\n]+/g, ' ')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/([\\`*_[\]|#])/g, '\\$1');
}

/** The recommendation in words (the same text the app shows): headline and main reason. */
export function recommendationSentence(scenario: Scenario, result: ScenarioResult): string {
	const text = recommendationText(result, scenario.currency, scenario.locale, en);
	return [text.headline, text.reason].filter(Boolean).join(' ');
}

/** Break-even of build against buy in words. */
export function breakEvenSentence(scenario: Scenario, result: ScenarioResult): string {
	const text = recommendationText(result, scenario.currency, scenario.locale, en).breakEven;
	return text || `${en.options.buy} and ${en.options.build} cost the same month by month.`;
}

function toMarkdown(scenario: Scenario, result: ScenarioResult): string {
	const { currency, locale } = scenario;
	const money = (v: number | null) => formatMoney(v, currency, locale);
	const months = (v: number | null) =>
		v === null ? en.results.notWithinHorizon : formatNumber(v, locale, 0);
	// The pure options, then "Your plan" when a role has a mix.
	const options = resultColumns(result);
	const totals = columnTotals(result);
	const t = (o: ColumnId) => totals[o]!;
	const rows: [string, (o: ColumnId) => string][] = [
		[en.measures.economicNpv, (o) => money(t(o).npv.economic)],
		...LAYERS.map((layer): [string, (o: ColumnId) => string] => [
			`${en.layers[layer]} (NPV)`,
			(o) => money(t(o).npv[layer])
		]),
		['Economic cost (nominal)', (o) => money(t(o).nominal.economic)],
		[en.measures.monthsToFullCapacity, (o) => months(t(o).monthsToFullCapacity)],
		['Productive FTE-months', (o) => formatNumber(t(o).productiveFteMonths, locale, 1)],
		[en.measures.costPerProductiveFteMonth, (o) => money(t(o).costPerProductiveFteMonth)],
		['Cost per hire', (o) => (t(o).hires > 1e-9 ? money(t(o).costPerHire) : NO_VALUE)],
		['Expected hires', (o) => formatNumber(t(o).hires, locale, 1)]
	];
	const winner = result.recommendation.winner;
	const header = `| Measure | ${options.map((o) => (o === winner ? `**${en.options[o]}**` : en.options[o])).join(' | ')} |`;
	const align = `| --- | ${options.map(() => '---:').join(' | ')} |`;
	const body = rows.map(([label, cell]) => `| ${label} | ${options.map(cell).join(' | ')} |`);
	const lines = [
		`# ${escapeMarkdown(scenario.name)}`,
		'',
		`**Recommendation:** ${recommendationSentence(scenario, result)}`,
		'',
		`${scenario.roles.length} ${plural(scenario.roles.length, { one: 'role', other: 'roles' }, en)}, ${result.roles.reduce((a, r) => a + r.headcount, 0)} people needed; horizon ${result.horizonMonths} months; discount rate ${formatPercent(scenario.settings.discountRatePerYear, 'en-US')} per year; amounts in ${currency}.`,
		'',
		header,
		align,
		...body,
		'',
		`**Break-even:** ${breakEvenSentence(scenario, result)}`,
		'',
		recommendationText(result, currency, locale, en).capacity,
		''
	];
	if (result.roles.length > 1) {
		lines.push(
			'## Per role (economic cost, NPV)',
			'',
			`| Role | People | ${options.map((o) => en.options[o]).join(' | ')} |`,
			`| --- | ---: | ${options.map(() => '---:').join(' | ')} |`,
			...result.roles.map(
				(r) =>
					`| ${escapeMarkdown(r.name)} | ${r.headcount} | ${options.map((o) => money((o === 'plan' ? result.plan?.roles[result.roles.indexOf(r)]?.metrics : r.options[o])?.npv.economic ?? null)).join(' | ')} |`
			),
			''
		);
	}
	return lines.join('\n');
}
