import { bootstrapApplication } from '@angular/platform-browser';
// Defines every egov-* element (or import only the ones you use: 'egov-widgets/service-card.js').
import 'egov-widgets';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((e: unknown) => console.error(e));
