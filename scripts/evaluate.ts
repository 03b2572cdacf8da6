/**
 * `npm run evaluate -- <file.json> [--format json|md] [--monthly]`: the command line around
 * src/lib/files/cli.ts (which holds the logic and its tests). Exit code 2 on any input problem.
 */
import { readFile, stat } from 'node:fs/promises';
import { runEvaluate } from '../src/lib/files/cli.ts';

const code = await runEvaluate(process.argv.slice(2), {
	readFile: async (path) => new Uint8Array(await readFile(path)),
	fileSize: async (path) => (await stat(path)).size,
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
});
process.exitCode = code;
