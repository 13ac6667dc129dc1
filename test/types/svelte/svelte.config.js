// svelte-check reads this file: no preprocessing, Svelte 5 compiles TypeScript itself.
export default {};
