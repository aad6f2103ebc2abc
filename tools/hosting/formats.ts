// The same headers (rules.ts), in the words of each common static host: a `_headers` file
// (Netlify, Cloudflare Pages), an nginx snippet, an upload script for S3 (which keeps a
// Cache-Control and a Content-Type per object) and a CloudFront response headers policy
// (for what S3 cannot keep: frame-ancestors). Pure text; write.ts writes them.
import { frameAncestors, IMMUTABLE, NOSNIFF, REVALIDATE, type HeaderRule } from './rules.ts';

/** Content types by extension, for hosts that guess them wrong (S3 sends .mjs as binary). */
export const CONTENT_TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json',
	webmanifest: 'application/manifest+json',
	svg: 'image/svg+xml',
	png: 'image/png',
	woff2: 'font/woff2',
	avif: 'image/avif',
	webp: 'image/webp',
	jpg: 'image/jpeg',
	mp4: 'video/mp4',
	webm: 'video/webm',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	vtt: 'text/vtt; charset=utf-8'
};

const WRITTEN_BY = 'Written by `npm run build` (tools/hosting/); docs/publishing.md explains it.';

/** Netlify's and Cloudflare Pages' `_headers`: a path, then its headers indented. */
export function headersFile(rules: readonly HeaderRule[], allowedHosts?: readonly string[]) {
	const who =
		allowedHosts === undefined
			? 'Any site may frame the pages (meta.embed.allowedHosts is not set).'
			: `Sites that may frame the pages: ${frameAncestors(allowedHosts)} (meta.embed.allowedHosts).`;
	const blocks = rules.map(
		(rule) => `${rule.path}\n${rule.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}`
	);
	return `# ${WRITTEN_BY}\n# ${who}\n\n${blocks.join('\n\n')}\n`;
}

const nginxHeaders = (headers: [string, string][], indent: string) =>
	headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');

/**
 * An nginx snippet for the server block that serves the site at `sitePath` (the path of
 * `meta.url`). nginx's add_header does not inherit into a location that has its own, so each
 * location says every header.
 */
export function nginxSnippet(sitePath: string, allowedHosts?: readonly string[]): string {
	const page: [string, string][] = [
		['Cache-Control', REVALIDATE],
		NOSNIFF,
		['Content-Security-Policy', `frame-ancestors ${frameAncestors(allowedHosts)}`]
	];
	const immutable: [string, string][] = [['Cache-Control', IMMUTABLE], NOSNIFF];
	const plain: [string, string][] = [['Cache-Control', REVALIDATE], NOSNIFF];
	return `# ${WRITTEN_BY}
# Include it in the server { } block that serves the story, its files (a copy of the
# build's folder) under the server's root at ${sitePath}:
#     include snippets/story.conf;
location ${sitePath} {
	# Pages without .html in their address (a long story's month pages: …/2017-01).
	try_files $uri $uri.html $uri/ =404;
	gzip on;
	gzip_types text/css text/javascript application/javascript application/json application/manifest+json image/svg+xml text/vtt;
${nginxHeaders(page, '\t')}

	# Hashed by the build: a year, never asked again. MapLibre's worker is an .mjs module,
	# which nginx's own list of types may not know.
	location ~ /_app/immutable/.*\\.mjs$ {
		default_type "text/javascript; charset=utf-8";
${nginxHeaders(immutable, '\t\t')}
	}
	location ~ /_app/immutable/ {
${nginxHeaders(immutable, '\t\t')}
	}
	location ~ \\.webmanifest$ {
		default_type application/manifest+json;
${nginxHeaders(plain, '\t\t')}
	}
	location ~ /oembed\\.json$ {
${nginxHeaders([...plain, ['Access-Control-Allow-Origin', '*']], '\t\t')}
	}
	location ~ \\.(js|json|css|svg|png|woff2|avif|webp|jpg|mp4|webm|mp3|m4a|vtt)$ {
${nginxHeaders(plain, '\t\t')}
	}
}
`;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A shell script that uploads the site to S3 with each object's Cache-Control and
 * Content-Type: the hashed files first, then the rest, the pages last (a reader never gets
 * a page whose scripts are not up yet). Each page also goes up without its `.html`, where a
 * page is asked for without it (S3 maps no address to a file).
 */
export function s3Script(files: readonly string[]): string {
	const extensions = [...new Set(files.map((file) => file.split('.').pop()!))].sort();
	const immutable = (file: string) => /(^|\/)_app\/immutable\//.test(file);
	const sync = (filters: string[], cache: string, type: string | undefined) =>
		`aws s3 sync "$SRC" "$DEST" --exclude '*' ${filters.join(' ')} --cache-control ${quote(cache)}` +
		(type ? ` --content-type ${quote(type)}` : '');
	const lines: string[] = [];
	for (const ext of extensions) {
		if (!files.some((file) => immutable(file) && file.endsWith(`.${ext}`))) continue;
		lines.push(
			sync(
				[`--include '_app/immutable/*.${ext}'`, `--include '*/_app/immutable/*.${ext}'`],
				IMMUTABLE,
				CONTENT_TYPES[ext]
			)
		);
	}
	const others = files.filter((file) => !immutable(file) && file !== '_headers');
	const notImmutable = [`--exclude '_app/immutable/*'`, `--exclude '*/_app/immutable/*'`];
	for (const ext of extensions.filter((e) => e !== 'html')) {
		if (!others.some((file) => file.endsWith(`.${ext}`))) continue;
		lines.push(sync([`--include '*.${ext}'`, ...notImmutable], REVALIDATE, CONTENT_TYPES[ext]));
	}
	lines.push(sync([`--include '*.html'`], REVALIDATE, CONTENT_TYPES.html));
	for (const page of others.filter((f) => f.endsWith('.html') && !f.endsWith('index.html')))
		lines.push(
			`aws s3 cp "$SRC/${page}" "$DEST${page.slice(0, -'.html'.length)}" --cache-control ${quote(REVALIDATE)} --content-type ${quote(CONTENT_TYPES.html!)}`
		);
	return `#!/bin/sh
# ${WRITTEN_BY}
# Uploads the site to S3 with its caching headers:
#     sh s3-upload.sh s3://bucket/path/ [the build's folder, by default build]
# Serve it through CloudFront with cloudfront-headers.json as the response headers policy.
set -eu
DEST="\${1:?usage: sh s3-upload.sh s3://bucket/path/ [build folder]}"
case "$DEST" in */) ;; *) DEST="$DEST/" ;; esac
SRC="\${2:-build}"
${lines.join('\n')}
`;
}

/**
 * A CloudFront response headers policy (`aws cloudfront create-response-headers-policy
 * --response-headers-policy-config file://cloudfront-headers.json`): the headers S3 cannot
 * keep on an object.
 */
export function cloudfrontPolicy(name: string, allowedHosts?: readonly string[]) {
	return {
		Name: `${name}-headers`.replace(/[^\w-]/g, '-').slice(0, 128),
		Comment: 'Who may frame the story, and nosniff (docs/publishing.md)',
		SecurityHeadersConfig: {
			ContentSecurityPolicy: {
				Override: true,
				ContentSecurityPolicy: `frame-ancestors ${frameAncestors(allowedHosts)}`
			},
			ContentTypeOptions: { Override: true }
		}
	};
}
