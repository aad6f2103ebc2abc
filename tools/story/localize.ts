/**
 * The story in another language: its file's structure (ids, dates, places, coordinates,
 * sources' dates and addresses) with an edition's text in place of the English. The
 * edition was checked against the story first (edition-schema.ts), so every text is there.
 */
import type { EditionFile } from './edition-schema';
import type { Story } from '../../src/lib/story/types';

/** Media items with an edition's alt text and captions (the files stay the story's). */
function withWords<Item extends { alt?: string; caption?: string }>(
	items: readonly Item[],
	words: readonly { alt?: string; caption?: string }[] = []
): Item[] {
	return items.map((item, i) => ({
		...item,
		...(item.alt ? { alt: words[i]?.alt ?? item.alt } : {}),
		...(item.caption ? { caption: words[i]?.caption ?? item.caption } : {})
	}));
}

export function localizeStory(story: Story, edition: EditionFile): Story {
	const { meta } = edition;
	const label = (name: string) => meta.countryLabels[name] ?? name;
	return {
		...story,
		meta: {
			...story.meta,
			title: meta.title,
			dek: meta.dek,
			description: meta.description,
			shareImageAlt: meta.shareImageAlt,
			...(story.meta.span ? { span: { ...story.meta.span, label: meta.spanLabel } } : {}),
			...(story.meta.overview
				? { overview: { ...story.meta.overview, alt: meta.overviewAlt } }
				: {}),
			intro: story.meta.intro.map((paragraph, i) => ({ ...paragraph, text: meta.intro[i]! })),
			...(story.meta.media ? { media: withWords(story.meta.media, meta.media) } : {}),
			about: meta.about,
			countryLabels: story.meta.countryLabels.map((l) => ({ ...l, name: label(l.name) }))
		},
		places: story.places.map((place) => ({ ...place, ...edition.places[place.id]! })),
		sources: story.sources.map((source) => {
			const { outlet, title, citedAs, speakers, quotedInTranslation, note } =
				edition.sources[source.id]!;
			return {
				...source,
				outlet,
				title,
				citedAs,
				...(speakers ? { speakers } : {}),
				...(quotedInTranslation ? { quotedInTranslation } : {}),
				...(note ? { note } : {})
			};
		}),
		events: story.events.map((event) => {
			const { title, body, media } = edition.events[event.id]!;
			return {
				...event,
				title,
				body: event.body.map((paragraph, i) => ({ ...paragraph, text: body[i]! })),
				...(event.media ? { media: withWords(event.media, media) } : {})
			};
		})
	};
}
