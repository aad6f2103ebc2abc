import type { StoryEvent } from './types';

/**
 * The story, one step per event, in date order. Write in our own words; every paragraph
 * lists its sources and names each of them in its text, every claim is attributed to
 * whoever made it, and every quotation is word for word from a source the paragraph cites.
 */
export const events: StoryEvent[] = [
	{
		id: 'palmyra-falls',
		date: '2016-12-11',
		precision: 'day',
		title: 'The Islamic State retakes Palmyra',
		body: [
			{
				text: 'Islamic State fighters took Palmyra on 11 December 2016, the governor of Homs province announced on state television, Reuters reported; it was the government’s first official acknowledgement that the ancient city had been lost again. He said the army had withdrawn.',
				sources: ['reuters-palmyra-captured']
			},
			{
				text: 'It was the second time in the war that the militants had taken the city, RBTH noted. In May, RBTH recalled, Russia had staged a concert in the city’s amphitheatre to mark its recapture.',
				sources: ['article']
			}
		],
		places: ['palmyra'],
		camera: { maxZoom: 6.2 }
	},
	{
		id: 'aleppo-retaken',
		date: '2016-12-22',
		precision: 'day',
		title: 'The army declares Aleppo retaken',
		body: [
			{
				text: 'On 22 December the Syrian army said it had taken back all of Aleppo, Syria’s second city, from the rebels, AFP reported.',
				sources: ['afp-aleppo-retaken']
			},
			{
				text: 'RBTH later described Aleppo as a city “which the government liberated in December”. Leonid Isaev, a political scientist at Moscow’s Higher School of Economics quoted by RBTH, expected Syria’s President Bashar al-Assad to turn on the Islamic State soon, shifting some units from Aleppo towards Palmyra.',
				sources: ['article']
			}
		],
		places: ['aleppo']
	},
	{
		id: 'ceasefire',
		date: '2016-12-30',
		precision: 'day',
		title: 'A ceasefire takes effect, excluding the Islamic State',
		body: [
			{
				text: 'A ceasefire brokered by Russia and Turkey took effect across Syria at midnight local time, as Friday 30 December began, Reuters reported; Russia’s President Vladimir Putin had announced it the day before.',
				sources: ['reuters-ceasefire']
			},
			{
				text: 'RBTH, which described it as a truce between the government in Damascus and the opposition, noted that it did not apply to the Islamic State or to other groups branded terrorist.',
				sources: ['article']
			},
			{
				text: 'Peace talks were already being arranged. In Moscow on 20 December, Russia, Iran and Turkey offered to help negotiate a Syrian peace deal and to act as its guarantors, Reuters reported. Announcing the ceasefire, Putin said the Syrian sides would also join talks in Kazakhstan, ABC News reported.',
				sources: ['reuters-moscow-declaration', 'abc-ceasefire-talks']
			}
		],
		places: ['damascus'],
		camera: { bounds: [35.5, 32.3, 42.4, 37.3] }
	},
	{
		id: 'mosul-squeeze',
		date: '2017-01-01',
		precision: 'month',
		title: 'Iraqi forces push the Islamic State back in Mosul',
		body: [
			{
				text: 'Iraqi government forces, with support from the US-led coalition, were slowly driving the Islamic State from Mosul, its stronghold in Iraq, RBTH reported. In RBTH’s words the group was fighting “on all fronts”, in Iraq and in Syria at once.',
				sources: ['article']
			},
			{
				text: 'Iraq’s prime minister, Haider al-Abadi, had announced the offensive on Mosul on 17 October 2016, The Guardian reported. On 24 January 2017, the day after the Astana talks opened, he declared the eastern part of the city fully liberated, according to AP.',
				sources: ['guardian-mosul-offensive', 'ap-east-mosul']
			}
		],
		places: ['mosul'],
		camera: { maxZoom: 6.2 }
	},
	{
		id: 'sponsors-disagree',
		date: '2017-01-01',
		precision: 'month',
		title: 'Three sponsors, and a quarrel over the guest list',
		body: [
			{
				text: 'Russia had called the Astana talks together with Turkey and Iran, the other regional powers with a stake in the war, RBTH reported; Putin had announced talks in Kazakhstan on 29 December, according to ABC News. UN representatives were to attend, RBTH added. Russia’s foreign minister, Sergei Lavrov, said the United States had been invited too; Iran, in RBTH’s account, had at first been strongly against it.',
				sources: ['article', 'abc-ceasefire-talks']
			},
			{
				text: 'Iran, like Russia, was a major backer of Syria’s President Bashar al-Assad, but in RBTH’s judgement its position was “more intransigent”. Iran’s President Hassan Rouhani accused the United States and Saudi Arabia of “supporting terrorists” and said they should not join the talks, RBTH reported; Iran also charged that Turkey had sent troops into Syria illegally.',
				sources: ['article']
			},
			{
				text: 'In the view of Alexei Malashenko, a Middle East scholar at the Carnegie Moscow Center, Russia had little real sway over Iran, RBTH reported. “Iran is aspiring to leadership in a strategically important region and is not willing to cede it to anyone, including Russia,” Malashenko told Kommersant.',
				sources: ['article']
			}
		],
		places: ['moscow', 'ankara', 'tehran'],
		connections: [
			{ from: 'moscow', to: 'ankara' },
			{ from: 'ankara', to: 'tehran' },
			{ from: 'tehran', to: 'moscow' }
		]
	},
	{
		id: 'deir-ez-zor-attack',
		date: '2017-01-14',
		precision: 'day',
		title: 'The Islamic State attacks Deir ez-Zor',
		body: [
			{
				text: 'On 14 January the Islamic State launched a fierce offensive on the government-held parts of Deir ez-Zor, The New Arab reported. On 16 January, according to the Syrian Observatory for Human Rights, the militants cut the airport off from the other government-held parts of the city; the Observatory’s head told AFP that the city’s eastern half was cut off from its western half, as The New Arab reported. OCHA, the UN’s humanitarian office, dated the start of the advance to 15 January and said that by 17 January it had cut the besieged enclave in two.',
				sources: ['newarab-deir-ez-zor', 'ocha-deir-ez-zor']
			},
			{
				text: 'RBTH called the city “the last enclave controlled by the government in the country’s east” and cited Arab press reports that the militants were capturing district after district. RBTH argued that the gains hid heavy setbacks for the group on other fronts.',
				sources: ['article']
			},
			{
				text: '“ISIS is facing significant losses on the battlefield and is losing territory,” Leonid Isaev of the Higher School of Economics said, as quoted by RBTH. In Isaev’s view the group needed Deir ez-Zor “to guarantee themselves a fortified base and to act more compactly, without overextending the front.”',
				sources: ['article']
			}
		],
		places: ['deir-ez-zor'],
		camera: { maxZoom: 6.2 }
	},
	{
		id: 'al-bab-joint-strikes',
		date: '2017-01-18',
		precision: 'day',
		title: 'Russia reports joint strikes with Turkey near Al Bab',
		body: [
			{
				text: 'On 18 January, the Russian defence ministry said, Russian and Turkish aircraft struck the Islamic State together for the first time, hitting the outskirts of Al Bab, the BBC reported. RBTH also called the raids the two countries’ first joint military operation of the war.',
				sources: ['bbc-joint-strikes', 'article']
			},
			{
				text: 'Turkey had launched Operation Euphrates Shield on 24 August 2016, shelling Islamic State positions around the border town of Jarabulus, The New Arab reported. By December its troops were fighting the group on the ground at Al Bab, where they took heavy casualties, according to the BBC. Al Bab did not fall in January: Turkish-backed rebels announced they had taken it on 23 February 2017, AFP reported, while the Syrian Observatory for Human Rights said they held less than half of the town.',
				sources: ['newarab-euphrates-shield', 'bbc-joint-strikes', 'afp-al-bab-captured']
			},
			{
				text: 'Victor Nadein-Raevsky, an expert on Turkish affairs at the RAS Institute of World Economy and International Relations, said, as quoted by RBTH, that the Turks had besieged Al Bab for over a month without enough firepower, “but now, Russia’s air force has been very helpful.” Closer ties between Moscow and Ankara, he added, would help push the Islamic State out of the area and show that the two governments now shared an approach to Syria.',
				sources: ['article']
			}
		],
		places: ['al-bab'],
		camera: { maxZoom: 6.2 }
	},
	{
		id: 'palmyra-theatre',
		date: '2017-01-20',
		precision: 'day',
		title: 'Damage to Palmyra’s Roman theatre is reported',
		body: [
			{
				text: 'On 20 January Syria’s antiquities chief, Maamoun Abdulkarim, told Reuters that the Islamic State had destroyed the Tetrapylon, one of Palmyra’s most famous monuments, and the façade of its Roman theatre; satellite images showed the damage was done between 26 December and 10 January, he said.',
				sources: ['reuters-palmyra-theatre']
			},
			{
				text: 'RBTH, citing Syrian media, reported the damage to the amphitheatre where Russia had held its concert the previous May.',
				sources: ['article']
			},
			{
				text: 'Leonid Isaev of the Higher School of Economics, who expected President Bashar al-Assad to move troops from Aleppo to Palmyra, predicted Russian air support. “It’s likely that Russia will support the new attack on Palmyra with airstrikes,” Isaev said, as quoted by RBTH. “It’s a question of reputation,” Isaev added; “losing the city in December 2016 was a huge failure.”',
				sources: ['article']
			}
		],
		places: ['palmyra'],
		camera: { maxZoom: 6.2 }
	},
	{
		id: 'astana-talks',
		date: '2017-01-23',
		precision: 'day',
		title: 'The talks open in Astana',
		body: [
			{
				text: 'Delegations of the Syrian government and the armed opposition met in Astana, the capital of Kazakhstan, on 23 January, at talks that Russia, Turkey and Iran had convened, as RBTH reported beforehand. After a short face-to-face meeting the two delegations went to separate rooms, and indirect talks began with the UN as mediator, AP reported.',
				sources: ['ap-astana-opening', 'article']
			},
			{
				text: 'The talks ended the next day. The UN envoy for Syria, Staffan de Mistura, commended Russia, Turkey and Iran for deciding to set up a joint mechanism to monitor the ceasefire and see that it is kept, according to a note from the UN.',
				sources: ['un-astana-envoy']
			},
			{
				text: 'Beforehand, RBTH had called them the first talks between the government and the armed opposition in almost a year, and had quoted doubts. “How can you solve the Syrian conflict without the Kurds? Without the Americans? Without the Persian Gulf countries?” Leonid Isaev of the Higher School of Economics asked. “If talks involve only the government, the opposition and the Russia-Turkey-Iran troika, then the conflict won’t be resolved,” Isaev said. He added that Russia was struggling to stop Turkey and Iran from coming to open blows.',
				sources: ['article']
			}
		],
		places: ['astana', 'moscow', 'ankara', 'tehran'],
		connections: [
			{ from: 'moscow', to: 'astana' },
			{ from: 'ankara', to: 'astana' },
			{ from: 'tehran', to: 'astana' }
		],
		// Astana, the sponsors' capitals and Syria, where the war is: not the steppe beyond.
		camera: { bounds: [32.5, 32.3, 76, 56] }
	}
];
