// What every element shares (`npm run size` reports each entry's cost over this).
export { EgovElement } from '../src/core/base-element.js';
export { ApiController } from '../src/core/api-controller.js';
export { renderState, renderEmpty, renderNotFound } from '../src/ui/states.js';
export { baseStyles } from '../src/ui/styles.js';
export * from '../src/core/validate.js';
export * from '../src/format/index.js';
export { safeHttpUrl } from '../src/ui/url.js';
export { define } from '../src/core/define.js';
