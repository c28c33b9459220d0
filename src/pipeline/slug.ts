/**
 * A tag's slug for `tag-href`: lower case, runs of anything but letters and digits become one
 * hyphen. Accents are dropped from Latin letters only ("Café Society" → "cafe-society"); other
 * scripts keep their letters ("Центральная Азия" → "центральная-азия", "中亚" → "中亚"), and the
 * slug is percent-encoded where it goes into the URL.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The URL for a tag without one, from a template such as `/topics/{slug}` (`{name}` works too). */
export function tagUrl(template: string, name: string): string {
  return template
    .replaceAll('{slug}', encodeURIComponent(slugify(name)))
    .replaceAll('{name}', encodeURIComponent(name));
}
