import { describe, expect, it } from 'vitest';
import {
	applyHighlight,
	highlightedOn,
	PLACES_SOURCE,
	type FeatureStateTarget
} from '$lib/map/highlight';

/** A map's feature state, as MapLibre keeps it: per source and feature, merged on each set. */
function fakeMap() {
	const states = new Map<string, Record<string, unknown>>();
	const map: FeatureStateTarget = {
		setFeatureState: ({ source, id }, state) => {
			expect(source).toBe(PLACES_SOURCE);
			states.set(String(id), { ...states.get(String(id)), ...state });
		},
		getFeatureState: ({ id }) => states.get(String(id)) ?? {}
	};
	return { map, states };
}

describe('the highlight', () => {
	const all = ['lima', 'la-paz', 'quito', 'santiago'];

	it('marks the step’s places and dims every other one', () => {
		const { map, states } = fakeMap();
		applyHighlight(map, PLACES_SOURCE, all, ['quito', 'lima']);
		expect(Object.fromEntries([...states].map(([id, s]) => [id, s.highlighted]))).toEqual({
			lima: true,
			'la-paz': false,
			quito: true,
			santiago: false
		});
	});

	it('clears the previous step’s highlight', () => {
		const { map, states } = fakeMap();
		applyHighlight(map, PLACES_SOURCE, all, ['santiago']);
		applyHighlight(map, PLACES_SOURCE, all, ['la-paz']);
		expect(states.get('santiago')?.highlighted).toBe(false);
		expect(states.get('la-paz')?.highlighted).toBe(true);
	});

	it('is read back from the map, in the step’s order: a place the map lacks is not reported', () => {
		const { map } = fakeMap();
		applyHighlight(map, PLACES_SOURCE, all, ['atlantis', 'quito', 'lima']);
		expect(highlightedOn(map, PLACES_SOURCE, ['atlantis', 'quito', 'lima'])).toEqual([
			'quito',
			'lima'
		]);
	});

	it('reports what the map holds, not what was asked for', () => {
		const { map } = fakeMap();
		applyHighlight(map, PLACES_SOURCE, all, ['quito']);
		expect(highlightedOn(map, PLACES_SOURCE, ['lima'])).toEqual([]);
	});
});
