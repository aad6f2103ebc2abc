import { describe, expect, it } from 'vitest';
import { applyHighlight, PLACES_SOURCE, type FeatureStateTarget } from '$lib/map/highlight';

function fakeMap() {
	const states = new Map<string, Record<string, unknown>>();
	const map: FeatureStateTarget = {
		setFeatureState: ({ source, id }, state) => {
			expect(source).toBe(PLACES_SOURCE);
			states.set(String(id), { ...states.get(String(id)), ...state });
		}
	};
	return { map, states };
}

describe('applyHighlight', () => {
	const all = ['al-bab', 'aleppo', 'mosul', 'palmyra'];

	it('highlights the step’s places and dims every other one', () => {
		const { map, states } = fakeMap();
		expect(applyHighlight(map, PLACES_SOURCE, all, ['mosul', 'al-bab'])).toEqual([
			'mosul',
			'al-bab'
		]);
		expect(Object.fromEntries([...states].map(([id, s]) => [id, s.highlighted]))).toEqual({
			'al-bab': true,
			aleppo: false,
			mosul: true,
			palmyra: false
		});
	});

	it('clears the previous step’s highlight', () => {
		const { map, states } = fakeMap();
		applyHighlight(map, PLACES_SOURCE, all, ['palmyra']);
		applyHighlight(map, PLACES_SOURCE, all, ['aleppo']);
		expect(states.get('palmyra')?.highlighted).toBe(false);
		expect(states.get('aleppo')?.highlighted).toBe(true);
	});

	it('reports only places the map has', () => {
		const { map } = fakeMap();
		expect(applyHighlight(map, PLACES_SOURCE, all, ['atlantis', 'mosul'])).toEqual(['mosul']);
	});
});
