// ESLint (flat config): `npm run lint`, zero warnings. Template bindings are type-checked
// apart, by lit-analyzer (`npm run lint:templates`). The browser floor's API check
// (eslint-plugin-compat against package.json `browserslist`) runs here too, and on its own,
// with the component styles, in `npm run lint:compat` (README "Browser support").
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'src/generated/', 'examples/', 'node_modules/', '.storybook/public/', 'test/visual/', 'tmp/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,

  // Build, check and dev-server scripts run in Node.
  {
    files: ['**/*.mjs', '*.config.{js,mjs,ts}', 'dev/api/**'],
    languageOptions: { globals: globals.node },
  },

  // What runs in the browser: the library, its tests, stories, dev pages, the API's service
  // worker (msw), and the functions the browser-driving scripts run in a page (page.evaluate).
  {
    files: [
      'src/**',
      'test/**',
      'stories/**',
      'dev/**/*.ts',
      'dev/api/msw.mjs',
      'bench/**',
      '.storybook/**',
      'scripts/{bench,bench-page,bench-ssr,csp-check,examples-check,frameworks-check,pack-check,screenshot}.mjs',
      'scripts/storybook/**',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    // chai's property assertions (`expect(x).to.exist`) are expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },

  // The library runs on the browser floor: an API past it needs a guard.
  {
    files: ['src/**/*.ts'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
  },

  // Lit templates and custom elements.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'dev/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },

  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not (tsc's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-unused-vars': 'off',
      // An empty catch is how this code says "a failure here changes nothing" (a missing file, a process already gone).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `interface A extends B {}` is how a declaration merges into a framework's types (src/jsx.ts, src/vue.ts).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }], '@typescript-eslint/no-unused-vars': 'off' },
  },
);
