/** Reads only own properties, so nothing inherited (or polluted) on a prototype is ever seen. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first item of an array, or the value itself. */
export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** True when the input is schema.org JSON-LD rather than the article format. */
export function isJsonLd(input: unknown): boolean {
  return Array.isArray(input) || ['@context', '@type', '@graph'].some((key) => field(input, key) !== undefined);
}
