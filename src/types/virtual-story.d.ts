// The story file the build tells, checked against its schema (src/lib/story/vite-plugin.ts).
declare module 'virtual:story' {
	const story: import('$lib/story/types').Story;
	export default story;
}
