/**
 * How a running simulation reaches the screen without a long task (issue 11: "no main-thread task
 * over 50 ms while a simulation runs"). The worker's batches arrive faster than a page should
 * redraw; each batch is shown in stages, one stage per animation frame, so no single task holds
 * more than one of them:
 * 1. the figures (table, sentence, progress): the latest batch, at most once every `redrawMs`
 *    (the first batch of a run at once);
 * 2. the histogram, in the next frame: on the last batch, and during a long run at most once every
 *    `chartMs` from its start; on a run's first batch only when no histogram has been drawn yet
 *    (the panel's first figures). A histogram is a whole Chart.js update and draw, the costliest
 *    thing a batch can ask for: while a run is under way the panel shows the previous one, dimmed;
 * 3. the P10-P90 band on the cumulative cost chart, in the frame after: the last batch only.
 * Replies that arrive together are drawn once, with the latest figures. `reset()` (a new run or a
 * cancel) drops every stage not yet shown. Plain module with injected clocks: unit-tested.
 */

/** Least time between two redraws of a run's figures (ms): progress a reader can follow. */
export const REDRAW_MS = 250;
/** Least time between two redraws of the histogram during a run (ms): a chart is the costly part. */
export const CHART_MS = 2000;

/** The three things drawn from a batch, each in its own frame. */
export interface RiskStages<R> {
	figures(reply: R): void;
	chart(reply: R): void;
	band(reply: R): void;
}

export interface FrameClock {
	/** Run `f` in the next animation frame (a task of its own). */
	frame(f: () => void): void;
	/** Run `f` after `ms` milliseconds. */
	later(f: () => void, ms: number): void;
	now(): number;
}

export class RiskFrames<R extends { done: boolean }> {
	readonly #stages: RiskStages<R>;
	readonly #clock: FrameClock;
	readonly #redrawMs: number;
	readonly #chartMs: number;
	/** Bumped by `reset`: frames booked before it do nothing. */
	#generation = 0;
	/** The latest batch whose figures are not shown yet; the batch whose histogram, band is due. */
	#latest: R | null = null;
	#chart: R | null = null;
	#band: R | null = null;
	/** A frame (or the wait before one) is booked. */
	#booked = false;
	/** When the figures and the histogram were last drawn in this run (-Infinity: not yet). */
	#figuresAt = -Infinity;
	#chartAt = -Infinity;
	/** Whether a histogram has been drawn at all (in any run): the first run draws its first batch's. */
	#chartDrawn = false;

	constructor(stages: RiskStages<R>, clock: FrameClock, redrawMs = REDRAW_MS, chartMs = CHART_MS) {
		this.#stages = stages;
		this.#clock = clock;
		this.#redrawMs = redrawMs;
		this.#chartMs = chartMs;
	}

	/** A new run (or none): forget what was not shown; its first batch will show at once. */
	reset(): void {
		this.#generation++;
		this.#latest = this.#chart = this.#band = null;
		this.#booked = false;
		this.#figuresAt = -Infinity;
		this.#chartAt = -Infinity;
	}

	/** A batch arrived: show it in stages (see the module's comment). */
	push(reply: R): void {
		this.#latest = reply;
		this.#book();
	}

	/** Book the next frame that has something to draw (the figures wait for `redrawMs`). */
	#book(): void {
		if (this.#booked) return;
		const latest = this.#latest;
		if (!this.#band && !this.#chart && !latest) return;
		this.#booked = true;
		const generation = this.#generation;
		const frame = () => this.#clock.frame(() => this.#pump(generation));
		const wait =
			this.#band || this.#chart || latest!.done
				? 0
				: this.#figuresAt + this.#redrawMs - this.#clock.now();
		if (wait > 0) this.#clock.later(frame, wait);
		else frame();
	}

	/** One frame: one stage (band, else histogram, else figures), then book the next. */
	#pump(generation: number): void {
		if (generation !== this.#generation) return;
		this.#booked = false;
		const now = this.#clock.now();
		if (this.#band) {
			const reply = this.#band;
			this.#band = null;
			this.#stages.band(reply);
		} else if (this.#chart) {
			const reply = this.#chart;
			this.#chart = null;
			this.#chartAt = now;
			this.#chartDrawn = true;
			this.#stages.chart(reply);
			if (reply.done) this.#band = reply;
		} else if (this.#latest) {
			const reply = this.#latest;
			this.#latest = null;
			const first = this.#figuresAt === -Infinity;
			// The run's start counts as a drawing: the next one is due `chartMs` after it.
			if (first) this.#chartAt = now;
			this.#figuresAt = now;
			this.#stages.figures(reply);
			if (
				reply.done ||
				(first && !this.#chartDrawn) ||
				(!first && now - this.#chartAt >= this.#chartMs)
			)
				this.#chart = reply;
		}
		this.#book();
	}
}
