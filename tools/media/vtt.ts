// A caption track's words as a transcript: browsers show no captions for <audio>, so a
// sound with captions gets its cues' text, written into the page at build time.

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	nbsp: '\u00a0',
	quot: '"',
	apos: "'",
	lrm: '\u200e',
	rlm: '\u200f'
};

/** One cue's text as a reader reads it: voices named, other markup and timestamps dropped. */
function cueText(lines: string[]): string {
	return lines
		.join(' ')
		.replace(/<v(?:\.[^\s>]*)?\s+([^>]+)>/g, '$1: ')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X'))
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return ENTITIES[name.toLowerCase()] ?? whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The text of a WebVTT file's cues, one entry a cue, in order. The header, NOTE, STYLE and
 * REGION blocks and cue identifiers are left out; a cue that repeats the one before it
 * (captions split for timing) is kept once.
 */
export function transcriptOf(vtt: string): string[] {
	const blocks = vtt
		.replace(/^\ufeff/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/);
	const cues: string[] = [];
	for (const block of blocks) {
		const lines = block.split('\n').filter((line) => line.trim() !== '');
		const timing = lines.findIndex((line) => line.includes('-->'));
		// A cue's timing line is its first or, after an identifier, its second.
		if (timing < 0 || timing > 1) continue;
		const text = cueText(lines.slice(timing + 1));
		if (text && cues.at(-1) !== text) cues.push(text);
	}
	return cues;
}
