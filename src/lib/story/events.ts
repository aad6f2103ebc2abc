import type { StoryEvent } from './types';

/**
 * The story, one step per event, in date order. Write in our own words and name
 * who said what; every fact comes from a source listed in `sources`.
 */
export const events: StoryEvent[] = [
	{
		id: 'palmyra-falls',
		date: '2016-12-11',
		precision: 'day',
		title: 'The Islamic State takes Palmyra back',
		body: [
			'While the government’s attention was fixed on Aleppo, Islamic State fighters swept back into Palmyra, the desert city whose recapture in the spring Russia had celebrated with a concert among its ruins. It was the second time in the war that the militants had seized it.',
			'Leonid Isaev, a scholar of Arab affairs at the Higher School of Economics, later called the loss of the city “a huge failure” for Damascus and its allies, a matter of reputation as much as territory.'
		],
		places: ['palmyra'],
		sources: ['article', 'wiki-palmyra-offensive-2016']
	},
	{
		id: 'aleppo-retaken',
		date: '2016-12-22',
		precision: 'day',
		title: 'The government holds all of Aleppo',
		body: [
			'After years of fighting, the Syrian army announced that it controlled the whole of Aleppo, the country’s largest city before the war. The RBTH analysis describes the city as liberated by the government in December.',
			'Victory in Aleppo freed troops for other fronts. Isaev expected President Bashar Assad to shift part of them towards Palmyra and join the fight against the Islamic State.'
		],
		places: ['aleppo'],
		sources: ['article', 'wiki-battle-of-aleppo']
	},
	{
		id: 'nationwide-truce',
		date: '2016-12-30',
		precision: 'day',
		title: 'A nationwide truce, with the jihadists left out',
		body: [
			'On 30 December a ceasefire between the government and the armed opposition was declared across Syria. It did not cover the Islamic State or the other groups branded terrorist, so the war against them went on.',
			'The truce set the stage for talks: the first meeting in almost a year between the government and the armed opposition.'
		],
		places: ['damascus', 'aleppo'],
		camera: { bounds: [35.5, 32.3, 42.4, 37.3] },
		sources: ['article']
	},
	{
		id: 'mosul-squeeze',
		date: '2017-01-01',
		precision: 'month',
		title: 'Mosul: Iraqi forces close in',
		body: [
			'Across the border in Iraq, government troops backed by the US-led coalition were pushing the Islamic State, a little at a time, out of Mosul, its stronghold in the north of the country.',
			'The group was fighting on every front at once, RBTH noted: in Iraq, around Al Bab in northern Syria, and in the Syrian desert.'
		],
		places: ['mosul'],
		camera: { maxZoom: 6.2 },
		sources: ['article']
	},
	{
		id: 'troika-convenes',
		date: '2017-01-01',
		precision: 'month',
		title: 'Three powers call the talks, and argue over the guest list',
		body: [
			'Russia convened the talks together with the two other regional powers in the war, Turkey and Iran. Representatives of the United Nations were to attend, and Foreign Minister Sergei Lavrov said the United States had been invited too, though Iran had at first firmly opposed it.',
			'Iran, like Russia a backer of Assad, took the harder line. President Hassan Rouhani accused the United States and Saudi Arabia of “supporting terrorists” and argued against their taking part, and Tehran criticised Turkey for sending troops into Syria illegally.',
			'Alexei Malashenko of the Carnegie Moscow Center told Kommersant that Russia had little sway over Iran, which in his view wanted to lead the region and would cede that role to no one, Moscow included.'
		],
		places: ['moscow', 'ankara', 'tehran'],
		sources: ['article']
	},
	{
		id: 'deir-ez-zor-attack',
		date: '2017-01-14',
		precision: 'day',
		title: 'The Islamic State storms Deir ez-Zor',
		body: [
			'The militants launched an assault on Deir ez-Zor, the last government-held enclave in eastern Syria. Arab media reported them taking one district after another.',
			'Isaev read the attack as a sign of weakness rather than strength: losing ground elsewhere, the group needed Deir ez-Zor as a fortified base from which to fight on a shorter front.'
		],
		places: ['deir-ez-zor'],
		camera: { maxZoom: 6.2 },
		sources: ['article', 'wiki-siege-of-deir-ez-zor']
	},
	{
		id: 'al-bab-joint-strikes',
		date: '2017-01-18',
		precision: 'day',
		title: 'Russian and Turkish jets strike together near Al Bab',
		body: [
			'Russian and Turkish aircraft bombed Islamic State positions around Al Bab, in Syria’s north: the two countries’ first joint military operation of the war.',
			'Victor Nadein-Raevsky, a specialist on Turkey at the Institute of World Economy and International Relations, said the Turks had besieged the town for more than a month without the firepower to take it, and that Russian air power had made the difference. To him the joint raids showed Moscow and Ankara arriving at a common policy on Syria.'
		],
		places: ['al-bab'],
		camera: { maxZoom: 6.2 },
		sources: ['article']
	},
	{
		id: 'palmyra-theatre',
		date: '2017-01-20',
		precision: 'day',
		title: 'Palmyra’s ancient theatre is damaged',
		body: [
			'Back in Palmyra, the militants went on wrecking the ancient city. Syrian media reported damage to the Roman theatre, the same stage where Russia had held a concert in May 2016 to celebrate the city’s liberation.',
			'Isaev predicted that Russia would probably back a new government offensive on Palmyra with air strikes.'
		],
		places: ['palmyra'],
		camera: { maxZoom: 6.2 },
		sources: ['article', 'wiki-palmyra']
	},
	{
		id: 'astana-talks',
		date: '2017-01-23',
		precision: 'day',
		title: 'The talks open in Astana',
		body: [
			'In Astana, the capital of Kazakhstan, delegations of the Syrian government and the armed opposition sat down to the first talks between them in almost a year, under the sponsorship of Russia, Turkey and Iran.',
			'The experts Kommersant asked were doubtful. “How can you solve the Syrian conflict without the Kurds? Without the Americans? Without the Persian Gulf countries?” Isaev asked, warning that talks limited to the government, the opposition and the three sponsors would not end the war. He added that Russia was struggling even to keep Turkey and Iran from open hostility.'
		],
		places: ['astana'],
		camera: { bounds: [35.5, 32.3, 87.4, 55.5] },
		sources: ['article']
	}
];
