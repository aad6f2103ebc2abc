// pym.js 1.3.2 ships no types: the parts of its parent the tests use (pym.v1.js).
declare module 'pym.js' {
	export class Parent {
		constructor(id: string, url: string, config?: Record<string, unknown>);
		iframe: unknown;
		onMessage(type: string, callback: (message: string) => void): void;
		sendMessage(type: string, message: string): void;
		remove(): void;
	}
	const pym: { Parent: typeof Parent };
	export default pym;
}
