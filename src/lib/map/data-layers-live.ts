/**
 * Shows the step's data layers on the live map and hides the others: a layer's file is
 * fetched the first time a step shows it (its source is empty until then), and each of
 * its style layers fades to its shown opacity or to none. Loaded with MapLibre, not before.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import mapData from 'virtual:story/map-data';
import { base } from '$app/paths';
import { dataLayerSource, layerParts } from './data-layers';

/** An empty source has not been given its file yet (a loaded one holds the collection). */
function unfetched(source: GeoJSONSource): boolean {
	const { data } = source.serialize();
	return typeof data === 'object' && 'features' in data && data.features.length === 0;
}

/**
 * Shows `shown` (layer ids) and hides every other layer, fading over `fadeMs` (0: a cut).
 * Returns the ids the map now shows, read back from its paint: `#map`'s `data-layers`.
 */
export function showDataLayers(
	map: MapLibreMap,
	shown: readonly string[],
	fadeMs: number
): string[] {
	const wanted = new Set(shown);
	for (const layer of mapData.layers) {
		const on = wanted.has(layer.id);
		const source = map.getSource<GeoJSONSource>(dataLayerSource(layer.id));
		if (!source) continue;
		if (on && unfetched(source))
			source.setData(new URL(`${base}/${layer.file}`, document.baseURI).href);
		for (const { spec, opacity, shown: full } of layerParts(layer)) {
			if (!map.getLayer(spec.id)) continue;
			map.setPaintProperty(spec.id, `${opacity}-transition`, { duration: fadeMs, delay: 0 });
			map.setPaintProperty(spec.id, opacity, on ? full : 0);
		}
	}
	return shown.filter((id) => {
		const layer = mapData.layers.find((l) => l.id === id);
		const first = layer && layerParts(layer)[0];
		return first ? Number(map.getPaintProperty(first.spec.id, first.opacity) ?? 0) > 0 : false;
	});
}
