/**
 * The server's entry (`@angular/ssr`): renders the app into `dist/browser/index.html` at build
 * time. The egov-* tags are written as the template has them (the provider's `api-base` an
 * attribute, in the HTML), and nothing imports egov-widgets here: the elements are defined in
 * the browser (src/main.ts), where they upgrade before Angular hydrates the page.
 */
import { bootstrapApplication, type BootstrapContext } from '@angular/platform-browser';
import { App } from './app/app';
import { config } from './app/app.config.server';

export default (context: BootstrapContext) => bootstrapApplication(App, config, context);
