/**
 * When a part of the page is worth its work: near the view (within `margin` of it, also inside a
 * scrolling column) and the browser idle. The first view draws what a person sees first; what is
 * further down loads and renders as it comes near, each piece in its own short task.
 */

/** Within half a screen of the view, in the page and in a scrolling column alike. */
const NEAR = '50% 0px';

/**
 * Calls `near` once, when `node` comes within half a screen of the view. Returns a function that
 * stops watching. Without IntersectionObserver (very old browsers) it calls at once.
 */
export function whenNear(node: Element, near: () => void, margin = NEAR): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		near();
		return () => undefined;
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			near();
		},
		{ rootMargin: margin, scrollMargin: margin }
	);
	observer.observe(node);
	return () => observer.disconnect();
}

/**
 * Resolves when the browser is idle (at most `timeoutMs` later), in a task of its own: work started
 * here does not lengthen the task that asked for it.
 */
export function idle(timeoutMs = 1000): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => resolve(), { timeout: timeoutMs });
		else setTimeout(resolve, 1);
	});
}
