import type { ArticleDate } from '../types.js';

type Style = 'long' | 'short';

type Format = Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat;

// Every formatter the elements use, made once per locale and kind: making one costs far more than using it.
const formats = new Map<string, Format>();

function cached<T extends Format>(key: string, make: (locale: string) => T, locale: string): T {
  let value = formats.get(key) as T | undefined;
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en'); // an invalid language tag from the page or the article
    }
    formats.set(key, value);
  }
  return value;
}

/**
 * A date in the reader's locale. Date-times are shown in the reader's own time zone, or in
 * `timeZone` when one is given (then with the zone's name, since the reader may be elsewhere); a
 * date given without a time is a calendar day and is shown as that day everywhere (read in UTC).
 * `long` adds the time of day to date-times; `short` is the date alone, for cards and lists.
 */
export function formatDate({ date, dateOnly }: ArticleDate, locale: string, style: Style, timeZone?: string): string {
  const zone = dateOnly ? 'UTC' : validTimeZone(timeZone);
  const timed = style === 'long' && !dateOnly;
  const make = (l: string) =>
    new Intl.DateTimeFormat(
      l,
      // dateStyle cannot name a zone, so a named zone spells the fields out (the same fields as `long`).
      timed && zone
        ? {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZone: zone,
            timeZoneName: 'short',
          }
        : { dateStyle: style === 'long' ? 'long' : 'medium', timeStyle: timed ? 'short' : undefined, timeZone: zone },
    );
  return cached(`${locale}|${style}|${timed}|${zone}`, make, locale).format(date);
}

// Time zones already checked, each with the name Intl gives it (or undefined for an unknown one).
const zones = new Map<string, string | undefined>();

/** The time zone when `Intl` knows it (an IANA name such as `Europe/Berlin`, or `UTC`), else undefined. */
export function validTimeZone(timeZone?: string): string | undefined {
  if (timeZone && !zones.has(timeZone)) {
    try {
      zones.set(timeZone, new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone);
    } catch {
      zones.set(timeZone, undefined);
    }
  }
  return timeZone && zones.get(timeZone);
}

/** "A, B and C" in the locale, as parts, so each name can stay a link. */
export function listParts(items: string[], locale: string): { type: string; value: string }[] {
  return cached(`${locale}|list`, (l) => new Intl.ListFormat(l, { type: 'conjunction' }), locale).formatToParts(items);
}

/** "5 minutes" in the locale, its plural form chosen by `Intl`. */
export function formatMinutes(minutes: number, locale: string): string {
  const make = (l: string) => new Intl.NumberFormat(l, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return cached(`${locale}|minutes`, make, locale).format(minutes);
}

/**
 * The reader's language for an element: its own `lang`, else the article's `inLanguage`, else the
 * nearest ancestor's `lang` (across shadow roots), else English. On a server, where elements have
 * no DOM methods, the first two decide.
 */
export function resolveLocale(element: HTMLElement, articleLanguage?: string): string {
  let lang: string | null | undefined = element.getAttribute?.('lang') || articleLanguage;
  for (let node: Element | null = element; !lang && node?.closest; node = (node.getRootNode() as ShadowRoot).host) {
    lang = node.closest('[lang]')?.getAttribute('lang');
  }
  return lang || 'en';
}
