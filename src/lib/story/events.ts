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
				text: 'Islamic State fighters captured the ancient desert city of Palmyra on 11 December 2016, the governor of Homs province said on Syrian state television, in the government’s first admission that the city had fallen again, Reuters reported. He said the army had pulled out.',
				sources: ['reuters-palmyra-captured']
			},
			{
				text: 'It was the second time in the war that the militants had taken the city, RBTH noted. In May Russia had held a concert in its amphitheatre to celebrate the city’s liberation, RBTH recalled.',
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
				text: 'On 22 December the Syrian army announced that Aleppo, the country’s second city, had been fully recaptured from rebel fighters, AFP reported.',
				sources: ['afp-aleppo-retaken']
			},
			{
				text: 'RBTH later described Aleppo as a city “which the government liberated in December”. Leonid Isaev, a political scientist at Moscow’s Higher School of Economics quoted by RBTH, said President Bashar Assad would soon join the war against the Islamic State, moving part of his troops from Aleppo to Palmyra.',
				sources: ['article']
			}
		],
		places: ['aleppo']
	},
	{
		id: 'ceasefire',
		date: '2016-12-30',
		precision: 'day',
		title: 'A ceasefire takes effect, without the jihadists',
		body: [
			{
				text: 'A ceasefire between the government in Damascus and the armed opposition, brokered by Russia and Turkey, came into force at midnight as 30 December began, Reuters reported; President Vladimir Putin had announced it the day before.',
				sources: ['reuters-ceasefire']
			},
			{
				text: 'The truce did not apply to the Islamic State or to other groups branded terrorist, RBTH noted.',
				sources: ['article']
			},
			{
				text: 'The talks had been agreed in late December. On 20 December Russia, Iran and Turkey said in Moscow that they were ready to help broker a peace deal and to guarantee it, Reuters reported, and when Putin announced the ceasefire he said the Syrian parties would also take part in talks in Kazakhstan, according to ABC News.',
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
				text: 'In northern Iraq, government troops backed by the US-led coalition were gradually squeezing the Islamic State out of Mosul, its stronghold, RBTH reported. In RBTH’s words the group was fighting “on all fronts”, in Iraq and in Syria at once.',
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
				text: 'Russia convened the Astana talks with the two other regional powers involved in the war, Turkey and Iran, RBTH reported, and representatives of the United Nations were to attend. Russia’s foreign minister, Sergei Lavrov, said the United States had been invited too; Iran, RBTH added, had at first been strongly against it.',
				sources: ['article']
			},
			{
				text: 'Iran backs Assad alongside Russia, but its position was “more intransigent”, in RBTH’s judgement. President Hassan Rouhani accused the United States and Saudi Arabia of “supporting terrorists” and spoke against their taking part in the talks, and Iran accused Turkey of sending troops into Syria illegally, RBTH reported.',
				sources: ['article']
			},
			{
				text: 'Alexei Malashenko of the Carnegie Moscow Center told Kommersant, as RBTH reported, that Russia had no serious influence on Iran. “Iran is aspiring to leadership in a strategically important region and is not willing to cede it to anyone, including Russia,” Malashenko said.',
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
				text: 'On 14 January the Islamic State launched a fierce offensive on the government-held parts of Deir ez-Zor, The New Arab reported. Two days later, the Syrian Observatory for Human Rights told AFP, as The New Arab reported, the militants had cut the airport off from the rest of the city. OCHA, the UN’s humanitarian office, dated the start of the advance to 15 January and said that by 17 January it had cut the besieged enclave in two.',
				sources: ['newarab-deir-ez-zor', 'ocha-deir-ez-zor']
			},
			{
				text: 'RBTH called the city “the last enclave controlled by the government in the country’s east” and cited Arab press reports that the militants were capturing district after district. In RBTH’s view, this apparent success masked major losses elsewhere.',
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
		title: 'Russian and Turkish jets strike near Al Bab',
		body: [
			{
				text: 'Russia and Turkey carried out their first joint air strikes on the Islamic State in Syria, in the suburbs of Al Bab, on 18 January, the Russian defence ministry said, as reported by the BBC. RBTH also called the raids the two countries’ first joint military operation of the war.',
				sources: ['bbc-joint-strikes', 'article']
			},
			{
				text: 'Turkish forces had been in northern Syria since Operation Euphrates Shield began on 24 August 2016, with Turkish artillery pounding Islamic State targets around the border town of Jarabulus, The New Arab reported at the time. Al Bab did not fall in January: Turkish-backed rebels announced they had taken it on 23 February 2017, AFP reported, while the Syrian Observatory for Human Rights said they held less than half of the town.',
				sources: ['newarab-euphrates-shield', 'afp-al-bab-captured']
			},
			{
				text: 'Victor Nadein-Raevsky, an expert on Turkish affairs at the RAS Institute of World Economy and International Relations, said, as quoted by RBTH, that the Turks had besieged Al Bab for over a month without enough firepower, “but now, Russia’s air force has been very helpful.” Better relations between Moscow and Ankara, he said, would help drive the Islamic State out of the region and show that the two countries had found a common policy on Syria.',
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
				text: '“It’s likely that Russia will support the new attack on Palmyra with airstrikes,” Leonid Isaev of the Higher School of Economics said, as quoted by RBTH. “It’s a question of reputation,” Isaev added; “losing the city in December 2016 was a huge failure.”',
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
				text: 'Delegations of the Syrian government and the armed opposition met in Astana, the capital of Kazakhstan, on 23 January, at talks that Russia, Turkey and Iran had convened, as RBTH reported beforehand. After a brief face-to-face opening session the two delegations moved to separate rooms, and the talks went on with UN mediators between them, AP reported.',
				sources: ['ap-astana-opening', 'article']
			},
			{
				text: 'The talks ended the next day. The UN envoy for Syria, Staffan de Mistura, commended Russia, Turkey and Iran for deciding to set up a three-way mechanism to observe and ensure compliance with the ceasefire, according to a note from the UN.',
				sources: ['un-astana-envoy']
			},
			{
				text: 'Beforehand, RBTH had called them the first talks between the government and the armed opposition in almost a year, and had quoted doubts. “How can you solve the Syrian conflict without the Kurds? Without the Americans? Without the Persian Gulf countries?” Leonid Isaev of the Higher School of Economics asked. “If talks involve only the government, the opposition and the Russia-Turkey-Iran troika, then the conflict won’t be resolved,” Isaev said. He also said Russia was finding it difficult to keep Turkey and Iran from open hostilities.',
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
