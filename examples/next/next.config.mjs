/**
 * A static export: `next build` renders the pages on the server once, into `out/`, and the
 * browser hydrates them, as with `next start` (the widgets' tags in the server's HTML upgrade
 * before React hydrates them). The check serves `out/` with the API beside it.
 * @type {import('next').NextConfig}
 */
export default {
  output: 'export',
  // The example lives inside the library's repository: this folder is the app's root.
  turbopack: { root: import.meta.dirname },
};
