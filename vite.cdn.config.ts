/**
 * dist/cdn/egov-widgets.js: one ES module with lit included that defines every element,
 * for `<script type="module" src=".../egov-widgets.js">` on a page with no build step.
 * chart.js and the English strings are split into chunks beside it, loaded only when used.
 */
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  plugins: [minifyLiteralsPlugin()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: { 'egov-widgets': 'src/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: { chunkFileNames: '[name]-[hash].js' },
    },
  },
});
