import { defineConfig } from '@playwright/test';
import builtIn from './playwright.config';
import fixture from './playwright.fixture.config';

// Every browser test in one run (npm test): the built-in story's projects
// (playwright.config.ts) and the other stories' (playwright.fixture.config.ts), with both
// configs' servers up at once, so the two workers draw from one queue and neither idles
// while the other config's last tests finish. Each config still runs alone.
type Options = { storyFile: string; tourFile: string };
type Project = NonNullable<typeof fixture.projects>[number];

/** A project with its config's address, which the configs give all their projects at once. */
const served = (project: Project, baseURL: string | undefined): Project => ({
	...project,
	use: { baseURL, ...project.use }
});

const asList = <T>(x: T | T[] | undefined): T[] =>
	x === undefined ? [] : Array.isArray(x) ? x : [x];

export default defineConfig<Options>({
	...fixture,
	projects: [
		...asList(builtIn.projects).map((p) => served(p as Project, builtIn.use?.baseURL)),
		...asList(fixture.projects).map((p) => served(p, fixture.use?.baseURL))
	],
	webServer: [...asList(builtIn.webServer), ...asList(fixture.webServer)]
});
