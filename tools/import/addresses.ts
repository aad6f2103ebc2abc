// Which network addresses a fetch at import time may reach: the public internet only,
// unless the desk says otherwise (--allow-private, for an intranet). Checked on the
// addresses a name resolves to, so a public name pointing inside the network is refused
// too. Addresses arrive as the WHATWG URL parser normalises them (`http://0x7f.1/` is
// `127.0.0.1`, `[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`), or as DNS answers them.
import { isIP } from 'node:net';

/** IPv4 ranges no import fetches from, each with how the report names it (RFC 6890). */
const IPV4_RANGES: [base: string, bits: number, what: string][] = [
	['169.254.169.254', 32, 'a cloud metadata address'],
	['0.0.0.0', 8, 'a “this network” address'],
	['10.0.0.0', 8, 'a private address'],
	['100.64.0.0', 10, 'a carrier-grade NAT address'],
	['127.0.0.0', 8, 'a loopback address'],
	['169.254.0.0', 16, 'a link-local address'],
	['172.16.0.0', 12, 'a private address'],
	// Oracle Cloud's metadata (192.0.0.192) among IETF assignments.
	['192.0.0.0', 24, 'a reserved address'],
	['192.0.2.0', 24, 'a documentation address'],
	['192.168.0.0', 16, 'a private address'],
	['198.18.0.0', 15, 'a benchmarking address'],
	['198.51.100.0', 24, 'a documentation address'],
	['203.0.113.0', 24, 'a documentation address'],
	['224.0.0.0', 4, 'a multicast address'],
	['240.0.0.0', 4, 'a reserved address']
];

/** IPv6 ranges, by their leading bits; addresses with an IPv4 inside are read for it. */
const IPV6_RANGES: [base: string, bits: number, what: string][] = [
	['fd00:ec2::254', 128, 'a cloud metadata address'],
	['::1', 128, 'a loopback address'],
	['::', 128, 'an unspecified address'],
	['64:ff9b:1::', 48, 'a local NAT64 address'],
	['100::', 64, 'a discard address'],
	['2001::', 32, 'a Teredo tunnel address'],
	['2001:db8::', 32, 'a documentation address'],
	['fc00::', 7, 'a private (unique local) address'],
	['fe80::', 10, 'a link-local address'],
	['fec0::', 10, 'a site-local address'],
	['ff00::', 8, 'a multicast address']
];

/** Host names that are never the public internet, whatever they resolve to. */
const PRIVATE_NAMES: [RegExp, string][] = [
	[/^(.+\.)?localhost$/, 'a loopback name'],
	[
		/^(metadata|metadata\.google\.internal|metadata\.goog|instance-data(\..+)?)$/,
		'a cloud metadata name'
	],
	[/\.(internal|local|localdomain|home\.arpa|intranet|lan)$/, 'a private network name']
];

function ipv4Number(address: string): number {
	return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** An IPv6 address as eight 16-bit groups (`::` expanded, a dotted IPv4 tail read). */
export function ipv6Groups(address: string): number[] {
	let text = address
		.toLowerCase()
		.replace(/^\[|\]$/g, '')
		.replace(/%.*$/, '');
	const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (dotted) {
		const n = ipv4Number(dotted[1]!);
		text = `${text.slice(0, dotted.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
	}
	const [head, tail] = text.split('::') as [string, string | undefined];
	const parse = (part: string | undefined) =>
		part ? part.split(':').map((group) => parseInt(group, 16)) : [];
	const front = parse(head);
	const back = parse(tail);
	const gap = tail === undefined ? 0 : 8 - front.length - back.length;
	return [...front, ...Array<number>(gap).fill(0), ...back];
}

const inIpv4 = (n: number, base: string, bits: number) =>
	bits === 0 || n >>> (32 - bits) === ipv4Number(base) >>> (32 - bits);

function inIpv6(groups: number[], base: string, bits: number): boolean {
	const ref = ipv6Groups(base);
	for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
		const take = Math.min(16, bits);
		const mask = (0xffff << (16 - take)) & 0xffff;
		if ((groups[i]! & mask) !== (ref[i]! & mask)) return false;
	}
	return true;
}

/** The IPv4 address inside an IPv6 one (mapped, compatible, NAT64, 6to4), if any. */
function embeddedIpv4(groups: number[]): string | undefined {
	const v4 = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
	const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
	// ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated), ::ffff:0:a.b.c.d (translated)
	if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0) && !zeros(6, 8))
		return v4(groups[6]!, groups[7]!);
	if (zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0) return v4(groups[6]!, groups[7]!);
	if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6]!, groups[7]!);
	if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
	return undefined;
}

/**
 * Why an IP address is not on the public internet ("a loopback address"), or null when
 * it is. Anything that is not an IP address is refused.
 */
export function privateAddress(address: string): string | null {
	const bare = address.replace(/^\[|\]$/g, '');
	const family = isIP(bare.replace(/%.*$/, ''));
	if (family === 4) {
		const n = ipv4Number(bare);
		if (n === 0xffffffff) return 'a broadcast address';
		return IPV4_RANGES.find(([base, bits]) => inIpv4(n, base, bits))?.[2] ?? null;
	}
	if (family !== 6) return 'not an IP address';
	const groups = ipv6Groups(bare);
	const range = IPV6_RANGES.find(([base, bits]) => inIpv6(groups, base, bits));
	if (range) return range[2];
	const inner = embeddedIpv4(groups);
	if (!inner) return null;
	const why = privateAddress(inner);
	return why ? `${why} (${inner}, inside an IPv6 address)` : null;
}

/** Why a host name is never public ("a loopback name"), or null. Name as the URL parser gives it. */
export function privateName(hostname: string): string | null {
	const name = hostname.toLowerCase().replace(/\.$/, '');
	return PRIVATE_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
