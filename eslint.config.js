/**
 * ESLint, flat config. What is here: the browser floor for JavaScript APIs (README "Browser
 * support"): eslint-plugin-compat reads package.json `browserslist` and fails on an API past it
 * that is used without a guard (`npm run lint:compat`, which also checks the component styles).
 */
import compat from 'eslint-plugin-compat';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'storybook-static/**', 'coverage/**', 'examples/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    // typescript-eslint's plugin is loaded for the rules the sources name in disable comments.
    plugins: { compat, '@typescript-eslint': tseslint.plugin },
    rules: { 'compat/compat': 'error' },
  },
];
