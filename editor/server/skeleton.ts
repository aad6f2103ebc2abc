// A story file that does not exist yet: `npm run edit -- stories/new.json` starts from this
// skeleton, one dated step, and writes the file once the build would accept it (until then
// the work waits in the draft, as any change the build would refuse).
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA = fileURLToPath(new URL('../../stories/story.schema.json', import.meta.url));

/** A new dated story, today its one day, with the fields the schema asks for left empty. */
export function newStory(file: string, today = new Date().toISOString().slice(0, 10)) {
	const schema = relative(dirname(file), SCHEMA).split('\\').join('/');
	return {
		$schema: schema.startsWith('.') ? schema : `./${schema}`,
		meta: {
			title: '',
			url: 'https://example.org/new-story/',
			// The engine's own card (static/share.png, drawn by `npm run images`) until the desk has one.
			shareImage: { path: 'share.png', width: 1200, height: 630 },
			shareImageAlt: '',
			dek: '',
			description: '',
			span: { start: today, end: today },
			intro: [{ text: '', sources: [] }],
			about: [''],
			countries: [],
			countryLabels: []
		},
		places: [],
		sources: [],
		events: [{ id: 'first-step', date: today, precision: 'day', title: '', body: [], places: [] }]
	};
}
