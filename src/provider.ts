export { EgovProvider } from './provider/provider.js';
