// The whole story is static: prerender every route to plain HTML.
export const prerender = true;
