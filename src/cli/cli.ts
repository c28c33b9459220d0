#!/usr/bin/env node
// npx news-article-elements render|validate: the server renderer for a shell, a build script or a
// static site. Exit codes: 0 rendered (or valid), 1 an invalid article, 2 unreadable input or bad usage.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleIssue } from '../types.js';
import { FORMATS, formatOf, loadFormat } from '../pipeline/formats.js';
import { normalizeArticle } from '../pipeline/normalize.js';
import { readOptions } from '../server/options.js';
import { renderPage, type PageOptions } from '../server/page.js';
import { renderToString } from '../server/render.js';
import { VERSION } from '../server/version.js';
import { pageName, readInput, type Input } from './inputs.js';

const USAGE = `usage: news-article-elements render [file…|-] [--element TAG] [--lang BCP47] [--page] [--script URL] [--out-dir DIR]
                                   [--time-zone ZONE] [--base-url URL] [--heading-level N] [--link-target T]
                                   [--tag-href TEMPLATE] [--theme light|dark] [--ugc]
       news-article-elements validate [file…|-]
Reads article JSON from the files, or from standard input: format v1, ${Object.keys(FORMATS).join(', ')}.
validate prints each issue as path: message, and on standard error the format it recognised.`;

/** What `validate` names an input in the article format itself. */
const V1 = 'article format v1';

const OPTIONS = {
  element: { type: 'string' },
  lang: { type: 'string' },
  page: { type: 'boolean' },
  script: { type: 'string' },
  'out-dir': { type: 'string' },
  'time-zone': { type: 'string' },
  'base-url': { type: 'string' },
  'heading-level': { type: 'string' },
  'link-target': { type: 'string' },
  'tag-href': { type: 'string' },
  theme: { type: 'string' },
  ugc: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

class UsageError extends Error {}

const write = (stream: NodeJS.WriteStream, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);

/** Issues as `path: message` lines, each prefixed with its file when several files are read. */
function report(stream: NodeJS.WriteStream, input: Input, issues: readonly ArticleIssue[], several: boolean) {
  const prefix = several ? `${input.name}: ` : '';
  for (const { path, message } of issues) write(stream, `${prefix}${path}: ${message}`);
}

const isInvalid = (issues: readonly ArticleIssue[]) => issues.some((i) => i.severity === 'error');

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

// The flag of each rendering option.
const FLAGS: Record<string, keyof typeof OPTIONS> = {
  element: 'element',
  lang: 'lang',
  timeZone: 'time-zone',
  baseUrl: 'base-url',
  headingLevel: 'heading-level',
  linkTarget: 'link-target',
  tagHref: 'tag-href',
  theme: 'theme',
  ugc: 'ugc',
};

/** The rendering options of the flags; a value the renderer would ignore is bad usage here. */
function renderOptions(values: ReturnType<typeof parse>['values']): PageOptions {
  if (values['out-dir'] === '') throw new UsageError('--out-dir takes a directory');
  const level = values['heading-level'];
  const options: Record<string, unknown> = {};
  for (const [option, flag] of Object.entries(FLAGS)) {
    if (values[flag] !== undefined) options[option] = values[flag];
  }
  if (level !== undefined) options.headingLevel = /^\d+$/.test(level) ? Number(level) : level;
  const issues: ArticleIssue[] = [];
  readOptions(options, issues);
  for (const { path, message } of issues) {
    throw new UsageError(`--${FLAGS[path.replace('options.', '')]}: ${message.replace(/; ignored$/, '')}`);
  }
  return values.script === undefined ? options : { ...options, script: values.script };
}

/**
 * Reads the inputs in turn and hands each readable one to `use`, which answers its exit status; an
 * unreadable one is named on standard error and is a 2. The worst status wins.
 */
async function eachInput(names: string[], use: (input: Input) => Promise<number>, note = ''): Promise<number> {
  let code = 0;
  for (const name of names) {
    const input = await readInput(name);
    const status = input.error ? (write(process.stderr, `${name}: ${input.error}${note}`), 2) : await use(input);
    code = Math.max(code, status);
  }
  return code;
}

/** Every issue of each input on standard output; the format each was read as on standard error. */
function validate(names: string[]): Promise<number> {
  const several = names.length > 1;
  return eachInput(names, async (input) => {
    await loadFormat(input.value);
    const { issues } = normalizeArticle(input.value)!;
    write(process.stderr, `${several ? `${input.name}: ` : ''}format: ${formatOf(input.value) ?? V1}`);
    report(process.stdout, input, issues, several);
    return isInvalid(issues) ? 1 : 0;
  });
}

/** Renders every input to standard output; with any invalid or unreadable input, writes none of them. */
async function renderAll(names: string[], options: PageOptions, page: boolean): Promise<number> {
  const outputs: string[] = [];
  const code = await eachInput(names, async (input) => {
    const render = page ? renderPage : renderToString;
    const { html, issues } = await render(input.value, options);
    report(process.stderr, input, issues, names.length > 1);
    outputs.push(html);
    return html ? 0 : 1;
  });
  if (code === 0) for (const html of outputs) write(process.stdout, html);
  return code;
}

/** Renders one page per input into `dir`: invalid and unreadable files are named and skipped. */
async function renderPages(names: string[], options: PageOptions, dir: string): Promise<number> {
  if (names.includes('-')) throw new UsageError('--out-dir writes one page per file: name the files');
  const pages = names.map(pageName);
  const clash = pages.find((page, i) => pages.indexOf(page) !== i);
  if (clash) throw new UsageError(`two inputs would both write ${clash}`);
  await mkdir(dir, { recursive: true });
  let done = 0;
  const code = await eachInput(
    names,
    async (input) => {
      const { html, issues } = await renderPage(input.value, options);
      report(process.stderr, input, issues, true);
      if (!html) return (write(process.stderr, `${input.name}: invalid article; skipped`), 1);
      await writeFile(join(dir, pageName(input.name)), html);
      if (++done % 100 === 0) write(process.stderr, `${done} of ${names.length} pages written`);
      return 0;
    },
    '; skipped',
  );
  write(process.stderr, `${done} of ${names.length} pages written to ${dir}`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parse(rest);
  if (command === '--version' || values.version) return (write(process.stdout, VERSION), 0);
  if (command === '--help' || command === '-h' || values.help) return (write(process.stdout, USAGE), 0);
  const names = positionals.length ? positionals : ['-'];
  if (command === 'validate') return validate(names);
  if (command !== 'render') throw new UsageError(command ? `unknown command: ${command}` : 'no command');
  const options = renderOptions(values);
  const dir = values['out-dir'];
  return dir !== undefined ? renderPages(names, options, dir) : renderAll(names, options, !!values.page);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    write(
      process.stderr,
      error instanceof UsageError ? `news-article-elements: ${error.message}\n${USAGE}` : String(error),
    );
    process.exitCode = 2;
  },
);
