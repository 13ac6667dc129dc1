/**
 * Old Chromium builds for the browser-floor suite (README "Browser support"): the
 * `@sparticuz/chromium` npm package ships a real Chromium of its major version, installed here
 * under two aliases (devDependencies `chromium103`, `chromium108`). Its own `executablePath`
 * extracts to one fixed /tmp/chromium, where two versions would overwrite each other, so each is
 * extracted here into its own folder under node_modules/.cache, once:
 *
 *   bin/chromium.br         the brotli-compressed binary
 *   bin/swiftshader.tar.br  software GL libraries, beside the binary
 *   bin/aws.tar.br          lib/ (libnss3 and friends), for LD_LIBRARY_PATH
 *
 * Its fonts.conf (Open Sans only) is not used: the system's fonts (Noto Sans Arabic) render the
 * Persian text, as in the other engines.
 */
import { brotliDecompressSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** The old Chromium majors the floor suite runs, by the npm alias that holds each. */
export const OLD_CHROMIUMS = { chromium103: 103, chromium108: 108 };

/** `{ executablePath, env }` for the Chromium in the npm alias `name`, extracted on first use. */
export function oldChromium(name) {
  const pkg = join(root, 'node_modules', name);
  if (!existsSync(join(pkg, 'bin/chromium.br'))) {
    throw new Error(`node_modules/${name} is missing: run \`npm ci\` (devDependency ${name}, an alias of @sparticuz/chromium)`);
  }
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const dir = join(root, 'node_modules/.cache/egov-old-chromium', version);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const unbrotli = (file) => brotliDecompressSync(readFileSync(join(pkg, 'bin', file)));
    for (const tar of ['aws.tar.br', 'swiftshader.tar.br']) {
      if (existsSync(join(pkg, 'bin', tar))) execFileSync('tar', ['xf', '-', '-C', tmp], { input: unbrotli(tar) });
    }
    writeFileSync(join(tmp, 'chromium'), unbrotli('chromium.br'));
    chmodSync(join(tmp, 'chromium'), 0o755);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  }
  return {
    executablePath,
    env: { ...process.env, LD_LIBRARY_PATH: [join(dir, 'lib'), dir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
  };
}

/**
 * A `puppeteer` for wtr's chromeLauncher that drives these old builds with today's
 * puppeteer-core. Puppeteer attaches to pages through "tab" targets, which Chromium 108 lists but
 * does not auto-attach (a new page then never becomes ready): so the browser is launched, then
 * connected to again over a transport that asks Chromium to auto-attach every target, pages
 * included (Chromium 103 ignores the filter anyway).
 */
export function oldChromiumPuppeteer() {
  return {
    async launch(options) {
      const { default: puppeteer } = await import('puppeteer-core');
      const { NodeWebSocketTransport } = await import('puppeteer-core/lib/esm/puppeteer/node/NodeWebSocketTransport.js');
      const launched = await puppeteer.launch({ ...options, waitForInitialPage: false });
      const inner = await NodeWebSocketTransport.create(launched.wsEndpoint());
      const transport = {
        send(message) {
          const m = JSON.parse(message);
          if (m.method === 'Target.setAutoAttach' && !m.sessionId && m.params?.filter) {
            delete m.params.filter;
            message = JSON.stringify(m);
          }
          inner.send(message);
        },
        close: () => inner.close(),
        set onmessage(f) {
          inner.onmessage = f;
        },
        set onclose(f) {
          inner.onclose = f;
        },
      };
      const browser = await puppeteer.connect({ transport, defaultViewport: options.defaultViewport ?? { width: 800, height: 600 } });
      const close = browser.close.bind(browser);
      browser.close = async () => {
        await close().catch(() => {});
        const child = launched.process();
        if (child && child.exitCode === null) child.kill('SIGKILL');
      };
      return browser;
    },
  };
}
