// src/hooks.client.ts gives a reloaded entry a fresh index under SvelteKit's own key in
// history.state, so Kit does not restore the scroll a second time, after the reader may
// have moved on; it keeps the entry's navigation index, so Kit still takes Back and Forward
// across the reload for moves within the page. Both keys are private to Kit: if a new
// version renames them, or stops reading them where the hook relies on it, the hook would
// silently do nothing or do harm. This check reads Kit's source at build time and fails
// the build instead.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { KIT_HISTORY_INDEX, KIT_NAVIGATION_INDEX } from '../../src/lib/kit-private.ts';

/** What the hook relies on, each as Kit 2.70's source writes it. */
const RELIED_ON = {
	constants: [
		`export const HISTORY_INDEX = '${KIT_HISTORY_INDEX}';`,
		`export const NAVIGATION_INDEX = '${KIT_NAVIGATION_INDEX}';`
	],
	client: [
		// On start: the entry's indices are read from history.state; a missing history
		// index starts both afresh.
		'current_history_index = history.state?.[HISTORY_INDEX];',
		'current_navigation_index = history.state?.[NAVIGATION_INDEX];',
		'const scroll = scroll_positions[current_history_index];',
		// On popstate: an entry of the same navigation is a move within the page.
		'navigation_index === current_navigation_index'
	]
};

export function kitHistoryKeyChecked(): Plugin {
	return {
		name: 'kit-history-key-checked',
		buildStart() {
			const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
			const read = (file: string) => readFileSync(join(kit, 'src/runtime/client', file), 'utf8');
			const sources = { constants: read('constants.js'), client: read('client.js') };
			for (const [file, needles] of Object.entries(RELIED_ON))
				for (const needle of needles)
					if (!sources[file as keyof typeof sources].includes(needle))
						throw new Error(
							`SvelteKit's ${file}.js no longer has \`${needle}\`: src/hooks.client.ts relies on how Kit keeps history entries' indices in history.state. See docs/upgrading.md.`
						);
		}
	};
}
