// The hosting files for a site of three editions with every kind of file the build writes
// (a long story's month pages too), read back as each host reads them: `_headers` gives every
// address exactly one rule, and the right one; the S3 script uploads every file once, with
// its cache and type; the nginx snippet and the CloudFront policy say who may frame the story.
// tests/media/build.test.ts checks the same of a real build's files.
import { describe, expect, it } from 'vitest';
import {
	cloudfrontPolicy,
	headersFile,
	nginxSnippet,
	s3Script
} from '../../tools/hosting/formats.ts';
import { frameAncestors, headerRules, IMMUTABLE, REVALIDATE } from '../../tools/hosting/rules.ts';
import { headersProblems, parseHeadersFile, uploadsOf } from './read-hosting';

const EDITION_FILES = [
	'index.html',
	'2017-01.html',
	'embed.js',
	'oembed.json',
	'service-worker.js',
	'manifest.webmanifest',
	'no-js.css',
	'share.png',
	'share.ru.png',
	'icons/icon-192.png',
	'maps/aleppo-retaken.svg',
	'maps/sponsors.Ab12Cd34.svg',
	'_app/version.json',
	'_app/immutable/entry/start.Ab12Cd34.js',
	'_app/immutable/assets/0.Ab12Cd34.css',
	'_app/immutable/assets/basemap.Ab12Cd34.json',
	'_app/immutable/assets/maplibre-gl-worker.Ab12Cd34.mjs',
	'_app/immutable/assets/noto-sans-latin-400-normal.Ab12Cd34.woff2',
	'_app/immutable/media/photo-800.Ab12Cd34.avif',
	'_app/immutable/media/clip.Ab12Cd34.vtt'
];
const EDITIONS = ['ru/', 'ar/'];
const FILES = [
	...EDITION_FILES,
	...EDITIONS.flatMap((prefix) => EDITION_FILES.map((file) => prefix + file))
];

describe('_headers', () => {
	const text = (hosts?: string[]) => headersFile(headerRules(FILES, EDITIONS, hosts), hosts);

	it('gives every address of every file one rule, and the right one', () => {
		expect(headersProblems(text(), FILES)).toEqual([]);
		expect(headersProblems(text(['https://news.example.com']), FILES)).toEqual([]);
	});

	it('caches the hashed files a year and revalidates the rest, the edge for a minute', () => {
		const rules = parseHeadersFile(text());
		const cache = (path: string) =>
			rules.find((rule) => rule.path === path)?.headers.find(([n]) => n === 'Cache-Control')?.[1];
		expect(cache('/ru/_app/immutable/*')).toBe(IMMUTABLE);
		expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
		for (const path of ['/', '/ru/', '/embed.js', '/ar/oembed.json', '/service-worker.js'])
			expect(cache(path), path).toBe(REVALIDATE);
	});

	it('lets any site frame the pages, or the story’s own and those the desk lists', () => {
		expect(frameAncestors(undefined)).toBe('*');
		expect(frameAncestors([])).toBe("'self'");
		expect(frameAncestors(['https://a.example', 'https://*.b.example'])).toBe(
			"'self' https://a.example https://*.b.example"
		);
		const page = parseHeadersFile(text(['https://a.example'])).find(
			(r) => r.path === '/ar/2017-01'
		);
		expect(page?.headers).toContainEqual([
			'Content-Security-Policy',
			"frame-ancestors 'self' https://a.example"
		]);
	});

	it('finds a file no rule covers, and an address two rules cover', () => {
		const rules = headerRules(FILES, EDITIONS, undefined);
		const missing = headersFile(rules.filter((rule) => rule.path !== '/ru/oembed.json'));
		expect(headersProblems(missing, FILES)).toEqual(['/ru/oembed.json matches 0 rules ()']);
		const twice = headersFile([...rules, { path: '/ar/*', kind: 'file', headers: [] }]);
		expect(headersProblems(twice, FILES).length).toBeGreaterThanOrEqual(EDITION_FILES.length);
	});
});

describe('the S3 upload script', () => {
	const uploads = uploadsOf(s3Script(FILES), FILES);

	it('uploads every file once, with its cache; pages also without .html', () => {
		for (const file of FILES) {
			const once = uploads.filter((u) => u.file === file && u.key === file);
			expect(once, file).toHaveLength(1);
			expect(once[0]!.cacheControl, file).toBe(
				file.includes('_app/immutable/') ? IMMUTABLE : REVALIDATE
			);
		}
		expect(
			uploads
				.filter((u) => u.key !== u.file)
				.map((u) => [u.file, u.key])
				.sort()
		).toEqual([
			['2017-01.html', '2017-01'],
			['ar/2017-01.html', 'ar/2017-01'],
			['ru/2017-01.html', 'ru/2017-01']
		]);
	});

	it('says each type S3 would guess wrong, MapLibre’s module worker first of all', () => {
		const type = (file: string) => uploads.find((u) => u.file === file)!.contentType;
		expect(type('_app/immutable/assets/maplibre-gl-worker.Ab12Cd34.mjs')).toBe(
			'text/javascript; charset=utf-8'
		);
		expect(type('ru/manifest.webmanifest')).toBe('application/manifest+json');
		expect(type('ar/_app/immutable/media/photo-800.Ab12Cd34.avif')).toBe('image/avif');
		expect(uploads.find((u) => u.key === 'ru/2017-01')!.contentType).toBe(
			'text/html; charset=utf-8'
		);
	});

	it('puts the pages up last, after every file they load', () => {
		const script = s3Script(FILES).split('\n');
		const firstPage = script.findIndex((line) => line.includes(`--include '*.html'`));
		const lastOther = script.findLastIndex(
			(line) => line.startsWith('aws s3 sync') && !line.includes('.html')
		);
		expect(lastOther).toBeGreaterThan(0);
		expect(firstPage).toBeGreaterThan(lastOther);
	});
});

describe('nginx and CloudFront', () => {
	it('the nginx snippet serves the story’s path with the same headers', () => {
		const conf = nginxSnippet('/road-to-astana/', ['https://news.example.com']);
		expect(conf).toContain('location /road-to-astana/ {');
		expect(conf).toContain(
			`add_header Content-Security-Policy "frame-ancestors 'self' https://news.example.com" always;`
		);
		expect(conf).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
		expect(conf).toMatch(
			/location ~ \/_app\/immutable\/\.\*\\\.mjs\$ \{\n\t\tdefault_type "text\/javascript/
		);
		// Every block closes.
		expect(conf.match(/\{/g)?.length).toBe(conf.match(/\}/g)?.length);
	});

	it('the CloudFront policy sends frame-ancestors, which S3 cannot keep on a file', () => {
		expect(cloudfrontPolicy('road-to-astana', []).SecurityHeadersConfig).toEqual({
			ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: "frame-ancestors 'self'" },
			ContentTypeOptions: { Override: true }
		});
	});
});
