// Article formats besides v1, recognised by their shape. Each one's reader maps it onto format v1 and
// is a chunk of its own in the CDN build, loaded the first time an input needs it: a v1 article
// loads none.
import type { NormalizeResult } from '../types.js';
import { field, first, isJsonLd } from './object.js';

/** Reads an input of the format through the v1 reader, with issue paths naming places in the input. */
export type FormatReader = (input: unknown, readArticle: (article: unknown) => NormalizeResult) => NormalizeResult;

// The tests run on every input, in the main bundle: a few bytes each. A WordPress post (REST API)
// has a `title.rendered`; a list of posts (as `?slug=` answers) is tried before JSON-LD, which takes
// any list. A ninjs text item has `headlines` (2.x, 3.x), `body_html` or `body_text` (1.x): no
// other format has them (v1 has no snake_case field).
const isWordPress = (input: unknown) => field(field(first(input), 'title'), 'rendered') != null;
const isNinjs = (input: unknown) =>
  (field(input, 'headlines') ?? field(input, 'body_html') ?? field(input, 'body_text')) != null;

/** Each format by its name: how it is recognised and its reader's module, in the order they are tried. */
export const FORMATS: Record<string, [test: (input: unknown) => boolean, load: () => Promise<{ read: FormatReader }>]> =
  {
    WordPress: [isWordPress, () => import('./wordpress-reader.js')],
    'schema.org JSON-LD': [isJsonLd, () => import('./json-ld-reader.js')],
    ninjs: [isNinjs, () => import('./ninjs-reader.js')],
  };

const readers: Record<string, FormatReader> = {};

/** The name of the format the input is in; undefined for format v1. */
export const formatOf = (input: unknown): string | undefined =>
  Object.keys(FORMATS).find((name) => FORMATS[name][0](input));

/** The loaded reader of a format (undefined until `loadFormat` has loaded it). */
export const readerOf = (name: string): FormatReader | undefined => readers[name];

/** Loads the reader the input's format needs, if any. */
export async function loadFormat(input: unknown): Promise<void> {
  const name = formatOf(input);
  if (name) readers[name] ??= (await FORMATS[name][1]()).read;
}
