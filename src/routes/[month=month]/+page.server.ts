// A month of a long story on a page of its own: plain HTML, no scripts, for readers
// without JavaScript (the story's page sends only its first screens' events in its HTML).
import { error } from '@sveltejs/kit';
import { groupByDay } from '$lib/story/lookup';
import { wholeStory } from '$lib/server/whole-story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;
export const csr = false;
// Written as 2017-01/index.html, beside its data: any static host serves /2017-01/.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => wholeStory.laterMonths.map((month) => ({ month }));

export const load: PageServerLoad = ({ params }) => {
	const events = wholeStory.events.filter((event) => event.date?.startsWith(params.month));
	if (events.length === 0) error(404, 'The story has no events in this month');
	return { month: params.month, days: groupByDay(events) };
};
