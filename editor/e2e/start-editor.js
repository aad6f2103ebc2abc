// The editor's browser tests' server: a fresh copy of the built-in story (English and its
// Arabic and Russian editions, the sources it quotes) in a temporary folder (story.ts), then the
// editor on it, as a reporter starts it (`npm run edit -- <story>`).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [dir, port, previewPort, editionPreviewPort] = process.argv.slice(2);
const stories = fileURLToPath(new URL('../../stories/', import.meta.url));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const name of [
	'road-to-astana.json',
	'road-to-astana.ar.json',
	'road-to-astana.ru.json',
	'sources'
])
	cpSync(`${stories}${name}`, `${dir}/${name}`, { recursive: true });
const editor = spawn(process.execPath, ['scripts/edit.js', `${dir}/road-to-astana.json`], {
	stdio: 'inherit',
	env: {
		...process.env,
		PORT: port,
		PREVIEW_PORT: previewPort,
		EDITION_PREVIEW_PORT: editionPreviewPort
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => editor.kill(signal));
editor.on('exit', (code) => process.exit(code ?? 0));
