// The import's report as data (what was converted, changed, dropped, and what an editor
// must do before publishing) and as the plain text the command prints; and the problem
// lines that refuse a file, one per problem.
import type { Format } from './types.ts';
import type { Removals } from './html.ts';
import { visible } from '../visible.js';

export interface ReportLine {
	text: string;
	/** Where in the file it applies, in the file's order. */
	where: string[];
}

export interface Report {
	file: string;
	format: Format;
	converted: { events: number; places: number; media: number; eras: number; groups: number };
	changed: ReportLine[];
	dropped: ReportLine[];
	beforePublishing: ReportLine[];
	/** What --fetch-media did (tools/import/bring-home.ts), or could do without it. */
	fetch?: { summary: string; lines: string[] };
}

export type Section = 'changed' | 'dropped' | 'beforePublishing';

/** Collects report lines; the same text said twice is one line with both places. */
export class ReportBuilder {
	private readonly sections: Record<Section, Map<string, Map<string, string[]>>> = {
		changed: new Map(),
		dropped: new Map(),
		beforePublishing: new Map()
	};

	/** `detail` says what at that place; details at one place share its entry. */
	add(section: Section, text: string, where?: string, detail?: string): void {
		const lines = this.sections[section];
		const places = lines.get(text) ?? new Map<string, string[]>();
		lines.set(text, places);
		if (where === undefined) return;
		const details = places.get(where) ?? [];
		places.set(where, details);
		if (detail !== undefined && !details.includes(detail)) details.push(detail);
	}
	changed(text: string, where?: string, detail?: string): void {
		this.add('changed', text, where, detail);
	}
	dropped(text: string, where?: string, detail?: string): void {
		this.add('dropped', text, where, detail);
	}
	check(text: string, where?: string, detail?: string): void {
		this.add('beforePublishing', text, where, detail);
	}

	/** Says what cleaning an HTML field removed, by kind, with counts. */
	html(where: string, field: string, removals: Removals): void {
		const count = (names: string[]) =>
			names
				.flatMap((name) => {
					const n = removals.elements.get(name);
					return n ? [`${n} <${name}>`] : [];
				})
				.join(', ');
		const kinds: [string, string[]][] = [
			['Scripts: the story never runs code from an imported file', ['script']],
			[
				'Embedded frames and objects: the page loads nothing from elsewhere',
				['iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'param']
			],
			['Styles: the story’s design sets the look', ['style', 'link']],
			[
				'Pictures, video and sound inside text: media are carried as media items',
				['img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area']
			],
			[
				'Other elements that are not text (forms, SVG, MathML, templates, noscript)',
				[
					...['form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist'],
					...['output', 'fieldset', 'legend', 'label', 'svg', 'math', 'template', 'noscript'],
					...['meta', 'base', 'title', 'head']
				]
			]
		];
		for (const [text, names] of kinds) {
			const found = count(names);
			if (found) this.dropped(text, where, `${field}: ${found}`);
		}
		if (removals.handlers.size) {
			const handlers = [...removals.handlers].map(([name, n]) => `${n} ${name}`).join(', ');
			this.dropped(
				'Event handler attributes (on…): code never runs',
				where,
				`${field}: ${handlers}`
			);
		}
		if (removals.styleAttributes)
			this.dropped(
				'Style attributes: the story’s design sets the look',
				where,
				`${field}: ${removals.styleAttributes}`
			);
		if (removals.links.length)
			this.dropped(
				'Links that are not http(s) or mailto (their words are kept)',
				where,
				`${field}: ${removals.links.join(', ')}`
			);
		if (removals.upgradedLinks)
			this.changed('Protocol-relative links (//host/…) given https', where, field);
		if (removals.nestedLists)
			this.changed('Lists inside lists flattened into one list', where, field);
	}

	build(file: string, format: Format, converted: Report['converted']): Report {
		const lines = (section: Section): ReportLine[] =>
			[...this.sections[section]].map(([text, places]) => ({
				text,
				where: [...places].map(([where, details]) =>
					details.length ? `${where}: ${details.join(', ')}` : where
				)
			}));
		return {
			file,
			format,
			converted,
			changed: lines('changed'),
			dropped: lines('dropped'),
			beforePublishing: lines('beforePublishing')
		};
	}
}

/**
 * The report as the command prints it: four headed sections of `- ` lines, each line's
 * control characters from the file written as escapes (tools/visible.js).
 */
export function formatReport(report: Report): string {
	const { events, places, media, eras, groups } = report.converted;
	const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
	const section = (title: string, lines: ReportLine[], limit: number) => {
		const body = lines.length
			? lines.map((line) => visible(`- ${line.text}${wherePart(line.where, limit)}`))
			: ['- Nothing.'];
		return [title, ...body].join('\n');
	};
	return [
		visible(`Imported ${report.file} (${report.format})`),
		[
			'Converted',
			`- ${plural(events, 'event')}, ${plural(places, 'place')}, ${plural(media, 'media item')}, ` +
				`${plural(eras, 'era')}, ${plural(groups, 'group')}`
		].join('\n'),
		...(report.fetch
			? [
					[
						'Fetched media',
						...[report.fetch.summary, ...report.fetch.lines].map((l) => `- ${l}`)
					].join('\n')
				]
			: []),
		section('Changed', report.changed, 8),
		section('Dropped', report.dropped, Infinity),
		section('Before publishing', report.beforePublishing, Infinity)
	].join('\n\n');
}

function wherePart(where: string[], limit: number): string {
	if (!where.length) return '';
	const shown = where.slice(0, limit).join('; ');
	const more = where.length > limit ? `; and ${where.length - limit} more` : '';
	return ` (${where.length}): ${shown}${more}`;
}

/** Problem lines: `file: events[3] "Battle of Tertry": start_date.year "abc" is not a year`. */
export class Problems {
	readonly lines: string[] = [];
	constructor(private readonly file: string) {}

	add(where: string, field: string, message: string): void {
		const head = where ? `${this.file}: ${where}` : this.file;
		this.lines.push(visible(`${head}: ${field ? `${field} ${message}` : message}`));
	}
	get any(): boolean {
		return this.lines.length > 0;
	}
}

/** A value as a problem line quotes it: short, on one line, never raw markup. */
export function quote(value: unknown): string {
	if (typeof value === 'string') {
		const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
		return JSON.stringify(short);
	}
	if (typeof value === 'number' || typeof value === 'boolean' || value === null)
		return String(value);
	return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** How a slide is named in messages: its index and headline, `events[3] "Battle of Tertry"`. */
export function whereOf(path: string, headline: string | undefined): string {
	if (!headline) return path;
	const short = headline.length > 60 ? `${headline.slice(0, 60)}…` : headline;
	return `${path} "${short}"`;
}
