// The project's Vite config, for an edition's preview server (preview.ts): its dependencies
// optimised into a folder of its own (the editions' servers share it, one running at a time),
// so that it and the English preview's server never rewrite each other's files.
import { mergeConfig } from 'vite';
import config from '../../vite.config.ts';

export default mergeConfig(config, {
	cacheDir: 'node_modules/.cache/editor-preview/vite'
});
