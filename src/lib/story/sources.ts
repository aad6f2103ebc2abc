import type { Source } from './types';

/**
 * Where the facts come from. `article` is the project's primary source
 * (shared/source/article.txt); the others are news reports for what it does not give:
 * exact days, what happened after it was written, and context a reader needs.
 * `citedAs` lists the names the text uses when it attributes a claim to the source.
 */
export const sources: Source[] = [
	{
		id: 'article',
		outlet: 'Russia Beyond the Headlines (RBTH)',
		// Our copy does not carry the headline, byline or address; the analysis reports the
		// strikes of 18 January and looks ahead to the talks of 23 January 2017.
		title: 'news analysis of the Syrian war ahead of the Astana talks, published 18–22 January',
		untitled: true,
		date: '2017-01',
		citedAs: ['RBTH', 'Russia Beyond the Headlines'],
		speakers: ['Isaev', 'Malashenko', 'Nadein-Raevsky', 'Rouhani', 'Lavrov']
	},
	{
		id: 'reuters-palmyra-captured',
		outlet: 'Reuters',
		title: 'Governor of Syria’s Homs says Islamic State has captured Palmyra',
		date: '2016-12-11',
		author: 'Suleiman Al-Khalidi',
		url: 'https://www.reuters.com/article/mideast-crisis-syria-palmyra-idUSL5N1E60PX',
		citedAs: ['Reuters']
	},
	{
		id: 'afp-aleppo-retaken',
		outlet: 'AFP, in Gulf News',
		title: 'Syrian army says Aleppo retaken',
		date: '2016-12-22',
		url: 'https://gulfnews.com/news/mena/syria/syrian-army-says-aleppo-retaken-1.1950466',
		citedAs: ['AFP']
	},
	{
		id: 'reuters-moscow-declaration',
		outlet: 'Reuters, in Ahram Online',
		title: 'Russia, Iran, Turkey say ready to broker Syria deal',
		date: '2016-12-20',
		url: 'https://english.ahram.org.eg/News/253508.aspx',
		citedAs: ['Reuters']
	},
	{
		id: 'reuters-ceasefire',
		outlet: 'Reuters',
		title: 'Syria ceasefire deal backed by Russia and Turkey takes effect',
		date: '2016-12-29',
		author: 'John Davison',
		url: 'https://www.reuters.com/article/us-mideast-crisis-ceasefire-idUSKBN14I228',
		citedAs: ['Reuters']
	},
	{
		id: 'abc-ceasefire-talks',
		outlet: 'ABC News (Australia)',
		title:
			'Syrian Government, opposition fighters agree to nationwide ceasefire, Vladimir Putin says',
		date: '2016-12-29',
		url: 'https://www.abc.net.au/news/2016-12-29/syrian-government,-opposition-fighters-agree-to-ceasefire/8153516',
		citedAs: ['ABC News']
	},
	{
		id: 'guardian-mosul-offensive',
		outlet: 'The Guardian',
		title: 'Iraq’s prime minister announces operation to retake Mosul from Isis – video',
		date: '2016-10-17',
		url: 'https://www.theguardian.com/world/video/2016/oct/17/iraqs-prime-minister-announces-operation-to-retake-mosul-from-isis-video',
		citedAs: ['The Guardian']
	},
	{
		id: 'ap-east-mosul',
		outlet: 'Associated Press, in the Daily Herald',
		title: 'Iraqi PM: Eastern Mosul is ‘fully liberated’',
		date: '2017-01-24',
		url: 'https://www.dailyherald.com/article/20170124/news/301249895/',
		citedAs: ['AP', 'Associated Press']
	},
	{
		id: 'newarab-deir-ez-zor',
		outlet: 'The New Arab',
		title: 'IS militants surround key Deir az-Zour airbase in Syria',
		date: '2017-01-17',
		url: 'https://newarab.com/english/news/2017/1/16/is-militants-surround-key-deir-az-zour-airbase-in-syria',
		citedAs: ['The New Arab']
	},
	{
		id: 'ocha-deir-ez-zor',
		outlet: 'UN Office for the Coordination of Humanitarian Affairs (OCHA), on ReliefWeb',
		title: 'Syria Arab Republic: Deir-ez-Zor Flash Update No. 1, 20 January 2017',
		date: '2017-01-20',
		url: 'https://reliefweb.int/report/syrian-arab-republic/syria-arab-republic-deir-ez-zor-flash-update-no-1-20-january-2017-enar',
		citedAs: ['OCHA']
	},
	{
		id: 'bbc-joint-strikes',
		outlet: 'BBC News',
		title: 'Syria conflict: Russia and Turkey in first joint strikes on IS',
		date: '2017-01-18',
		url: 'https://www.bbc.co.uk/news/world-middle-east-38667895',
		citedAs: ['BBC']
	},
	{
		id: 'newarab-euphrates-shield',
		outlet: 'The New Arab',
		title: 'Turkey-backed Syrian rebels seize IS-held border town of Jarabulus',
		date: '2016-08-24',
		url: 'https://newarab.com/news/turkey-backed-syrian-rebels-seize-held-border-town-jarabulus',
		citedAs: ['The New Arab']
	},
	{
		id: 'afp-al-bab-captured',
		outlet: 'AFP, in the Daily Mail',
		title: 'Syria rebels announce capture of Al-Bab from IS',
		date: '2017-02-23',
		url: 'https://www.dailymail.co.uk/wires/afp/article-4252580/Syria-rebels-announce-capture-Al-Bab-IS.html',
		citedAs: ['AFP']
	},
	{
		id: 'reuters-palmyra-theatre',
		outlet: 'Reuters, on Investing.com',
		title: 'Islamic State destroys famous monument in Syria’s Palmyra: antiquities chief',
		date: '2017-01-20',
		author: 'Kinda Makieh and Tom Perry',
		url: 'https://www.investing.com/news/world-news/islamic-state-destroys-famous-monument-in-syria%27s-palmyra:-antiquities-chief-454551',
		citedAs: ['Reuters']
	},
	{
		id: 'ap-astana-opening',
		outlet: 'Associated Press, in the Daily Herald',
		title: 'Icy, brief face-to-face meeting of Syria government, rebels',
		date: '2017-01-23',
		url: 'https://www.dailyherald.com/article/20170123/news/301239937/',
		citedAs: ['AP', 'Associated Press']
	},
	{
		id: 'un-astana-envoy',
		outlet: 'United Nations, Office of the Secretary-General',
		title:
			'Note to Correspondents: Secretary-General’s Special Envoy for Syria, Staffan de Mistura, Astana',
		date: '2017-01-24',
		url: 'https://www.un.org/sg/en/content/sg/note-correspondents/2017-01-24/note-correspondents-secretary-generals-special-envoy-syria',
		citedAs: ['UN', 'United Nations']
	}
];
