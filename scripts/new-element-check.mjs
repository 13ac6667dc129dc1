#!/usr/bin/env node
/**
 * `npm run check:new-element`: CONTRIBUTING's promise, kept. In a throwaway copy of the
 * repository (the files git tracks, with this checkout's node_modules), `npm run new:element`
 * scaffolds a sixth element; then the registry check, the type check, lint and Prettier on what it
 * wrote, and its own test in Chromium must pass. A change to a shared API the scaffolded element
 * calls (renderState, heading, the data controller) fails here, not for the next contributor.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const NAME = 'office-notice';
const copy = mkdtempSync(join(tmpdir(), 'egov-new-element-'));

/** Runs a command in the copy; stops the check with its output when it fails. */
function step(label, cmd, args, env = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`check:new-element: ${label} failed\n${r.stdout}\n${r.stderr}`);
    cleanUp();
    process.exit(1);
  }
  console.log(`check:new-element: ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return r.stdout;
}

function cleanUp() {
  rmSync(copy, { recursive: true, force: true });
}

/** The files git tracks; outside a git checkout, the tree without what is built or installed. */
function sourceFiles() {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    const skip = /(^|\/)(node_modules|dist|storybook-static|\.git|\.next|\.nuxt|\.output|\.angular|\.cache|\.tmp)(\/|$)/;
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)))
      .filter((f) => !skip.test(f));
  }
}

for (const file of sourceFiles()) {
  mkdirSync(join(copy, dirname(file)), { recursive: true });
  try {
    cpSync(join(root, file), join(copy, file));
  } catch {
    // A tracked file deleted in the working tree: the copy goes without it, as a commit would.
  }
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
// A repository of its own, so what the scaffolder wrote is what git status lists.
const git = (...args) => execFileSync('git', ['-c', 'user.name=check', '-c', 'user.email=check@localhost', ...args], { cwd: copy });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'before the scaffolder');

step('scaffold', 'node', ['scripts/new-element.mjs', NAME, '--fa', 'اطلاعیه دفتر', '--en', 'Office notice']);
const written = step('files it wrote', 'git', ['status', '--porcelain', '--untracked-files=all'])
  .split('\n')
  .map((l) => l.slice(3).trim())
  .filter((f) => f && f !== 'node_modules');
step('manifest', 'npm', ['run', 'analyze', '--silent']);
step('registry', 'npm', ['run', 'check:registry', '--silent']);
step('types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
const code = written.filter((f) => /\.(ts|mjs)$/.test(f));
step('lint', 'npx', ['eslint', '--max-warnings', '0', ...code]);
step('format', 'npx', ['prettier', '--check', ...written.filter((f) => /\.(ts|mjs|js|json|md|css|html)$/.test(f))]);
step('its test', 'npx', ['wtr', '--files', `test/${NAME}.test.ts`], { EGOV_ENGINES: 'chromium' });
console.log(`check:new-element: <egov-${NAME}> scaffolded into ${written.length} files and passed every check`);
cleanUp();
