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
		'A map story of the six weeks of the Syrian war before the Astana talks, from December 2016 to 23 January 2017.',
	/** Paragraphs with their sources, like an event's: the same rules apply. */
	intro: [
		{
			text: 'On 23 January 2017 delegations of the Syrian government and the armed opposition met in Astana, the capital of Kazakhstan, AP reported. Russia, Turkey and Iran had convened the talks, according to Russia Beyond the Headlines (RBTH), whose analysis this story follows and which called them the first talks between the two sides in almost a year.',
			sources: ['ap-astana-opening', 'article']
		},
		{
			text: 'Here are the six weeks before them, as RBTH and the news reports named in each step told them. Scroll on to follow them on the map, or jump to a date.',
			sources: ['article']
		}
	],
	about: [
		'This story retells a news analysis published by Russia Beyond the Headlines (RBTH) in January 2017, shortly before the Astana talks; our copy does not record its headline, byline or address. RBTH quotes Leonid Isaev of the Higher School of Economics, Victor Nadein-Raevsky of the RAS Institute of World Economy and International Relations, and Alexei Malashenko of the Carnegie Moscow Center. Of the three, RBTH says only Malashenko spoke to the Russian daily Kommersant.',
		'Facts and days RBTH does not give, and what happened after it was written, come from the news reports named in each step; where a step has no exact day, it shows the month. Claims are attributed to whoever made them, and quotations are word for word from the source named beside them.',
		'Basemap: Natural Earth, 1:50m countries (public domain).'
	]
} as const;
