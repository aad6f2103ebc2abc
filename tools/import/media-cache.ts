// What --fetch-media brought home before, kept between imports: each file once, by the
// sha256 of its bytes (`files/<sha256>`), and an index from each address fetched to the
// file it gave (`addresses.json`). Importing again asks the network for nothing it has;
// the same picture at two addresses is kept once. Failures are not kept: they are tried
// again next time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where fetched files are kept unless told otherwise: a folder npm and git both ignore. */
export const DEFAULT_MEDIA_CACHE = 'node_modules/.cache/imported-media';

export const sha256 = (bytes: Uint8Array): string =>
	createHash('sha256').update(bytes).digest('hex');

type Index = Record<string, { sha256: string; bytes: number }>;

export class MediaCache {
	private index: Index | undefined;

	constructor(readonly dir: string) {}

	private load(): Index {
		if (this.index) return this.index;
		try {
			const read = JSON.parse(readFileSync(join(this.dir, 'addresses.json'), 'utf8')) as unknown;
			this.index = read && typeof read === 'object' && !Array.isArray(read) ? (read as Index) : {};
		} catch {
			this.index = {};
		}
		return this.index;
	}

	/** The bytes an address gave before, if they are still here and whole. */
	get(address: string): Uint8Array | null {
		const entry = this.load()[address];
		if (!entry || !/^[0-9a-f]{64}$/.test(entry.sha256)) return null;
		try {
			const bytes = new Uint8Array(readFileSync(join(this.dir, 'files', entry.sha256)));
			return sha256(bytes) === entry.sha256 ? bytes : null;
		} catch {
			return null;
		}
	}

	/** Keeps what an address gave; returns the bytes' sha256. */
	put(address: string, bytes: Uint8Array): string {
		const hash = sha256(bytes);
		const files = join(this.dir, 'files');
		mkdirSync(files, { recursive: true });
		const file = join(files, hash);
		if (!existsSync(file)) writeAside(file, bytes);
		this.load()[address] = { sha256: hash, bytes: bytes.length };
		writeAside(join(this.dir, 'addresses.json'), JSON.stringify(this.index, null, '\t'));
		return hash;
	}
}

/** Written beside, then renamed into place: an import stopped halfway leaves nothing half-written. */
function writeAside(path: string, data: Uint8Array | string) {
	const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, path);
}
