import type { Source } from './types';

/**
 * Where the facts come from. `article` is the project's primary source
 * (shared/source/article.txt); the others supply exact days the article does not give.
 */
export const sources: Source[] = [
	{
		id: 'article',
		publisher: 'Russia Beyond the Headlines, drawing on interviews by Kommersant',
		title: 'News analysis of the Syrian war before the Astana talks, January 2017'
	},
	{
		id: 'wiki-palmyra-offensive-2016',
		publisher: 'Wikipedia',
		title:
			'Palmyra offensive (December 2016): the Islamic State retook the city on 11 December 2016',
		url: 'https://en.wikipedia.org/wiki/Palmyra_offensive_(December_2016)'
	},
	{
		id: 'wiki-battle-of-aleppo',
		publisher: 'Wikipedia',
		title: 'Battle of Aleppo (2012–2016): the army declared the city retaken on 22 December 2016',
		url: 'https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2012%E2%80%932016)'
	},
	{
		id: 'wiki-siege-of-deir-ez-zor',
		publisher: 'Wikipedia',
		title:
			'Siege of Deir ez-Zor (2014–2017): the Islamic State’s offensive began on 14 January 2017',
		url: 'https://en.wikipedia.org/wiki/Siege_of_Deir_ez-Zor_(2014%E2%80%932017)'
	},
	{
		id: 'wiki-palmyra',
		publisher: 'Wikipedia',
		title: 'Palmyra: damage to the Roman theatre and the Tetrapylon announced on 20 January 2017',
		url: 'https://en.wikipedia.org/wiki/Palmyra'
	}
];
