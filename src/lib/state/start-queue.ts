/**
 * Start-up in small steps: parts of the page that are prerendered and then brought to life
 * (hydrated) one by one, each in its own task, so that no single task keeps the browser from
 * responding (Lighthouse counts every task over 50 ms as blocking). `later` queues a step;
 * `whenStarted` resolves once every step queued so far, and any queued while they ran, has run.
 */
type Job = () => void;

const queue: Job[] = [];
let scheduled = false;
let waiting: (() => void)[] = [];
/** The steps wait for this (e.g. data they need being loaded elsewhere) before the first runs. */
let gate: Promise<void> = Promise.resolve();
let gateOpen = true;

/** The next task (a message is not clamped the way a nested timeout is). */
export function nextTask(fn: () => void): void {
	if (typeof MessageChannel === 'undefined') {
		setTimeout(fn, 0);
		return;
	}
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		fn();
	};
	channel.port2.postMessage(null);
}

/** A promise of the next task (see `nextTask`). */
export function untilNextTask(): Promise<void> {
	return new Promise((resolve) => nextTask(resolve));
}

function run(): void {
	scheduled = false;
	const job = queue.shift();
	if (job) {
		try {
			job();
		} catch (e) {
			// One part failing to start must not keep the others (or the app's start) waiting.
			console.error(e);
		}
	}
	if (queue.length > 0) schedule();
	else {
		const done = waiting;
		waiting = [];
		for (const resolve of done) resolve();
	}
}

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	if (gateOpen) nextTask(run);
	else void gate.then(() => nextTask(run));
}

/** Hold the steps until `promise` settles (steps queued meanwhile wait; later ones do not). */
export function holdUntil(promise: Promise<unknown>): void {
	gateOpen = false;
	const held = promise.then(
		() => undefined,
		() => undefined
	);
	gate = held;
	void held.then(() => {
		if (gate === held) gateOpen = true;
	});
}

/** A step for a later task. Returns a function that drops it if it has not run yet. */
export function later(job: Job): () => void {
	queue.push(job);
	schedule();
	return () => {
		const i = queue.indexOf(job);
		if (i >= 0) queue.splice(i, 1);
	};
}

/** Resolves once no step is left to run. */
export function whenStarted(): Promise<void> {
	if (queue.length === 0 && !scheduled) return Promise.resolve();
	return new Promise((resolve) => waiting.push(resolve));
}

/**
 * Resolves once the browser has painted what it has (the prerendered page): after the next
 * animation frame, in the task after it. At once where no frame comes (a hidden tab).
 */
export function afterPaint(): Promise<void> {
	if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') {
		return Promise.resolve();
	}
	return new Promise((resolve) => requestAnimationFrame(() => nextTask(resolve)));
}

/**
 * Work in small steps while the browser is idle: `step` runs once per idle period until it returns
 * false. Returns a function that stops it.
 */
export function inSteps(step: () => boolean): () => void {
	let stopped = false;
	const idle: (fn: () => void) => void =
		typeof requestIdleCallback === 'function'
			? (fn) => requestIdleCallback(fn, { timeout: 1000 })
			: (fn) => setTimeout(fn, 0);
	const run = () => {
		if (!stopped && step()) idle(run);
	};
	idle(run);
	return () => {
		stopped = true;
	};
}
