// The step's form, generated from the story's JSON Schema (written from the zod schema in
// tools/story/): every property becomes a labelled field of the kind its type asks for, with
// the schema's description as its help, so a field added to the schema shows in the editor
// with no editor code. A few fields get a richer widget (the date and its precision, the
// paragraphs with their sources, the places on the map); the table below names them.

export type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema | false;
	prefixItems?: JsonSchema[];
	enum?: unknown[];
	const?: unknown;
	oneOf?: JsonSchema[];
	anyOf?: JsonSchema[];
	description?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	pattern?: string;
	default?: unknown;
};

/** Fields that a widget of the editor's own draws, by the property's name. */
export type Widget =
	| 'date'
	| 'paragraphs'
	| 'place-refs'
	| 'camera'
	| 'media'
	| 'lines'
	| 'geometry'
	| 'source-ref'
	| 'source-refs';

export type Field = {
	key: string;
	label: string;
	/** The schema's guidance, as plain text. */
	help?: string;
	required: boolean;
} & (
	| { kind: 'text'; pattern?: string; multiline: boolean }
	| { kind: 'number'; min?: number; max?: number; integer: boolean }
	| { kind: 'flag'; onlyTrue: boolean }
	| { kind: 'choice'; options: string[] }
	| { kind: 'object'; fields: Field[] }
	| { kind: 'list'; item: Field; minItems: number }
	| { kind: 'tuple'; items: Field[] }
	| { kind: 'widget'; widget: Widget; schema: JsonSchema; fields?: Field[] }
	| { kind: 'unknown' }
);

/** Labels for the story's keys; any other key is labelled from its name ("mapInteractive" → "Map interactive"). */
const LABELS: Record<string, string> = {
	id: 'Id',
	title: 'Title',
	date: 'Date',
	precision: 'Precision',
	time: 'Time',
	end: 'End',
	dateline: 'Dateline',
	body: 'Paragraphs',
	text: 'Text',
	places: 'Places',
	group: 'Group',
	media: 'Media',
	connections: 'Lines',
	areas: 'Areas',
	camera: 'Camera',
	mapInteractive: 'Readers may move the map',
	src: 'File',
	alt: 'Alt text',
	caption: 'Caption',
	credit: 'Credit',
	poster: 'Poster',
	captions: 'Captions file',
	noSpeech: 'No speech',
	source: 'Source',
	sources: 'Sources',
	from: 'From',
	to: 'To',
	label: 'Label',
	geometry: 'Outline',
	bounds: 'Box',
	maxZoom: 'Closest zoom',
	center: 'Centre',
	zoom: 'Zoom',
	pitch: 'Tilt',
	bearing: 'Turn',
	note: 'Note for editors',
	url: 'Address',
	dek: 'Standfirst',
	shareImage: 'Share picture',
	shareImageAlt: 'Share picture’s alt text',
	intro: 'Introduction',
	about: 'Closing note',
	span: 'Span',
	start: 'First day',
	overview: 'Overview map',
	countryLabels: 'Country names on the map',
	route: 'Draw the route so far',
	citedAs: 'Cited as',
	untitled: 'Headline unknown',
	outlet: 'Outlet',
	author: 'Byline',
	archive: 'Archived text',
	quotedInTranslation: 'Quoted in translation',
	labelSide: 'Label side',
	lon: 'Longitude',
	lat: 'Latitude',
	geonames: 'GeoNames entry'
};

/** A step's widgets by property name; `date` only where a `precision` stands beside it. */
export const STEP_WIDGETS: Record<string, Widget> = {
	body: 'paragraphs',
	places: 'place-refs',
	camera: 'camera',
	media: 'media',
	connections: 'lines',
	geometry: 'geometry',
	source: 'source-ref',
	sources: 'source-refs'
};

/** The front matter's: its introduction is paragraphs with sources, its media a step's. */
export const META_WIDGETS: Record<string, Widget> = {
	intro: 'paragraphs',
	media: 'media',
	geometry: 'geometry',
	source: 'source-ref',
	sources: 'source-refs'
};

/** Fields shown first, in this order; the rest keep the schema's order. */
const FIRST = ['title', 'date', 'dateline'];

/** "mapInteractive" → "Map interactive". */
export function labelFor(key: string): string {
	if (LABELS[key]) return LABELS[key];
	const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The schema's description as a reader sees it: `code` marks dropped. */
export const helpText = (description: string | undefined): string | undefined =>
	description?.replace(/`([^`]*)`/g, '$1');

const typeOf = (schema: JsonSchema): string | undefined =>
	Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** The field for one property of the schema. */
export function fieldFor(
	key: string,
	schema: JsonSchema,
	required: boolean,
	parent?: JsonSchema,
	widgets: Record<string, Widget> = STEP_WIDGETS
): Field {
	const base = { key, label: labelFor(key), help: helpText(schema.description), required };
	const widget = key === 'date' && parent?.properties?.precision ? 'date' : widgets[key];
	if (widget) {
		const fields = schema.properties ? objectFields(schema, widgets) : undefined;
		return { ...base, kind: 'widget', widget, schema, fields };
	}
	const type = typeOf(schema);
	if (schema.enum?.every((v) => typeof v === 'string'))
		return { ...base, kind: 'choice', options: schema.enum as string[] };
	if (type === 'string')
		return { ...base, kind: 'text', pattern: schema.pattern, multiline: key === 'text' };
	if (type === 'number' || type === 'integer')
		return {
			...base,
			kind: 'number',
			min: schema.minimum,
			max: schema.maximum,
			integer: type === 'integer'
		};
	if (type === 'boolean') return { ...base, kind: 'flag', onlyTrue: schema.const === true };
	if (type === 'object' && schema.properties)
		return { ...base, kind: 'object', fields: objectFields(schema, widgets) };
	if (type === 'array' && schema.prefixItems)
		return {
			...base,
			kind: 'tuple',
			items: schema.prefixItems.map((item, i) => fieldFor(String(i), item, true, schema, widgets))
		};
	if (type === 'array' && schema.items)
		return {
			...base,
			kind: 'list',
			item: { ...fieldFor('item', schema.items, true, schema, widgets), label: singular(key) },
			minItems: schema.minItems ?? 0
		};
	return { ...base, kind: 'unknown' };
}

/** An object's fields: the first ones named in FIRST, then the schema's order. */
export function objectFields(
	schema: JsonSchema,
	widgets: Record<string, Widget> = STEP_WIDGETS
): Field[] {
	const required = new Set(schema.required ?? []);
	const keys = Object.keys(schema.properties ?? {});
	const ordered = [
		...FIRST.filter((key) => keys.includes(key)),
		...keys.filter((key) => !FIRST.includes(key))
	];
	return ordered
		.filter((key) => !(key === 'precision' && schema.properties?.date))
		.map((key) => fieldFor(key, schema.properties![key]!, required.has(key), schema, widgets));
}

/** How one item of a list is named ("Add area"), where "drop the s" will not do. */
const ITEMS: Record<string, string> = {
	citedAs: 'Name',
	about: 'Closing note paragraph',
	countries: 'Country',
	countryLabels: 'Country name'
};

/** "areas" → "Area": how one item of a list is named ("Add area"). */
export function singular(key: string): string {
	if (ITEMS[key]) return ITEMS[key];
	const label = labelFor(key);
	if (label.endsWith('ies')) return label.slice(0, -3) + 'y';
	if (label.endsWith('s') && !label.endsWith('ss')) return label.slice(0, -1);
	return label;
}

/** The step's form: the schema of one event (`properties.events.items`). */
export function stepForm(storySchema: JsonSchema, dated: boolean): Field[] {
	const event = storySchema.properties?.events?.items;
	if (!event || typeof event !== 'object') throw new Error('The story schema has no events');
	// A dated story's steps have dates; a tour's have a free dateline instead.
	const hidden = dated ? ['dateline'] : ['date', 'precision', 'time', 'end'];
	return objectFields(event).filter((field) => !hidden.includes(field.key));
}

/**
 * The story's own fields: the front matter (`meta`), the sources and the gazetteer, each as
 * the schema has them (the steps have their own form).
 */
export function storyForm(storySchema: JsonSchema): { meta: Field[]; lists: Field[] } {
	const properties = storySchema.properties ?? {};
	const required = new Set(storySchema.required ?? []);
	const meta = properties.meta ? objectFields(properties.meta, META_WIDGETS) : [];
	const lists = ['sources', 'places']
		.filter((key) => properties[key])
		.map((key) => fieldFor(key, properties[key]!, required.has(key), storySchema, {}));
	return { meta, lists };
}
