import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** This package's version. */
export const VERSION = version;

/** The CDN bundle of this exact version: its lazy chunks must come from the same release. */
export const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/news-article.min.js`;
