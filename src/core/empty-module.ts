/** Stands in for a module a build leaves out (vite.cdn.config.ts). */
export {};
