// Where the editor's browser tests work: a copy of the built-in story (English, Arabic and Russian,
// with its archived sources), made afresh for each run by start-editor.js in the system's
// temporary folder; the repository's own stories are never edited. Ports follow E2E_PORT,
// as the other suites' do.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = Number(process.env.E2E_PORT ?? 4173);
export const EDITOR_PORT = Number(process.env.E2E_EDITOR_PORT ?? base + 10);
export const PREVIEW_PORT = EDITOR_PORT + 1;
export const SITE_PORT = EDITOR_PORT + 2;
/** An edition's page, beside its translations. */
export const EDITION_PREVIEW_PORT = EDITOR_PORT + 3;
/**
 * Outside the project: the preview's dev server watches the story file, and leaves
 * node_modules/ and test-results/ unwatched.
 */
export const WORK_DIR = join(tmpdir(), `editor-e2e-${EDITOR_PORT}`);
export const STORY_FILE = `${WORK_DIR}/road-to-astana.json`;
export const BUILD_DIR = `${WORK_DIR}/build`;
