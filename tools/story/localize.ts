/**
 * The story in another language: its file's structure (ids, dates, places, coordinates,
 * sources' dates and addresses) with an edition's text in place of the English. The
 * edition was checked against the story first (edition-schema.ts), so every text is there.
 */
import type { EditionFile } from './edition-schema';
import type { Story } from '../../src/lib/story/types';

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
			span: { ...story.meta.span, label: meta.spanLabel },
			overview: { ...story.meta.overview, alt: meta.overviewAlt },
			intro: story.meta.intro.map((paragraph, i) => ({ ...paragraph, text: meta.intro[i]! })),
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
			const { title, body } = edition.events[event.id]!;
			return {
				...event,
				title,
				body: event.body.map((paragraph, i) => ({ ...paragraph, text: body[i]! }))
			};
		})
	};
}
