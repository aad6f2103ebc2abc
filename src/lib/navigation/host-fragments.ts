/**
 * Fragments a host's embedding adds to the story's address, which are no link of the
 * story's: an `amp-iframe` appends `#amp=1` to a frame's address that has none
 * (amp-iframe's `transformSrc_`). The story reads them as no fragment at all, without the
 * note a mistyped date link gets. Only the hosts' own parameters, `name=value` joined by
 * `&`: a date or a chapter id never holds `=`.
 */
const HOST_PARAMETERS = new Set(['amp']);

/** Whether a decoded fragment (without its `#`) is one a host added: `amp=1`. */
export function isHostFragment(text: string): boolean {
	if (text === '' || text.length > 100) return false;
	return text.split('&').every((pair) => {
		const match = /^([a-z]{1,16})=[\w.-]{0,32}$/i.exec(pair);
		return match !== null && HOST_PARAMETERS.has(match[1]!.toLowerCase());
	});
}
