import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte needs no setting for custom elements: any tag with a hyphen is left to the browser.
export default defineConfig({ plugins: [svelte()] });
