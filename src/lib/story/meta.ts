/** The story's front matter and closing note: words, not code. */
export const meta = {
	title: 'Road to Astana',
	/** Where the story is published: the canonical link and share cards point here. */
	url: 'https://graphics.example.org/road-to-astana/',
	/** The share card's picture (static/share.png, drawn by scripts/build-images.js). */
	shareImage: { path: 'share.png', width: 1200, height: 630 },
	shareImageAlt:
		'Map from Syria and Iraq to Kazakhstan marking Al Bab, Palmyra, Deir ez-Zor, Mosul and Astana, beside the title Road to Astana',
	dek: 'Six weeks of the Syrian war, from the fall of Palmyra to the peace talks in Kazakhstan',
	description:
		'A map story of the six weeks of the Syrian war that led to the Astana talks, from December 2016 to 23 January 2017.',
	intro: [
		'On 23 January 2017 the Syrian government and the armed opposition met in Astana, the capital of Kazakhstan, for their first talks in almost a year. Russia, Turkey and Iran had called them.',
		'The weeks before were some of the most crowded of the war. Scroll on to follow them on the map, or jump to a date.'
	],
	about: [
		'This story retells a January 2017 news analysis by Russia Beyond the Headlines, which drew on interviews by the Russian daily Kommersant. Claims are attributed to the people who made them. Where the analysis gives no exact day, the step shows the month; exact days it does not give come from the outside sources named under each step.',
		'Basemap: Natural Earth, 1:50m countries (public domain).'
	]
} as const;
