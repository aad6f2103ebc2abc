// One file fetched at import time (npm run import --fetch-media), safely: http and https
// only; each host resolved once, every answer checked against private and metadata
// ranges (addresses.ts) and the connection pinned to the answer checked, so a name cannot
// point elsewhere between the check and the connection; redirects followed by hand and
// each checked again; no cookies, credentials or compression asked for; the size capped
// while the bytes arrive, and the time too. The caller decides from the first bytes
// whether the file is worth reading (`accept`), and the download stops there if not.
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { privateAddress, privateName } from './addresses.ts';
import { stripCredentials } from './credentials.ts';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface FetchOptions {
	/** Reach loopback, private and link-local addresses too (an intranet; the tests). */
	allowPrivate: boolean;
	/** Larger than this, a file is refused, as soon as it shows it is. */
	maxBytes: number;
	/** From the first connection to the last byte, redirects included (milliseconds). */
	timeoutMs: number;
	/** For each connection to be made (milliseconds). */
	connectTimeoutMs: number;
	/** Redirects followed; one more is a failure. */
	maxRedirects: number;
	/** How names are resolved: the system's resolver unless a test gives its own. */
	resolve?: Resolver;
	/** Addresses allowed although private: only tests, to reach their own server. */
	allowAddresses?: string[];
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
	allowPrivate: false,
	maxBytes: 25e6,
	timeoutMs: 30_000,
	connectTimeoutMs: 10_000,
	maxRedirects: 3
};

/** What the first bytes say: null to read on, else why the file is not wanted. */
export type Accept = (head: Uint8Array, done: boolean) => string | null;

export type FetchOutcome =
	| { ok: true; bytes: Uint8Array; url: string; redirects: number }
	/** `refused`: the rules kept it out (an address, a size, its bytes); else it failed. */
	| { ok: false; refused: boolean; why: string };

/** How many first bytes `accept` is given, unless the file is shorter. */
export const HEAD_BYTES = 64;

const USER_AGENT = 'road-to-astana-import (a newsroom bringing its story media home)';

class Stop extends Error {
	constructor(
		readonly why: string,
		readonly refused: boolean
	) {
		super(why);
	}
}

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The address to connect to: every answer checked, the first one used. */
async function pin(url: URL, options: FetchOptions): Promise<{ address: string; family: number }> {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	if (!options.allowPrivate) {
		const name = isIP(host) ? null : privateName(host);
		if (name) throw new Stop(`${host} is ${name}`, true);
	}
	let answers: { address: string; family: number }[];
	if (isIP(host)) answers = [{ address: host, family: isIP(host) }];
	else {
		try {
			answers = await (options.resolve ?? systemResolver)(host);
		} catch (error) {
			const code = (error as { code?: string }).code;
			throw new Stop(`${host} cannot be resolved${code ? ` (${code})` : ''}`, false);
		}
	}
	if (!answers.length) throw new Stop(`${host} cannot be resolved`, false);
	if (!options.allowPrivate)
		for (const { address } of answers) {
			if (options.allowAddresses?.includes(address)) continue;
			const why = privateAddress(address);
			if (why)
				throw new Stop(isIP(host) ? `${host} is ${why}` : `${host} is ${address}, ${why}`, true);
		}
	return answers[0]!;
}

/** One request to a pinned address; the response once its headers are in. */
function request(
	url: URL,
	at: { address: string; family: number },
	options: FetchOptions,
	signal: AbortSignal
): Promise<IncomingMessage> {
	// The connection goes to the address checked, whatever the name resolves to now.
	const lookup: LookupFunction = (_host, opts, callback) => {
		if ((opts as { all?: boolean }).all)
			(callback as (e: null, a: { address: string; family: number }[]) => void)(null, [at]);
		else callback(null, at.address, at.family);
	};
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const req = client.get(url, {
			lookup,
			agent: false,
			signal,
			headers: {
				'user-agent': USER_AGENT,
				accept: 'image/*, video/*, audio/*, application/json;q=0.5, */*;q=0.1',
				'accept-encoding': 'identity'
			}
		});
		const connectTimer = setTimeout(
			() => req.destroy(new Stop(`${url.host} did not connect in time`, false)),
			options.connectTimeoutMs
		);
		req.on('socket', (socket) => {
			const connected = () => clearTimeout(connectTimer);
			socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
			if (!socket.connecting) connected();
		});
		req.on('response', (response) => {
			clearTimeout(connectTimer);
			resolve(response);
		});
		req.on('error', (error) => {
			clearTimeout(connectTimer);
			reject(error);
		});
	});
}

/** Reads the body to its end, under the size cap, asking `accept` after the first bytes. */
function readBody(response: IncomingMessage, options: FetchOptions, accept: Accept) {
	const declared = Number(response.headers['content-length']);
	if (Number.isFinite(declared) && declared > options.maxBytes)
		throw new Stop(`it is ${declared} bytes, more than the ${options.maxBytes} allowed`, true);
	return new Promise<Uint8Array>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let asked = false;
		const fail = (error: Error) => {
			response.destroy();
			reject(error);
		};
		const ask = (done: boolean) => {
			asked = true;
			const why = accept(new Uint8Array(Buffer.concat(chunks).subarray(0, HEAD_BYTES)), done);
			if (why) fail(new Stop(why, true));
			return !why;
		};
		response.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > options.maxBytes)
				return fail(new Stop(`it is more than the ${options.maxBytes} bytes allowed`, true));
			chunks.push(chunk);
			if (!asked && size >= HEAD_BYTES) ask(false);
		});
		response.on('end', () => {
			if (!response.complete) return fail(new Stop('the connection closed early', false));
			if (!asked && !ask(true)) return;
			resolve(new Uint8Array(Buffer.concat(chunks)));
		});
		response.on('error', fail);
		// Destroyed mid-way (the time ran out): neither 'end' nor always 'error' follows.
		response.on('close', () => {
			if (!response.complete) fail(new Stop('the connection closed early', false));
		});
	});
}

/** A promise that gives up when the signal does (a resolver that never answers). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		const abort = () => reject(signal.reason);
		signal.addEventListener('abort', abort, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
	});
}

/**
 * Fetches one address under the rules above. Never throws: a refusal or a failure comes
 * back with its reason, in words for the report.
 */
export async function fetchFile(
	address: string,
	accept: Accept,
	options: FetchOptions = DEFAULT_FETCH_OPTIONS
): Promise<FetchOutcome> {
	const controller = new AbortController();
	const timer = setTimeout(
		() => controller.abort(new Stop(`it took longer than ${options.timeoutMs / 1000} s`, false)),
		options.timeoutMs
	);
	try {
		// Keys and tokens in the address the story gave are never sent (a redirect's own
		// signed address, made by the server for this request, is followed as it is).
		let url = new URL(stripCredentials(address).url);
		for (let redirects = 0; ; redirects++) {
			if (url.protocol !== 'http:' && url.protocol !== 'https:')
				throw new Stop(`${url.protocol} is not http or https`, true);
			if (url.username || url.password) throw new Stop('the address carries a password', true);
			const at = await abortable(pin(url, options), controller.signal);
			const response = await request(url, at, options, controller.signal);
			const status = response.statusCode ?? 0;
			const location = response.headers.location;
			if (status >= 300 && status < 400 && location) {
				response.destroy();
				if (redirects >= options.maxRedirects)
					throw new Stop(`more than ${options.maxRedirects} redirects`, true);
				url = new URL(location, url);
				continue;
			}
			if (status !== 200) {
				response.destroy();
				throw new Stop(`the server answered ${status}`, false);
			}
			const bytes = await readBody(response, options, accept);
			return { ok: true, bytes, url: url.href, redirects };
		}
	} catch (error) {
		const reason = controller.signal.aborted ? controller.signal.reason : error;
		if (reason instanceof Stop) return { ok: false, refused: reason.refused, why: reason.why };
		const code = (reason as { code?: string }).code;
		const message = reason instanceof Error ? reason.message : String(reason);
		return { ok: false, refused: false, why: code ? `${message} (${code})` : message };
	} finally {
		clearTimeout(timer);
	}
}
