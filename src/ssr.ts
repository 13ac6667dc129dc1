/**
 * `egov-widgets/ssr.js` (Node 20+, server only): server rendering of the widgets in an HTML
 * page or fragment (README "Server rendering").
 */
export { renderHTML, type RenderOptions } from './ssr/render.js';
