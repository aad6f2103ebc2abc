/**
 * Offline, any of a picture's renditions is answered with the one the offline copy keeps
 * (src/service-worker.ts): all of them share the picture's name and hash
 * (`…/media/road-1a2b3c4d-960.avif`, `…/media/road-1a2b3c4d-640.webp`).
 */
const RENDITION = /\/media\/([^/]+-[0-9a-f]{8})-\d+\.(?:avif|webp|jpg|png)$/;

/** From the kept files' paths: the kept file for any rendition's path, if it is a picture's. */
export function keptRendition(kept: readonly string[]): (path: string) => string | undefined {
	const byPicture = new Map<string, string>();
	for (const path of kept) {
		const picture = RENDITION.exec(path)?.[1];
		if (picture) byPicture.set(picture, path);
	}
	return (path) => {
		const picture = RENDITION.exec(path)?.[1];
		return picture === undefined ? undefined : byPicture.get(picture);
	};
}
