// Where a build's interface messages (Paraglide's output) are written. The dev server, the
// unit tests and a build into build/ use src/lib/paraglide/; a build into BUILD_DIR (an
// edition's folder, a test's site, the benchmark's stories) writes them beside Kit's files
// for that folder, so builds can run side by side (npm test runs two at a time): Paraglide
// rewrites its output as each build starts, the edition's locale included, and builds
// sharing one folder would read each other's files, or another edition's language.
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const SHARED_MESSAGES = 'src/lib/paraglide';

/** The messages' folder for this build: its own beside `kitDir` when BUILD_DIR is set. */
export function messagesFolder(kitDir: string | undefined): string {
	return process.env.BUILD_DIR && kitDir ? `${kitDir}/paraglide` : SHARED_MESSAGES;
}

/**
 * Resolves `$lib/paraglide/…` to `folder`. Listed after sveltekit(): Vite puts a later
 * plugin's aliases first, ahead of Kit's `$lib`. Should that order change, the build stops
 * rather than read the shared folder.
 */
export function messagesFrom(folder: string): Plugin {
	const shared = resolve(SHARED_MESSAGES) + sep;
	const own = folder !== SHARED_MESSAGES;
	return {
		name: 'messages-folder',
		config: () =>
			own
				? {
						resolve: {
							alias: [{ find: /^\$lib\/paraglide\//, replacement: `${resolve(folder)}/` }]
						}
					}
				: {},
		load(id) {
			if (own && id.startsWith(shared))
				throw new Error(
					`messages-folder: ${id} was read from the shared ${SHARED_MESSAGES}/ in a build into BUILD_DIR (tools/messages-folder.ts)`
				);
			return null;
		}
	};
}
