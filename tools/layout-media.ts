// The screens the page's layout changes at are written once (src/lib/layout.js, SCREENS);
// the CSS names them, as Media Queries Level 5's custom media do (`@media (--portrait-phone)`),
// and this plugin writes each name out as its query in every stylesheet the build reads:
// app.css, the components' <style>, the stylesheets beside them. An unknown name fails the
// build (browsers would silently ignore the rule).
import type { Plugin } from 'vite';
import { SCREENS } from '../src/lib/layout.js';

/** A name in a media query: `(--portrait-phone)`. */
const NAMED = /\(--([a-z][a-z-]*)\)/g;
/** A stylesheet, or a component's <style> as Vite loads it. */
const STYLESHEET = /\.css(\?|$)|[?&]lang\.css/;

/** Writes each named screen out as its query in the `@media` rules of `css`. */
export function withScreens(css: string, where: string): string {
	return css.replace(/@media[^{;]+/g, (query) =>
		query.replace(NAMED, (_, name: string) => {
			const screen = SCREENS[name as keyof typeof SCREENS];
			if (!screen)
				throw new Error(
					`${where}: @media (--${name}) names no screen of src/lib/layout.js (${Object.keys(SCREENS).join(', ')})`
				);
			return screen;
		})
	);
}

export function layoutMedia(): Plugin {
	return {
		name: 'layout-media',
		enforce: 'pre',
		transform(code, id) {
			if (!STYLESHEET.test(id) || !code.includes('(--')) return undefined;
			return { code: withScreens(code, id.split('?')[0]!), map: null };
		}
	};
}
