// Credentials an imported file may carry (a map token in a picture's address, a Google key
// in a link, a signed download's signature) never reach the story, its report or a fetch.
// Every string is cleaned the same way, wherever it sits: query parameters whose names say
// they carry a credential are removed, so are user names and passwords in addresses, and
// any text shaped like a known token is replaced. Each pattern runs in time linear in the
// text: every repetition is either bounded or ends the match, so no search backs up far.
import type { Report, ReportBuilder } from './report.ts';

/** What replaces a token found outside a query parameter (in a path, or in prose). */
export const REMOVED = '[credential removed]';

/**
 * Query parameter names that carry credentials, compared lower-cased with `-` and `.` read
 * as `_`: OAuth's and most APIs' tokens and keys (Mapbox `access_token`, Google `key`),
 * signatures of signed addresses (AWS `X-Amz-*`, Google Cloud `X-Goog-*`, CloudFront
 * `Signature` and `Key-Pair-Id`, Azure `sig`), passwords and session ids.
 */
export const CREDENTIAL_PARAMETERS = [
	...['access_token', 'accesstoken', 'token', 'auth', 'auth_token', 'authorization', 'bearer'],
	...['id_token', 'refresh_token', 'jwt', 'key', 'api_key', 'apikey', 'app_key', 'appkey'],
	...['private_key', 'secret', 'client_secret', 'app_secret', 'password', 'passwd', 'pwd'],
	...['pass', 'sig', 'signature', 'session', 'sessionid', 'session_id', 'private_token'],
	...['key_pair_id', 'googleaccessid', 'awsaccesskeyid']
];
/** Any parameter starting so (`X-Amz-Credential`, `X-Goog-Signature`…). */
export const CREDENTIAL_PREFIXES = ['x_amz_', 'x_goog_'];
/** Any parameter ending so (`mapbox_token`, `maps-api-key`, `client-secret`…). */
export const CREDENTIAL_SUFFIXES = ['_token', '_key', '_secret', '_password', '_signature', '_sig'];

/** Known token shapes, each with how the report names it. */
const TOKEN_SHAPES: [RegExp, string][] = [
	// pk. (public), sk. (secret), tk. (temporary): a JWT-like body after the prefix.
	[/(?<![A-Za-z0-9_-])[pst]k\.eyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]+)?/g, 'a Mapbox token'],
	// A JWT starts a word (never after `.`, so a Mapbox token is not counted twice).
	[
		/(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
		'a JSON Web Token'
	],
	[/AIza[0-9A-Za-z_-]{35}/g, 'a Google API key'],
	[/\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g, 'a GitHub token'],
	[/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, 'an AWS access key'],
	[/\bxox[abposre]-[A-Za-z0-9-]{10,}/g, 'a Slack token'],
	[/\b[rs]k_(?:live|test)_[0-9A-Za-z]{16,}/g, 'a Stripe key']
];

const PRIVATE_KEY = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/g;
const PRIVATE_KEY_END = /-----END [A-Z ]{0,40}PRIVATE KEY-----/g;

/** `?name=value`, `&…`, `;…` or `#…` (OAuth puts tokens in the fragment): name ≤ 100. */
const PARAMETER = /([?&;#])([^=&;#?\s"'<>()[\]]{1,100})=([^?&;#\s"'<>)\]]*)/g;

/** `https://user:password@host`: the user part ends at the first `@` before any `/`. */
const USER_INFO = /\b(https?:\/\/)([^\s/?#@"'<>]{1,256})@/gi;

/** The parameter's name as compared: decoded, lower-cased, `-` and `.` as `_`. */
function normalName(raw: string): string {
	let name = raw;
	try {
		name = decodeURIComponent(raw);
	} catch {
		// A malformed escape: compared as written.
	}
	return name.toLowerCase().replace(/[-.\s]/g, '_');
}

/** Whether a query parameter of this name carries a credential. */
export function isCredentialParameter(raw: string): boolean {
	const name = normalName(raw);
	return (
		CREDENTIAL_PARAMETERS.includes(name) ||
		CREDENTIAL_PREFIXES.some((prefix) => name.startsWith(prefix)) ||
		CREDENTIAL_SUFFIXES.some((suffix) => name.endsWith(suffix))
	);
}

/** The token shapes a text holds, by name, once each. */
function tokenKinds(text: string): string[] {
	return TOKEN_SHAPES.filter(([pattern]) => new RegExp(pattern.source).test(text)).map(
		([, kind]) => kind
	);
}

/** The text with every credential removed, and what was removed (names, never values). */
export function scrubText(text: string): { text: string; found: string[] } {
	const found = new Set<string>();
	// A cheap test first: most strings hold nothing that could be a credential.
	if (!/[?&;#=@]|eyJ|AIza|gh[pousr]_|github_pat_|AKIA|ASIA|xox|k_live_|k_test_|PRIVATE/.test(text))
		return { text, found: [] };
	let out = removeParameters(text, found);
	out = out.replace(USER_INFO, (_match, scheme: string) => {
		found.add('a user name and password in an address');
		return scheme;
	});
	for (const [pattern, kind] of TOKEN_SHAPES)
		out = out.replace(pattern, () => {
			found.add(kind);
			return REMOVED;
		});
	out = removePrivateKeys(out, found);
	return { text: out, found: [...found] };
}

/**
 * Removes each credential parameter with its separator, keeping the query well formed:
 * `?a=1&key=x&b=2` → `?a=1&b=2`, `?key=x&b=2` → `?b=2`, `?key=x` → ``. A parameter of
 * another name whose value is shaped like a token goes too.
 */
function removeParameters(text: string, found: Set<string>): string {
	let out = '';
	let from = 0;
	// A `?` or `#` just written whose parameter went: the next `&` goes, or, with no
	// parameter after it, the `?` itself.
	let lead = false;
	const settle = () => {
		if (!lead) return;
		if (text[from] === '&' || text[from] === ';') from += 1;
		else out = out.slice(0, -1);
		lead = false;
	};
	for (const match of text.matchAll(PARAMETER)) {
		const [whole, separator, name, value] = match as unknown as [string, string, string, string];
		const start = match.index!;
		const named = isCredentialParameter(name);
		const shapes = named ? [] : tokenKinds(value);
		if (!named && !shapes.length) continue;
		if (named) found.add(`the ${normalName(name)} parameter`);
		shapes.forEach((kind) => found.add(kind));
		const end = start + whole.length;
		if (lead && start === from) {
			from = end;
			continue;
		}
		settle();
		out += text.slice(from, start);
		if (separator === '?' || separator === '#') {
			out += separator;
			lead = true;
		}
		from = end;
	}
	settle();
	return out + text.slice(from);
}

function removePrivateKeys(text: string, found: Set<string>): string {
	if (!text.includes('PRIVATE KEY-----')) return text;
	let out = '';
	let from = 0;
	for (const begin of text.matchAll(PRIVATE_KEY)) {
		if (begin.index! < from) continue;
		PRIVATE_KEY_END.lastIndex = begin.index! + begin[0].length;
		const end = PRIVATE_KEY_END.exec(text);
		out += text.slice(from, begin.index) + REMOVED;
		from = end ? end.index + end[0].length : text.length;
		found.add('a private key');
	}
	return out + text.slice(from);
}

/** An address with its credentials removed, before it is fetched or kept. */
export function stripCredentials(url: string): { url: string; removed: string[] } {
	const { text, found } = scrubText(url);
	return { url: text, removed: found };
}

/** Where in a story a string sits: `events[2] "aleppo": media[0].src`, `meta.intro[0].text`. */
export type StoryPath = (string | number)[];

/**
 * Cleans every string in a story (or any JSON value) in place, and calls `onFound` with
 * each string's path and what was removed from it.
 */
export function scrubTree(
	root: unknown,
	onFound: (path: StoryPath, found: string[]) => void,
	path: StoryPath = []
): void {
	const visit = (holder: Record<string | number, unknown>, key: string | number) => {
		const value = holder[key];
		if (typeof value === 'string') {
			const { text, found } = scrubText(value);
			if (found.length) {
				holder[key] = text;
				onFound([...path, key], found);
			}
		} else if (value && typeof value === 'object') scrubTree(value, onFound, [...path, key]);
	};
	if (Array.isArray(root))
		root.forEach((_, i) => visit(root as unknown as Record<number, unknown>, i));
	else if (root && typeof root === 'object')
		for (const key of Object.keys(root)) visit(root as Record<string, unknown>, key);
}

/** How a report names a path in a story: its event by id, then the field. */
export function describePath(story: { events?: { id?: string }[] }, path: StoryPath): string {
	const [head, index, ...rest] = path;
	const field = (parts: StoryPath) =>
		parts.reduce<string>(
			(text, part) =>
				typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
			''
		);
	if (head === 'events' && typeof index === 'number') {
		const id = story.events?.[index]?.id;
		return `events[${index}]${id ? ` "${id}"` : ''}: ${field(rest)}`;
	}
	return field(path);
}

const REMOVED_LINE =
	'Credentials (keys, tokens, signatures, passwords) removed wherever they were: the story and this report never carry them';
const REVOKE_LINE =
	'The imported file holds credentials (removed here): if it was ever shared or published, revoke them with their service';

/** A JSON path as the report prints it: `storymap.slides[2].media.url`. */
export const jsonPath = (path: StoryPath): string =>
	path.reduce<string>(
		(text, part) =>
			typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
		''
	);

/**
 * Removes every credential from what an importer reads, before it reads it: a parsed JSON
 * file in place, or a CSV sheet or a config's text line by line (a reader's report then
 * never quotes a token, even shortened). Each removal is a report line.
 */
export function removeCredentials<T extends string | object>(input: T, report: ReportBuilder): T {
	let found = false;
	const log = (where: string, kinds: string[]) => {
		found = true;
		report.dropped(REMOVED_LINE, where, kinds.join(', '));
	};
	let result = input;
	if (typeof input === 'string')
		result = input
			.split('\n')
			.map((line, i) => {
				const scrubbed = scrubText(line);
				if (scrubbed.found.length) log(`line ${i + 1}`, scrubbed.found);
				return scrubbed.text;
			})
			.join('\n') as T;
	else scrubTree(input, (path, kinds) => log(jsonPath(path), kinds));
	if (found) report.check(REVOKE_LINE);
	return result;
}

/**
 * The last net, for what reading made (a config's escapes decoded into a token): the story
 * and the report, cleaned in place; a removal adds its lines to the report.
 */
export function scrubImported(story: { events?: { id?: string }[] }, report: Report): void {
	const where: string[] = [];
	scrubTree(story, (path, kinds) =>
		where.push(`${describePath(story, path)}: ${kinds.join(', ')}`)
	);
	let inReport = false;
	for (const section of [report.changed, report.dropped, report.beforePublishing])
		scrubTree(section, () => (inReport = true));
	if (!where.length && !inReport) return;
	const line = report.dropped.find((l) => l.text === REMOVED_LINE);
	if (line) line.where.push(...where);
	else report.dropped.push({ text: REMOVED_LINE, where: where.length ? where : ['this report'] });
	if (!report.beforePublishing.some((l) => l.text === REVOKE_LINE))
		report.beforePublishing.push({ text: REVOKE_LINE, where: [] });
}
