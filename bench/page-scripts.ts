/**
 * The scripts a built page names, in build order: the module preloads in its head (if any), the
 * files its start script preloads after the first paint (src/lib/server/start-after-paint.ts) and
 * the ones it imports. Paths as the page writes them, relative to the build's root.
 */
export function pageScripts(html: string): string[] {
	return [
		...new Set(
			[
				...html.matchAll(/<link href="\.\/([^"]+\.js)" rel="modulepreload"/g),
				...html.matchAll(/"\.\/(_app\/immutable\/[^"]+\.js)"/g)
			].map((m) => m[1])
		)
	];
}
