#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx egov-widgets render [file|-] [--api-base URL] [--lang fa|en] [--nonce N] [--timeout ms] [-o out.html]`:
 * server-renders the widgets in a page, for static sites and CMS build steps (README
 * "Server rendering"). Reads the file (or stdin), writes the page to `-o` (or stdout).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderHTML } from '../ssr.js';

const usage = 'usage: egov-widgets render [file|-] [--api-base URL] [--lang fa|en] [--nonce N] [--timeout ms] [-o out.html]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'api-base': { type: 'string' },
      lang: { type: 'string' },
      nonce: { type: 'string' },
      timeout: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file = '-', ...rest] = positionals;
  if (values.help || command !== 'render' || rest.length) {
    (values.help ? console.log : console.error)(usage);
    return values.help ? 0 : 2;
  }
  const input = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const out = await renderHTML(input, {
    apiBase: values['api-base'],
    lang: values.lang,
    nonce: values.nonce,
    timeoutMs: values.timeout ? Number(values.timeout) : undefined,
  });
  if (values.output) await writeFile(values.output, out);
  else process.stdout.write(out);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`egov-widgets: ${e instanceof Error ? e.message : String(e)}`);
    console.error(usage);
    process.exitCode = 1;
  },
);
