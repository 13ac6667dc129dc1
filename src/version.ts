/**
 * This copy's version, for the page registry (two copies of different versions on one page
 * get a console warning). `npm run build` fails when it differs from package.json's.
 */
export const VERSION = '0.1.0';
