import { describe, expect, it } from 'vitest';
import { remoteService } from '../../tools/media/services.ts';

describe('remoteService', () => {
	it.each([
		['https://www.youtube.com/watch?v=abc', 'YouTube'],
		['https://youtu.be/abc', 'YouTube'],
		['https://m.youtube.com/watch?v=abc', 'YouTube'],
		['https://vimeo.com/123', 'Vimeo'],
		['https://player.vimeo.com/video/123', 'Vimeo'],
		['https://twitter.com/someone/status/1', 'X'],
		['https://x.com/someone/status/1', 'X'],
		['https://www.instagram.com/p/abc/', 'Instagram'],
		['https://www.flickr.com/photos/someone/1', 'Flickr'],
		['https://flic.kr/p/abc', 'Flickr'],
		['https://soundcloud.com/someone/track', 'SoundCloud'],
		['https://en.wikipedia.org/wiki/Andes', 'Wikipedia'],
		['https://ru.m.wikipedia.org/wiki/Анды', 'Wikipedia'],
		['https://commons.wikimedia.org/wiki/File:Andes.jpg', 'Wikimedia Commons'],
		['https://open.spotify.com/episode/abc', 'Spotify'],
		['https://play.spotify.com/track/abc', 'Spotify'],
		['https://www.google.com/maps/place/La+Paz', 'Google Maps'],
		['https://www.google.co.uk/maps/@-16.5,-68.1,12z', 'Google Maps'],
		['https://maps.google.com/?q=La+Paz', 'Google Maps'],
		['https://maps.app.goo.gl/abc', 'Google Maps'],
		['https://www.tiktok.com/@someone/video/1', 'TikTok'],
		['https://bsky.app/profile/someone/post/abc', 'Bluesky'],
		['https://www.example.org/report', 'example.org'],
		['https://archive.org/details/x', 'archive.org']
	])('names %s as %s', (href, service) => expect(remoteService(href)).toBe(service));

	it('does not take a look-alike host for the service', () => {
		expect(remoteService('https://notyoutube.com/watch')).toBe('notyoutube.com');
		expect(remoteService('https://youtube.com.example.org/')).toBe('youtube.com.example.org');
		expect(remoteService('https://www.google.com/search?q=maps')).toBe('google.com');
	});
});
