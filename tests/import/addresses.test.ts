// Which addresses a fetch at import time may reach: the classifier on every form an
// address can take, as the WHATWG URL parser hands it over.
import { describe, expect, it } from 'vitest';
import { ipv6Groups, privateAddress, privateName } from '../../tools/import/addresses';

/** The host a URL names, as the fetcher sees it: the parser's normal form. */
const hostOf = (url: string) => new URL(url).hostname;

describe('addresses a fetch may not reach', () => {
	it.each([
		['127.0.0.1', 'a loopback address'],
		['127.255.0.9', 'a loopback address'],
		['10.1.2.3', 'a private address'],
		['172.16.0.1', 'a private address'],
		['172.31.255.255', 'a private address'],
		['192.168.1.1', 'a private address'],
		['100.64.0.1', 'a carrier-grade NAT address'],
		['100.127.255.255', 'a carrier-grade NAT address'],
		['169.254.169.254', 'a cloud metadata address'],
		['169.254.1.1', 'a link-local address'],
		['0.0.0.0', 'a “this network” address'],
		['0.1.2.3', 'a “this network” address'],
		['224.0.0.1', 'a multicast address'],
		['239.255.255.250', 'a multicast address'],
		['240.0.0.1', 'a reserved address'],
		['255.255.255.255', 'a broadcast address'],
		['192.0.0.192', 'a reserved address'],
		['::1', 'a loopback address'],
		['::', 'an unspecified address'],
		['fc00::1', 'a private (unique local) address'],
		['fd12:3456::1', 'a private (unique local) address'],
		['fd00:ec2::254', 'a cloud metadata address'],
		['fe80::1', 'a link-local address'],
		['fe80::1%eth0', 'a link-local address'],
		['febf::1', 'a link-local address'],
		['ff02::1', 'a multicast address'],
		['::ffff:127.0.0.1', 'a loopback address (127.0.0.1, inside an IPv6 address)'],
		['::ffff:7f00:1', 'a loopback address (127.0.0.1, inside an IPv6 address)'],
		['::ffff:a9fe:a9fe', 'a cloud metadata address (169.254.169.254, inside an IPv6 address)'],
		['::ffff:0:a00:1', 'a private address (10.0.0.1, inside an IPv6 address)'],
		['::10.0.0.1', 'a private address (10.0.0.1, inside an IPv6 address)'],
		['64:ff9b::c0a8:1', 'a private address (192.168.0.1, inside an IPv6 address)'],
		['2002:7f00:1::', 'a loopback address (127.0.0.1, inside an IPv6 address)'],
		['not-an-ip', 'not an IP address']
	])('%s is %s', (address, why) => {
		expect(privateAddress(address)).toBe(why);
	});

	it.each([
		'8.8.8.8',
		'1.1.1.1',
		'172.32.0.1',
		'100.128.0.1',
		'169.255.0.1',
		'11.0.0.1',
		'2606:4700:4700::1111',
		'2a00:1450:4001:80b::200e',
		'::ffff:8.8.8.8',
		'64:ff9b::808:808',
		'fbff::1'
	])('%s is public', (address) => {
		expect(privateAddress(address)).toBeNull();
	});

	it.each([
		// Decimal, octal, hexadecimal and shortened IPv4 forms: the URL parser normalises them.
		['http://2130706433/x.jpg', '127.0.0.1'],
		['http://0x7f.1/x.jpg', '127.0.0.1'],
		['http://0177.0.0.1/x.jpg', '127.0.0.1'],
		['http://127.1/x.jpg', '127.0.0.1'],
		['http://0xa9.0xfe.0xa9.0xfe/', '169.254.169.254'],
		['http://3232235777/', '192.168.1.1'],
		['http://0/', '0.0.0.0'],
		['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
		['http://[0:0:0:0:0:ffff:169.254.169.254]/', '[::ffff:a9fe:a9fe]'],
		['http://[::1]:8080/', '[::1]']
	])('%s reaches %s, which is refused', (url, host) => {
		expect(hostOf(url)).toBe(host);
		expect(privateAddress(hostOf(url))).not.toBeNull();
	});

	it('reads IPv6 groups in every written form', () => {
		expect(ipv6Groups('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
		expect(ipv6Groups('[fe80::1]')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
		expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
		expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('refuses names that are never public, whatever they resolve to', () => {
		expect(privateName('localhost')).toBe('a loopback name');
		expect(privateName('LOCALHOST.')).toBe('a loopback name');
		expect(privateName('a.localhost')).toBe('a loopback name');
		expect(privateName('metadata.google.internal')).toBe('a cloud metadata name');
		expect(privateName('instance-data.ec2.internal')).toBe('a cloud metadata name');
		expect(privateName('printer.local')).toBe('a private network name');
		expect(privateName('upload.wikimedia.org')).toBeNull();
		expect(privateName('localhost.example.org')).toBeNull();
	});
});
