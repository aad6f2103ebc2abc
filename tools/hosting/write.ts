// After every edition is built: the hosting files for the whole site, from the files the
// build wrote. `_headers` goes into the site's folder (Netlify and Cloudflare Pages read it
// there and never serve it); the nginx snippet, the S3 upload script and the CloudFront
// policy go beside it, in `<site>-hosting/` (build-hosting/), where no host publishes them.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { editionInfo } from '../editions.js';
import type { Story } from '../../src/lib/story/types.ts';
import { cloudfrontPolicy, headersFile, nginxSnippet, s3Script } from './formats.ts';
import { headerRules } from './rules.ts';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const CLOUDFLARE_RULES = 100;

/** Every file under `dir`, relative to it, with `/` between folders, sorted. */
export function siteFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Writes the hosting files for the site built in `site` (its editions, `codes`, in their
 * folders there). Returns the warnings to print.
 */
export function writeHostingFiles(site: string, story: Story, codes: readonly string[]) {
	const files = siteFiles(site).filter((file) => file !== '_headers');
	const editions = codes.filter((code) => code !== 'en').map((code) => editionInfo(code).path);
	const allowed = story.meta.embed?.allowedHosts;
	const rules = headerRules(files, editions, allowed);
	writeFileSync(join(site, '_headers'), headersFile(rules, allowed));
	const beside = `${site.replace(/[\\/]+$/, '')}-hosting`;
	mkdirSync(beside, { recursive: true });
	writeFileSync(
		join(beside, 'nginx.conf'),
		nginxSnippet(new URL(story.meta.url).pathname, allowed)
	);
	writeFileSync(join(beside, 's3-upload.sh'), s3Script(files), { mode: 0o755 });
	const name = new URL(story.meta.url).pathname.split('/').filter(Boolean).pop() ?? 'story';
	writeFileSync(
		join(beside, 'cloudfront-headers.json'),
		JSON.stringify(cloudfrontPolicy(name, allowed), null, '\t') + '\n'
	);
	const warnings: string[] = [];
	if (rules.length > CLOUDFLARE_RULES)
		warnings.push(
			`${join(site, '_headers')}: ${rules.length} rules, more than the ${CLOUDFLARE_RULES} Cloudflare Pages reads (Netlify reads them all)`
		);
	return { rules, beside, warnings };
}
