// The sites the browser tests read besides build/ (tools/test-sites.js): built two at a
// time, then each served on its port until stopped. Playwright starts it for
// playwright.fixture.config.ts.
//   node scripts/test-sites.js [--port P]        build, then serve (the fixture's on P, the rest after)
//   node scripts/test-sites.js --build [--built-in] [--jobs N]
//                                                build only; --built-in: the built-in story's build/ too
//   node scripts/test-sites.js --serve [--port P]  serve what is built (npm test built them already)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILT_IN_BUILD, runJobs, testSites } from '../tools/test-sites.js';
import { serve } from './serve.js';

const { values } = parseArgs({
	options: {
		build: { type: 'boolean', default: false },
		serve: { type: 'boolean', default: false },
		'built-in': { type: 'boolean', default: false },
		jobs: { type: 'string', default: '2' },
		port: { type: 'string' }
	}
});
const port = Number(
	values.port ?? process.env.E2E_FIXTURE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1
);
const sites = testSites(port);

if (!values.serve) {
	const started = performance.now();
	const jobs = [...(values['built-in'] ? [BUILT_IN_BUILD] : []), ...sites];
	console.log(`Building ${jobs.map((job) => job.name).join(', ')}, ${values.jobs} at a time`);
	try {
		await runJobs(jobs, { concurrency: Number(values.jobs) });
	} catch {
		process.exit(1);
	}
	console.log(`  every site built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (!values.build) {
	for (const { name, dir } of sites)
		if (!existsSync(join(dir, 'index.html'))) {
			console.error(`${name}: nothing built in ${dir}; run node scripts/test-sites.js --build`);
			process.exit(1);
		}
	// The fixture's last: Playwright waits for its address, and the others are up by then.
	const [fixture, ...others] = sites;
	for (const { name, port, dir } of [...others, /** @type {typeof fixture & {}} */ (fixture)]) {
		const { url } = await serve(port, dir);
		console.log(`Serving the ${name} (${dir}) at ${url}`);
	}
}
