// The story file's `meta.embed`: who may frame the story, and the publisher's name that
// oEmbed gives (docs/publishing.md). The hosting files the build writes read the list
// (tools/hosting/); a desk edits it here, beside the story it is about.
import { z } from 'zod';
import { expected, text } from './fields.ts';

/**
 * A site that may frame the story, as CSP's `frame-ancestors` takes it: a scheme and a
 * host, a `*.` for any subdomain, a port at most; no path (`https://www.example.com`,
 * `https://*.example.com`).
 */
export const embeddingOrigin = z
	.string(expected('an origin'))
	.regex(
		/^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/,
		'must be an origin like "https://www.example.com" or "https://*.example.com": a scheme and a lower-case host, no path'
	);

export const embed = z
	.strictObject({
		allowedHosts: z
			.array(embeddingOrigin, expected('a list of origins'))
			.optional()
			.describe(
				'The sites that may show the story in a frame (CSP `frame-ancestors`, sent as a header by the hosting files the build writes: `_headers`, the nginx snippet, the CloudFront policy). Leave it out and any site may; an empty list lets none but the story’s own.'
			),
		provider: text(
			'Who publishes the story, as oEmbed’s `provider_name` says it (default: the host name in `url`).'
		).optional()
	})
	.describe('Embedding the story in other pages: who may, and in whose name.');
