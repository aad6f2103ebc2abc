// src/hooks.client.ts deletes SvelteKit's own key from history.state on a reload, so Kit
// does not restore the scroll a second time, after the reader may have moved on. That key
// is private to Kit: if a new version renames it, the hook would silently do nothing.
// This check reads Kit's source at build time and fails the build instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { KIT_HISTORY_INDEX } from '../../src/lib/kit-private.ts';

export function kitHistoryKeyChecked(): Plugin {
	return {
		name: 'kit-history-key-checked',
		buildStart() {
			const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
			const constants = readFileSync(join(kit, 'src/runtime/client/constants.js'), 'utf8');
			const client = readFileSync(join(kit, 'src/runtime/client/client.js'), 'utf8');
			if (
				!constants.includes(`export const HISTORY_INDEX = '${KIT_HISTORY_INDEX}';`) ||
				!client.includes('history.state?.[HISTORY_INDEX]')
			)
				throw new Error(
					`SvelteKit no longer keeps a history entry's index under history.state["${KIT_HISTORY_INDEX}"]: src/hooks.client.ts would do nothing. See docs/upgrading.md.`
				);
		}
	};
}
