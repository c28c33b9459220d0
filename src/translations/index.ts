import { field } from '../pipeline/object.js';
import { en, type Labels } from './en.js';

const BUILT_IN = ['ar', 'de', 'es', 'fr', 'kk', 'ru', 'zh'];
let locales: Record<string, Labels> | undefined;

/** The language of a locale's labels: `en-GB` → `en`, `pt-BR` → `pt`. */
export const language = (locale: string): string => locale.split(/[-_]/)[0].toLowerCase();

/** Right-to-left languages, by their language subtag. */
export const isRtl = (locale: string): boolean => ['ar', 'he', 'fa', 'ur'].includes(language(locale));

/** The labels for a locale (English for one not built in); undefined while the locales' chunk loads. */
export function labelsFor(locale: string): Labels | undefined {
  const lang = language(locale);
  return BUILT_IN.includes(lang) ? locales?.[lang] : en;
}

/**
 * The overrides in `value` (an object, or its JSON text as frameworks pass it) that are labels: own
 * string properties named like one. The rest is ignored.
 */
export function pickLabels(value: unknown): Partial<Labels> {
  const labels: Partial<Labels> = {};
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return labels;
    }
  }
  for (const key of Object.keys(en) as (keyof Labels)[]) {
    const text = field(value, key);
    if (typeof text === 'string') labels[key] = text;
  }
  return labels;
}

/** Loads the built-in locales besides English (one chunk, about 1.2 KB gzip). */
export async function loadLabels(): Promise<void> {
  locales ??= { ...(await import('./locales.js')) };
}

export { en, type Labels };
