// What --fetch-media did, written into the story's items and the import's report: each
// fetched item points at its copy (and keeps its address in `fetchedFrom`), each failure
// is one line with its reason, and "Before publishing" lists every fetched item with its
// credit and address, since the desk must hold the rights to publish it.
import { megabytes } from '../media/check.ts';
import type { RemoteMedia } from './media.ts';
import type { Report, Section } from './report.ts';
import type { MediaItem } from './types.ts';

interface Base {
	remote: RemoteMedia;
	/** The address fetched for it, as the file gives it (credentials removed). */
	address: string;
}

export type Outcome =
	| (Base & { status: 'page'; service: string })
	| (Base & { status: 'refused' | 'failed'; why: string })
	| (Base & {
			status: 'fetched';
			/** Where the bytes came from: the address, or the thumbnail's. */
			from: string;
			/** The item itself, or the picture on its link card. */
			role: 'file' | 'thumbnail';
			service?: string;
			category: 'picture' | 'video' | 'sound';
			/** `media/…`, beside the story. */
			file: string;
			bytes: Uint8Array;
			cached: boolean;
	  });

const KEPT_AS_ADDRESSES = 'Remote media kept as addresses';
const ADDRESS_GIVEN_HTTPS = 'Media addresses: http address given https';
const NOT_CREDITED = 'Credit these media: they say “Not credited in';

/** Adds a `where` to a report line, making the line if the report has none with this text. */
function add(report: Report, section: Section, text: string, where?: string) {
	let line = report[section].find((l) => l.text === text);
	if (!line) report[section].push((line = { text, where: [] }));
	if (where !== undefined && !line.where.includes(where)) line.where.push(where);
}

/** Takes places off the lines starting so (a line left with none goes). */
function remove(report: Report, section: Section, start: string, test: (where: string) => boolean) {
	report[section] = report[section].flatMap((line) => {
		if (!line.text.startsWith(start)) return [line];
		const where = line.where.filter((w) => !test(w));
		return where.length ? [{ ...line, where }] : [];
	});
}

/** The host an address names, without `www.`: a provisional credit. */
const hostOf = (address: string) => new URL(address).hostname.replace(/^www\./, '');

/** The item's fields in the order the story format lists them. */
function reorder(item: MediaItem) {
	const { src, poster, alt, caption, credit, fetchedFrom, ...rest } = item;
	for (const key of Object.keys(item)) delete (item as unknown as Record<string, unknown>)[key];
	Object.assign(item, {
		src,
		...(poster ? { poster } : {}),
		...(alt ? { alt } : {}),
		...(caption ? { caption } : {}),
		credit,
		...(fetchedFrom ? { fetchedFrom } : {}),
		...rest
	});
}

/** Alt text for a fetched picture or card picture: the file's, else its caption or headline. */
function altFor(remote: RemoteMedia, report: Report): string {
	const { item, where } = remote;
	if (item.alt) return item.alt;
	add(report, 'changed', `Alt text taken from the ${item.caption ? 'caption' : 'headline'}`, where);
	add(
		report,
		'beforePublishing',
		'Write alt text for pictures: these use their caption or headline',
		where
	);
	return item.caption ?? remote.headline;
}

export function applyOutcomes(
	outcomes: Outcome[],
	report: Report,
	context: { downloaded: number; cacheDir: string; fileName: string }
): void {
	const lines: string[] = [];
	const pages = new Map<string, number>();
	const stored = new Map<string, number>();
	let [fetched, cached, refused, failed] = [0, 0, 0, 0];
	for (const outcome of outcomes) {
		const { remote, address } = outcome;
		const { item, where } = remote;
		if (outcome.status === 'page') {
			pages.set(outcome.service, (pages.get(outcome.service) ?? 0) + 1);
			continue;
		}
		if (outcome.status !== 'fetched') {
			if (outcome.status === 'refused') refused++;
			else failed++;
			lines.push(`${where}: ${address}: ${outcome.status}: ${outcome.why} (it stays a link card)`);
			continue;
		}
		fetched++;
		if (outcome.cached) cached++;
		stored.set(outcome.file, outcome.bytes.length);
		if (outcome.role === 'file') {
			item.src = outcome.file;
			item.fetchedFrom = address;
			remove(report, 'changed', KEPT_AS_ADDRESSES, (w) => w.startsWith(`${where}: `));
			remove(report, 'changed', ADDRESS_GIVEN_HTTPS, (w) => w === where);
			add(
				report,
				'changed',
				'Remote media fetched into media/: the page shows them from its own origin (`fetchedFrom` keeps each address)',
				`${where}: ${outcome.file}`
			);
			if (outcome.category === 'picture') item.alt = altFor(remote, report);
			else
				add(
					report,
					'beforePublishing',
					'Fetched video and sound need captions (`captions`) or `noSpeech: true`: the build refuses them until then',
					where
				);
		} else {
			item.poster = outcome.file;
			item.alt = altFor(remote, report);
			add(
				report,
				'changed',
				'Link cards given their video’s thumbnail as their picture (`poster`)',
				`${where}: ${outcome.service}`
			);
		}
		if (!remote.credited) {
			item.credit = hostOf(address);
			remove(report, 'beforePublishing', NOT_CREDITED, (w) => w === where);
			add(
				report,
				'beforePublishing',
				'Provisional credits: these fetched media are credited to the site they came from until the desk credits them',
				`${where}: “${item.credit}”`
			);
		}
		reorder(item);
		add(
			report,
			'beforePublishing',
			'Fetched media: publish each only if the desk holds the rights to it. Its credit, and where it came from',
			`${where}: “${item.credit}”, ${outcome.from}`
		);
	}
	const bytes = [...stored.values()].reduce((sum, n) => sum + n, 0);
	const pageList = [...pages].map(([service, n]) => `${service} ${n}`).join(', ');
	const total = [...pages.values()].reduce((sum, n) => sum + n, 0);
	if (total) lines.push(`Pages of other services, not files: they stay link cards (${pageList})`);
	report.fetch = {
		summary:
			`${fetched} fetched into media/ (${stored.size} files, ${megabytes(bytes)}; ` +
			`${megabytes(context.downloaded)} downloaded now, ${cached} from the cache in ${context.cacheDir}), ` +
			`${refused} refused, ${failed} failed, ${total} pages left as link cards`,
		lines
	};
}
