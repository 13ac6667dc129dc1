// No bundler: a site copies the package's `dist/cdn/` folder beside its pages.
// dist/ is what you would upload: the pages, app.js and egov-widgets/ (the CDN files).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const cdn = 'node_modules/egov-widgets/dist/cdn';
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync(cdn, 'dist/egov-widgets', { recursive: true });
for (const f of ['index.html', 'app.js']) cpSync(f, `dist/${f}`);
// The autoloader page needs dist/cdn/autoloader.js, which newer packages ship.
if (existsSync(`${cdn}/autoloader.js`)) cpSync('autoloader.html', 'dist/autoloader.html');
else console.log('no autoloader.js in this package: autoloader.html left out');
console.log('dist/: ready to serve as static files');
