// The web app manifest, from the story's title and description and the theme's paper.
import { pageStory } from '$lib/server/whole-story';
import { PAGE } from '$lib/theme.js';

export const prerender = true;

const { edition, story } = pageStory;
const { meta } = story;

export const GET = () =>
	new Response(
		JSON.stringify(
			{
				name: meta.title,
				short_name: meta.title,
				description: meta.description,
				lang: edition.lang,
				dir: edition.dir,
				start_url: './',
				scope: './',
				display: 'standalone',
				background_color: PAGE.paper,
				theme_color: PAGE.paper,
				icons: [
					{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: 'icons/icon-maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			null,
			'\t'
		),
		{ headers: { 'content-type': 'application/manifest+json' } }
	);
