// The project's Vite config, for an edition's preview server (preview.ts): its dependencies
// optimised into a folder of its own for each edition, so that it, the other editions' and
// the English preview's server never rewrite each other's files.
import { mergeConfig } from 'vite';
import config from '../../vite.config.ts';

export default mergeConfig(config, {
	cacheDir: `node_modules/.cache/editor-preview/${process.env.EDITION ?? 'en'}/vite`
});
