// RFC 822 dates (section 5, with RFC 1123's four-digit years and RFC 2822's obsolete forms), as RSS
// writes them: "Tue, 17 Jun 2025 09:30:00 GMT", "17 Jun 25 14:30 +0500". The day name, when given,
// is not checked against the date.
const RFC822 =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\s*,\s*)?(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-](?:[01]\d|2[0-3])[0-5]\d|[a-z]{1,3})(?:\s*\([^()]*\))?$/i;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** An RFC 822 date-time as ISO 8601, with its zone as an offset; undefined when it is none. */
export function rfc822Date(value: string): string | undefined {
  const match = RFC822.exec(value.trim());
  if (!match) return undefined;
  const [, day, month, year, hour, minute, second = '00', zone] = match;
  // Two-digit years: 1950–2049 (RFC 2822). Military zones other than Z: unknown, so UTC (RFC 2822).
  const fullYear = year.length === 4 ? +year : +year + (+year < 50 ? 2000 : 1900);
  // North American zones: Eastern, Central, Mountain, Pacific; Standard (-5 to -8 h) or Daylight (an hour on).
  const us = /^([ecmp])([sd])t$/i.exec(zone);
  const offset = /\d/.test(zone)
    ? `${zone.slice(0, 3)}:${zone.slice(3)}`
    : /^(?:ut|utc|gmt|[a-ik-z])$/i.test(zone)
      ? 'Z'
      : us && `-0${5 + 'ecmp'.indexOf(us[1].toLowerCase()) - (/d/i.test(us[2]) ? 1 : 0)}:00`;
  const m = MONTHS.indexOf(month.toLowerCase()) / 3;
  const date = new Date(Date.UTC(fullYear, m, +day));
  if (!offset || date.getUTCDate() !== +day || +hour > 23 || +minute > 59 || +second > 59) return undefined;
  const two = (n: string | number) => String(n).padStart(2, '0');
  return `${String(fullYear).padStart(4, '0')}-${two(m + 1)}-${two(day)}T${two(hour)}:${minute}:${second}${offset}`;
}
