// Names that server output and the elements agree on, kept apart from the code that writes them so
// the main bundle carries the names alone.

/** The attribute on the JSON-LD block an element (or the server) wrote, so it is never read back as input. */
export const JSON_LD_MARK = 'data-news-json-ld';
