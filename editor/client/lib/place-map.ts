// The editor's map, and everything that touches MapLibre and terra-draw: the one owner of
// the map's life. The story's own style (src/lib/map/style.ts) on the story's own basemap,
// over the world's land (so a place can be added beyond the story's region, whose edge is
// outlined); the step's places as markers that drag; areas drawn with terra-draw, lines
// picked from one of the step's places to another (a line is between two places, not a path).
import {
	Map as MapLibreMap,
	Marker,
	NavigationControl,
	setWorkerUrl,
	type GeoJSONSource
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { TerraDraw, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { areasGeoJSON } from '$lib/map/areas';
import { connectionsGeoJSON } from '$lib/map/connections';
import { AREAS_SOURCE, CONNECTIONS_SOURCE, PLACES_SOURCE } from '$lib/map/highlight';
import { storyRegion } from '$lib/map/region.js';
import { buildStyle, placesGeoJSON } from '$lib/map/style';
import { COLORS } from '$lib/theme.js';
import type { Place, StoryEvent } from '$lib/story/types';

export interface View {
	lon: number;
	lat: number;
	zoom: number;
	pitch: number;
	bearing: number;
}

export interface PlaceMapEvents {
	/** A click while adding a place. */
	place(at: { lon: number; lat: number }): void;
	/** A marker dropped somewhere else. */
	moved(placeId: string, at: { lon: number; lat: number }): void;
	/** A click while drawing a line: the place of the step nearest it, if one is near. */
	picked(at: { lon: number; lat: number }): void;
	/** An area's outline drawn. */
	drawn(geometry: GeoJSON.Polygon): void;
	/** The map came to rest (its view, for "Use this view" and data-view). */
	rested(view: View): void;
}

export type Mode = 'browse' | 'place' | 'line' | 'area';

const absolute = (url: string) => new URL(url, location.href).href;
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export class PlaceMap {
	readonly map: MapLibreMap;
	#draw: TerraDraw | undefined;
	#markers = new Map<string, Marker>();
	#mode: Mode = 'browse';
	#region = '';
	#ready: Promise<void>;

	constructor(
		container: HTMLElement,
		places: readonly Place[],
		countries: string[],
		private events: PlaceMapEvents
	) {
		setWorkerUrl(absolute(workerUrl));
		const style = buildStyle({
			basemapUrl: absolute('/api/basemap'),
			// The editor's map is the base file alone, in English, on the built-in basemap.
			detailZoom: 5,
			hasDetail: false,
			lang: 'en',
			tiles: null,
			fonts: [{ url: absolute('/api/font.woff2'), range: ['U+0000-00FF', 'U+2000-206F'] }],
			places,
			countries,
			connections: EMPTY as GeoJSON.FeatureCollection<GeoJSON.LineString>,
			areas: EMPTY as never
		});
		// The world's land under the story's own, paler: the story's region is where the page's
		// basemap (and its finer coastlines) reaches.
		style.sources.world = { type: 'geojson', data: absolute('/api/world') };
		style.sources.region = { type: 'geojson', data: EMPTY };
		const land = style.layers.findIndex((layer) => layer.id === 'land');
		style.layers.splice(land, 0, {
			id: 'world-land',
			type: 'fill',
			source: 'world',
			paint: { 'fill-color': COLORS.land, 'fill-opacity': 0.55 }
		});
		style.layers.splice(land + 2, 0, {
			id: 'region-edge',
			type: 'line',
			source: 'region',
			paint: { 'line-color': COLORS.border, 'line-width': 1.5, 'line-dasharray': [1, 2] }
		});
		this.map = new MapLibreMap({
			container,
			style,
			center: [0, 20],
			zoom: 1,
			attributionControl: false,
			fadeDuration: 0,
			maxPitch: 85
		});
		this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
		this.map.on('click', (event) => {
			const at = { lon: event.lngLat.lng, lat: event.lngLat.lat };
			if (this.#mode === 'place') this.events.place(at);
			if (this.#mode === 'line') this.events.picked(at);
		});
		this.map.on('moveend', () => this.events.rested(this.view()));
		this.#ready = new Promise((resolve) => this.map.once('load', () => resolve()));
		void this.#ready.then(() => this.#startDrawing());
	}

	#startDrawing() {
		this.#draw = new TerraDraw({
			adapter: new TerraDrawMapLibreGLAdapter({ map: this.map }),
			modes: [
				new TerraDrawPolygonMode({
					styles: { fillColor: '#b3261e', fillOpacity: 0.2, outlineColor: '#b3261e' }
				})
			]
		});
		this.#draw.start();
		this.#draw.on('finish', (id) => {
			const feature = this.#draw?.getSnapshotFeature(id);
			this.#draw?.clear();
			if (feature?.geometry.type === 'Polygon') this.events.drawn(feature.geometry);
		});
		this.setMode(this.#mode);
	}

	/** Where the map looks now. */
	view(): View {
		const center = this.map.getCenter();
		return {
			lon: center.lng,
			lat: center.lat,
			zoom: this.map.getZoom(),
			pitch: this.map.getPitch(),
			bearing: this.map.getBearing()
		};
	}

	setMode(mode: Mode) {
		this.#mode = mode;
		const picking = mode === 'place' || mode === 'line';
		this.map.getCanvas().style.cursor = picking ? 'crosshair' : '';
		// A click on a marker goes to the map while a place or a line's end is being picked.
		this.map.getContainer().classList.toggle('picking', picking);
		if (!this.#draw) return;
		this.#draw.clear();
		this.#draw.setMode(mode === 'area' ? 'polygon' : 'static');
	}

	/** Shows the story, the step's places, lines and areas highlighted. */
	async show(places: readonly Place[], step: StoryEvent | undefined) {
		await this.#ready;
		const source = (id: string) => this.map.getSource(id) as GeoJSONSource | undefined;
		source(PLACES_SOURCE)?.setData(placesGeoJSON(places));
		source(CONNECTIONS_SOURCE)?.setData(step ? connectionsGeoJSON([step], places) : EMPTY);
		source(AREAS_SOURCE)?.setData(
			step ? (areasGeoJSON([step]) as GeoJSON.FeatureCollection) : EMPTY
		);
		const ids = new Set(step?.places ?? []);
		for (const place of places)
			this.map.setFeatureState(
				{ source: PLACES_SOURCE, id: place.id },
				{ highlighted: ids.has(place.id), inView: true }
			);
		for (const connection of step?.connections ?? [])
			this.map.setFeatureState(
				{ source: CONNECTIONS_SOURCE, id: `${connection.from}>${connection.to}` },
				{ highlighted: true }
			);
		for (const area of step?.areas ?? [])
			this.map.setFeatureState({ source: AREAS_SOURCE, id: area.id }, { highlighted: true });
		this.#showRegion(places, step);
		this.#showMarkers(places.filter((p) => ids.has(p.id)));
		this.map.once('idle', () => this.#sayDrawn());
	}

	/**
	 * What the map draws of the step's lines and areas, as the page's map says it (by id, on
	 * its element: `data-lines`, `data-areas`): read from what it rendered.
	 */
	#sayDrawn() {
		const drawn = (layer: string) =>
			[
				...new Set(
					this.map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))
				)
			]
				.sort()
				.join(' ');
		const element = this.map.getContainer();
		element.dataset.lines = drawn('connection-lines');
		element.dataset.areas = drawn('area-fills');
	}

	/** The story's region (where its basemap ends), outlined; the basemap again when it grows. */
	#showRegion(places: readonly Place[], step: StoryEvent | undefined) {
		if (places.length === 0) return;
		const [w, s, e, n] = storyRegion({ places, events: step ? [step] : [] });
		const key = [w, s, e, n].join(',');
		if (key === this.#region) return;
		const first = this.#region === '';
		this.#region = key;
		(this.map.getSource('region') as GeoJSONSource).setData({
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'LineString',
				coordinates: [
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[w, s]
				]
			}
		});
		if (!first)
			(this.map.getSource('basemap') as GeoJSONSource).setData(
				absolute(`/api/basemap?region=${key}`)
			);
	}

	#showMarkers(places: readonly Place[]) {
		for (const [id, marker] of this.#markers)
			if (!places.some((p) => p.id === id)) {
				marker.remove();
				this.#markers.delete(id);
			}
		for (const place of places) {
			let marker = this.#markers.get(place.id);
			if (!marker) {
				const element = document.createElement('div');
				element.className = 'place-marker';
				marker = new Marker({ element, draggable: true })
					.setLngLat([place.lon, place.lat])
					.addTo(this.map);
				const id = place.id;
				marker.on('dragend', () => {
					const at = marker!.getLngLat();
					this.events.moved(id, { lon: at.lng, lat: at.lat });
				});
				this.#markers.set(place.id, marker);
			}
			marker.setLngLat([place.lon, place.lat]);
			const element = marker.getElement();
			element.setAttribute('role', 'img');
			element.setAttribute('aria-label', place.name);
			element.title = `${place.name}: drag it to another town`;
		}
	}

	/**
	 * Looks at the step as its camera says, or around its places; a step with neither (a new
	 * one) leaves the map where it was, near the step before it, to add its places there.
	 */
	async frame(places: readonly Place[], step: StoryEvent | undefined) {
		await this.#ready;
		const camera = step?.camera;
		if (camera?.center && camera.zoom !== undefined)
			return this.map.jumpTo({
				center: camera.center,
				zoom: camera.zoom,
				pitch: camera.pitch ?? 0,
				bearing: camera.bearing ?? 0
			});
		const shown = places.filter((p) => step?.places.includes(p.id));
		if (camera?.bounds)
			return this.map.fitBounds(camera.bounds, {
				padding: 40,
				duration: 0,
				pitch: camera.pitch ?? 0,
				bearing: camera.bearing ?? 0
			});
		if (shown.length === 0) return;
		const lons = shown.map((p) => p.lon);
		const lats = shown.map((p) => p.lat);
		this.map.fitBounds(
			[Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
			{ padding: 60, maxZoom: camera?.maxZoom ?? 6.5, duration: 0, pitch: 0, bearing: 0 }
		);
	}

	/** The place nearest a point on the screen, within `withinPx`: a line's end, picked. */
	nearestPlace(places: readonly Place[], at: GeoJSON.Position, withinPx = 30): Place | undefined {
		const p = this.map.project(at as [number, number]);
		let best: { place: Place; px: number } | undefined;
		for (const place of places) {
			const q = this.map.project([place.lon, place.lat]);
			const px = Math.hypot(p.x - q.x, p.y - q.y);
			if (px <= withinPx && (!best || px < best.px)) best = { place, px };
		}
		return best?.place;
	}

	destroy() {
		this.#draw?.stop();
		for (const marker of this.#markers.values()) marker.remove();
		this.map.remove();
	}
}
