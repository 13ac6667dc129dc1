/**
 * Served by `next start`: `/` is prerendered at build time (the client wrappers), and
 * `/server-rendered` is rendered per request (its widgets come server-rendered, with their
 * data, from `renderHTML`: `egov-widgets/ssr.js`, a Node entry, in a Server Component).
 * @type {import('next').NextConfig}
 */
export default {
  // The example lives inside the library's repository: this folder is the app's root.
  turbopack: { root: import.meta.dirname },
};
