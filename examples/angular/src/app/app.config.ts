import type { ApplicationConfig } from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';

/** The browser's configuration: hydrate the page the server rendered (`ng build` prerenders it). */
export const appConfig: ApplicationConfig = {
  providers: [provideClientHydration()],
};
