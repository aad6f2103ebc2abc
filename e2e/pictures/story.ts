// An imported TimelineJS story whose pictures came home (npm run import --fetch-media): its
// source (invented events; its addresses name `{{origin}}`, the loopback server the import
// starts), and where its story and build go: tools/test-sites.js.
export { IMPORTED_PICTURES } from '../../tools/test-sites.js';
