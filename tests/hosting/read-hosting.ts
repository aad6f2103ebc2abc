// Readers of the hosting files, written apart from the code that writes them (tools/hosting/),
// so a test compares two readings of a format: Netlify's `_headers` (as its docs and its
// own parser read it) and the filters of `aws s3 sync`.

export interface ParsedRule {
	path: string;
	headers: [name: string, value: string][];
}

/**
 * A `_headers` file: `#` comments, a path at the line's start (`/…` or `https://…`), its
 * headers indented below as `Name: value`. Throws on any other line, naming it.
 */
export function parseHeadersFile(text: string): ParsedRule[] {
	const rules: ParsedRule[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		if (/^(\/|https:\/\/)\S*$/.test(line)) return void rules.push({ path: line, headers: [] });
		const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
		if (!header || !rules.length)
			throw new Error(`_headers line ${i + 1} is neither a path nor a header: ${line}`);
		rules.at(-1)!.headers.push([header[1]!, header[2]!]);
	});
	return rules;
}

/** Whether a rule's path matches a request's path: `*` any rest (slashes too), `:name` one segment. */
export function ruleMatches(rulePath: string, requestPath: string): boolean {
	const pattern = rulePath
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
		.join('.*');
	// A trailing `/*` also answers the folder itself (`/maps/*` answers `/maps`), as Netlify's does.
	const loose = rulePath.endsWith('/*') ? `${pattern.slice(0, -'/.*'.length)}(?:/.*)?` : pattern;
	return new RegExp(`^${loose}$`).test(requestPath);
}

/** The addresses a file of the site is asked for: a page also without `.html`, an index as its folder. */
export function requestPaths(file: string): string[] {
	if (!file.endsWith('.html')) return [`/${file}`];
	if (file === 'index.html' || file.endsWith('/index.html'))
		return [`/${file.slice(0, -'index.html'.length)}`, `/${file}`];
	return [`/${file.slice(0, -'.html'.length)}`, `/${file}`];
}

/** `aws s3 sync` filters: `*` and `?` as fnmatch has them, over the whole relative path. */
const glob = (pattern: string) =>
	new RegExp(
		`^${pattern
			.replace(/[.+^${}()|[\]\\]/g, '\\$&')
			.replace(/\*/g, '.*')
			.replace(/\?/g, '.')}$`
	);

export interface Upload {
	file: string;
	key: string;
	cacheControl: string;
	contentType: string | undefined;
}

/** What the S3 script uploads, file by file: each `sync` line's filters read in order, each `cp` line as it says. */
export function uploadsOf(script: string, files: readonly string[]): Upload[] {
	const uploads: Upload[] = [];
	for (const line of script.split('\n')) {
		const options = [...line.matchAll(/--([\w-]+) '([^']*)'/g)].map((m) => [m[1]!, m[2]!] as const);
		const option = (name: string) => options.find(([n]) => n === name)?.[1];
		const [cacheControl, contentType] = [option('cache-control'), option('content-type')];
		if (line.startsWith('aws s3 sync "$SRC" "$DEST"')) {
			const filters = options.filter(([name]) => name === 'include' || name === 'exclude');
			for (const file of files) {
				let included = true;
				for (const [name, pattern] of filters)
					if (glob(pattern).test(file)) included = name === 'include';
				if (included) uploads.push({ file, key: file, cacheControl: cacheControl!, contentType });
			}
		} else if (line.startsWith('aws s3 cp')) {
			const [, file, key] = /^aws s3 cp "\$SRC\/([^"]+)" "\$DEST([^"]+)"/.exec(line) ?? [];
			uploads.push({ file: file!, key: key!, cacheControl: cacheControl!, contentType });
		}
	}
	return uploads;
}

/**
 * What is wrong with a `_headers` file for a site of `files`: every address of every file
 * must match exactly one rule (hosts disagree on what two rules make of one header), whose
 * Cache-Control says a year for the build's hashed files and revalidation for the rest;
 * pages say who may frame them, oembed.json lets any origin read it. Empty when all is well.
 */
export function headersProblems(text: string, files: readonly string[]): string[] {
	const rules = parseHeadersFile(text);
	const problems: string[] = [];
	for (const rule of rules) {
		const names = rule.headers.map(([name]) => name.toLowerCase());
		if (new Set(names).size !== names.length) problems.push(`${rule.path} names a header twice`);
	}
	for (const file of files) {
		for (const path of requestPaths(file)) {
			const matching = rules.filter((rule) => ruleMatches(rule.path, path));
			if (matching.length !== 1) {
				problems.push(
					`${path} matches ${matching.length} rules (${matching.map((r) => r.path).join(', ')})`
				);
				continue;
			}
			const headers = new Map(matching[0]!.headers.map(([n, v]) => [n.toLowerCase(), v]));
			const cache = headers.get('cache-control') ?? '';
			const hashed = /(^|\/)_app\/immutable\//.test(file);
			if (
				hashed
					? !/max-age=31536000.*immutable/.test(cache)
					: !/max-age=0\b.*must-revalidate/.test(cache)
			)
				problems.push(`${path}: Cache-Control "${cache}"`);
			const frames = headers.get('content-security-policy')?.match(/frame-ancestors [^;]+/)?.[0];
			if (file.endsWith('.html') !== Boolean(frames))
				problems.push(`${path}: ${frames ?? 'no frame-ancestors'}`);
			if (file.endsWith('oembed.json') && headers.get('access-control-allow-origin') !== '*')
				problems.push(`${path}: no Access-Control-Allow-Origin: *`);
		}
	}
	return problems;
}
