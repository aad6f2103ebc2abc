// Checks across the story's map fields that their shape cannot express: layer ids unique
// and known, and a layer, like an area, is a claim: each event that shows it cites its
// source. (The layer files themselves are checked by tools/layers/, where the build reads them.)
import { idOf, isRecord, listOf, type Issue } from './check-values.ts';

export function mapCrossCheck(
	story: Record<string, unknown>,
	sourceIds: { has(id: string): boolean }
): Issue[] {
	const issues: Issue[] = [];
	const meta = isRecord(story.meta) ? story.meta : {};
	const layers = new Map<string, { index: number; source: unknown }>();
	listOf(meta.layers).forEach((layer, i) => {
		const id = idOf(layer);
		if (!id || !isRecord(layer)) return;
		const first = layers.get(id);
		if (first)
			issues.push({
				path: ['meta', 'layers', i, 'id'],
				message: `is used twice (first by meta.layers[${first.index}])`
			});
		else layers.set(id, { index: i, source: layer.source });
		if (typeof layer.source === 'string' && !sourceIds.has(layer.source))
			issues.push({
				path: ['meta', 'layers', i, 'source'],
				message: `"${layer.source}" is not in sources`
			});
	});
	listOf(story.events).forEach((event, e) => {
		if (!isRecord(event)) return;
		const cited = new Set(
			listOf(event.body).flatMap((p) => (isRecord(p) ? listOf(p.sources) : []))
		);
		listOf(event.layers).forEach((id, l) => {
			if (typeof id !== 'string') return;
			const layer = layers.get(id);
			const path = ['events', e, 'layers', l];
			if (!layer) issues.push({ path, message: `"${id}" is not in meta.layers` });
			else if (typeof layer.source === 'string' && !cited.has(layer.source))
				issues.push({
					path,
					message: `"${id}" comes from "${layer.source}", which the event's paragraphs do not cite: cite it where the text describes what the layer shows`
				});
		});
	});
	return issues;
}
