// The page's layout, in one place, as theme.js holds its colours: the screens it changes at,
// the text column over the map, the cards, the media's height. The page's CSS takes the
// measures as custom properties on <html> (layoutStyle, set by hooks.server.ts) and the
// screens by name (`@media (--portrait-phone)`, written out by the build:
// tools/layout-media.ts); its scripts import them. Plain JavaScript, like theme.js.

/** The screens the layout changes at, by the names the CSS uses (`@media (--portrait-phone)`). */
export const SCREENS = /** @type {const} */ ({
	/** Portrait phones: the map at the top of the screen, the text the screen's width below it. */
	'portrait-phone': '(max-width: 47.99rem) and (min-height: 31.01rem)',
	/** Wider than a phone (portrait-phone's width, the other side). */
	wide: '(min-width: 48rem)',
	/** Tablets and narrow windows: the timeline gets a row of its own. */
	narrow: '(max-width: 63.99rem)',
	/** Short screens (a phone on its side): the timeline's row is tighter. */
	short: '(max-height: 31rem)',
	/** Landscape phones: too short for two rows. */
	'landscape-phone': '(max-height: 31rem) and (min-width: 40rem)',
	/** The narrowest phones: the smallest type, and a static map drawn at half its size. */
	'small-phone': '(max-width: 30rem)'
});

/** The text column lying over the map (beside it; a portrait phone's is the screen's width). */
export const TEXT_COLUMN = /** @type {const} */ ({
	start: 'max(1rem, 4vw)',
	width: 'min(30rem, 42vw)',
	/** A portrait phone's: its padding across. */
	phonePadding: '0.75rem'
});

/** A card's padding across (the introduction, a step, the closing note): beside the map, and on a portrait phone. */
export const CARD_PADDING = /** @type {const} */ ({ beside: '1.5rem', phone: '1.1rem' });

/**
 * The map's height on a portrait phone, at the top of the screen: a share of the reader's
 * screen (--screen, app.css: the small viewport, or framed, the host's window).
 */
export const PHONE_MAP_HEIGHT = 'calc(var(--screen) * 0.38)';

/**
 * The tallest a picture or a video is shown in a step, in hundredths of the reader's screen
 * (its height in the page's CSS, in `vh` in `sizes`, which takes no custom property): its
 * text and the map stay in sight.
 */
export const MEDIA_HEIGHT_SVH = 40;

/** The layout's measures as CSS custom properties (`--text-column-width: …`), for a style attribute. */
export const layoutStyle = () =>
	[
		`--text-column-start: ${TEXT_COLUMN.start}`,
		`--text-column-width: ${TEXT_COLUMN.width}`,
		`--phone-column-padding: ${TEXT_COLUMN.phonePadding}`,
		`--card-padding: ${CARD_PADDING.beside}`,
		`--phone-card-padding: ${CARD_PADDING.phone}`,
		`--phone-map-height: ${PHONE_MAP_HEIGHT}`,
		`--media-height: calc(var(--screen) * ${MEDIA_HEIGHT_SVH / 100})`
	].join('; ');
