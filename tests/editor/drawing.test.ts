// Lines and areas from the keyboard: a line between two of the step's places, a point typed
// as latitude and longitude, an outline closed from its corners.
import { describe, expect, it } from 'vitest';
import { addLine, outlineOf, parsePoint } from '../../editor/shared/drawing';

describe('addLine', () => {
	const lines = [{ from: 'moscow', to: 'astana' }];
	it('adds a line between two of the places', () => {
		expect(addLine(lines, 'moscow', 'ankara')).toEqual([
			...lines,
			{ from: 'moscow', to: 'ankara' }
		]);
	});
	it('refuses a line the step has already, either way round, and a place to itself', () => {
		expect(addLine(lines, 'astana', 'moscow')).toMatch(/already has a line/);
		expect(addLine(lines, 'moscow', 'moscow')).toMatch(/two different places/);
		expect(addLine(lines, '', 'moscow')).toMatch(/Choose the two places/);
	});
});

describe('parsePoint', () => {
	it('reads latitude then longitude, as decimals', () => {
		expect(parsePoint('36.20, 37.15')).toEqual({ lat: 36.2, lon: 37.15 });
		expect(parsePoint(' 36.2 37.15 ')).toEqual({ lat: 36.2, lon: 37.15 });
		expect(parsePoint('-33.9, 18.4')).toEqual({ lat: -33.9, lon: 18.4 });
	});
	it('reads hemispheres, in either order', () => {
		expect(parsePoint('36.2° N, 37.15° E')).toEqual({ lat: 36.2, lon: 37.15 });
		expect(parsePoint('33.9 S 18.4 W')).toEqual({ lat: -33.9, lon: -18.4 });
		expect(parsePoint('37.15E, 36.2N')).toEqual({ lat: 36.2, lon: 37.15 });
	});
	it('says what is wrong otherwise', () => {
		expect(parsePoint('Aleppo')).toMatch(/is not a latitude and a longitude/);
		expect(parsePoint('36.2')).toMatch(/is not a latitude and a longitude/);
		expect(parsePoint('95, 37')).toMatch(/95 is not a latitude/);
		expect(parsePoint('36, 190')).toMatch(/190 is not a longitude/);
		expect(parsePoint('36 N, 37 N')).toMatch(/is not a latitude and a longitude/);
	});
});

describe('outlineOf', () => {
	const [a, b, c, d] = [
		{ lon: 37, lat: 55 },
		{ lon: 33, lat: 40 },
		{ lon: 51, lat: 36 },
		{ lon: 52, lat: 50 }
	];
	it('closes the corners into a polygon, in their order', () => {
		expect(outlineOf([a!, b!, c!])).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[37, 55],
					[33, 40],
					[51, 36],
					[37, 55]
				]
			]
		});
	});
	it('needs three different corners', () => {
		expect(outlineOf([a!, b!])).toMatch(/at least three/);
		expect(outlineOf([a!, b!, a!])).toMatch(/at least three/);
		expect(outlineOf([a!, b!, c!, a!])).toMatch(/given twice/);
	});
	it('refuses sides that cross, naming them', () => {
		// a, c, b, d: the side a–c crosses the side b–d.
		expect(outlineOf([a!, c!, b!, d!])).toMatch(/corner 1 and from corner 3 cross/);
		expect(outlineOf([a!, b!, c!, d!])).toHaveProperty('type', 'Polygon');
	});
});
