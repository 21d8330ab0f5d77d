import type { AlertImage, AlertLink } from '../../alerts/alert-event.js';

/**
 * Readers shared by the adapters. Policy throughout: a field the wire format requires and that is
 * absent or of the wrong type is an error; an optional field that is malformed is dropped with a
 * warning, because a 400 is not retried by Alertmanager or Grafana and the alert would be lost.
 */
export type JsonObject = Record<string, unknown>;

export const SUMMARY_LIMIT = 1024;
export const DEDUP_KEY_LIMIT = 255;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lengths are counted in characters (code points), as PD, Alertmanager and Grafana count runes. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export const fieldErrors = {
  missingOrBlank: (path: string) => `'${path}' is missing or blank`,
  missing: (path: string) => `'${path}' is missing`,
  notString: (path: string) => `'${path}' must be a string`,
  notObject: (path: string) => `'${path}' must be an object`,
  notArray: (path: string) => `'${path}' must be an array`,
  tooLong: (path: string, length: number, limit: number) => `'${path}' is too long (${length} characters; the limit is ${limit})`,
  notOneOf: (path: string, allowed: readonly string[]) => `'${path}' is invalid (must be one of: ${allowed.join(' ')})`,
};

/** A required string: absent, null, blank or non-string values are reported in `errors`. */
export function requiredString(value: unknown, path: string, errors: string[]): string | null {
  if (value === undefined || value === null) {
    errors.push(fieldErrors.missingOrBlank(path));
    return null;
  }
  if (typeof value !== 'string') {
    errors.push(fieldErrors.notString(path));
    return null;
  }
  if (value.trim() === '') {
    errors.push(fieldErrors.missingOrBlank(path));
    return null;
  }
  return value;
}

/** An optional string: blank becomes null; a non-string is dropped with a warning. */
export function optionalString(value: unknown, path: string, warnings: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    warnings.push(`ignored '${path}': not a string`);
    return null;
  }
  return value.trim() === '' ? null : value;
}

/**
 * Cuts a summary to 1024 characters the way Alertmanager and Grafana do on their side (last kept
 * character replaced by "…"), so an over-long title never costs the alert.
 */
export function truncateSummary(summary: string, path: string, warnings: string[]): string {
  const length = characterCount(summary);
  if (length <= SUMMARY_LIMIT) return summary;
  warnings.push(`truncated '${path}' from ${length} to ${SUMMARY_LIMIT} characters`);
  return [...summary].slice(0, SUMMARY_LIMIT - 1).join('') + '…';
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * Parses ISO 8601 / RFC 3339 date-times to epoch ms, including PD's `+0000` offsets without a
 * colon and Go's nanosecond fractions. No offset means UTC. Anything else returns null.
 */
export function parseTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  return remembered(timestamps, value, parseTimestampText);
}

/**
 * The alerts of one Alertmanager or Grafana message mostly share their timestamps and URLs (a
 * group fires together; `endsAt` is Go's zero time while firing), so a message of hundreds of
 * alerts parses the same few strings hundreds of times. Pure results are kept for the last
 * few hundred distinct strings.
 */
const REMEMBERED = 256;
const timestamps = new Map<string, number | null>();
const urls = new Map<string, string | null>();
function remembered<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  if (cache.has(text)) return cache.get(text) as T;
  const value = compute(text);
  if (cache.size >= REMEMBERED) cache.clear();
  cache.set(text, value);
  return value;
}

function parseTimestampText(value: string): number | null {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, offH = '0', offM = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, and Go's zero time
  // ("0001-01-01T00:00:00Z") must stay in year 1.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, Math.min(second, 59), Number((fraction + '000').slice(0, 3)));
  // A date that does not exist (31 February) rolls over; it is not a timestamp.
  if (date.getUTCDate() !== day) return null;
  const utc = date.getTime();
  if (zulu !== undefined || sign === undefined) return utc;
  const offset = (Number(offH) * 60 + Number(offM)) * 60_000;
  return sign === '+' ? utc - offset : utc + offset;
}

/** An optional timestamp: absent or `""` (go-pagerduty sends it) is null; garbage warns. */
export function optionalTimestamp(value: unknown, path: string, warnings: string[]): number | null {
  if (value === undefined || value === null || value === '') return null;
  const parsed = parseTimestamp(value);
  if (parsed === null) warnings.push(`ignored '${path}': not an ISO 8601 date-time`);
  return parsed;
}

/**
 * Only http(s) URLs become links: anything else (`javascript:`, relative paths) would be rendered
 * as a clickable link in the UI.
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return remembered(urls, value, httpUrlText);
}

function httpUrlText(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : null;
  } catch {
    return null;
  }
}

/** PD `links[]`: entries without an http(s) `href` are dropped with a warning, never rejected. */
export function parseLinks(value: unknown, path: string, warnings: string[]): AlertLink[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`ignored '${path}': not an array`);
    return [];
  }
  const links: AlertLink[] = [];
  value.forEach((entry: unknown, index) => {
    const href = isObject(entry) ? httpUrl(entry.href) : null;
    if (!isObject(entry) || href === null) {
      warnings.push(`ignored '${path}[${index}]': needs an http(s) 'href'`);
      return;
    }
    const text = typeof entry.text === 'string' && entry.text !== '' ? entry.text : undefined;
    links.push(text === undefined ? { href } : { href, text });
  });
  return links;
}

/** PD `images[]`: entries without an http(s) `src` are dropped with a warning, never rejected. */
export function parseImages(value: unknown, path: string, warnings: string[]): AlertImage[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`ignored '${path}': not an array`);
    return [];
  }
  const images: AlertImage[] = [];
  value.forEach((entry: unknown, index) => {
    const src = isObject(entry) ? httpUrl(entry.src) : null;
    if (!isObject(entry) || src === null) {
      warnings.push(`ignored '${path}[${index}]': needs an http(s) 'src'`);
      return;
    }
    const href = httpUrl(entry.href);
    const alt = typeof entry.alt === 'string' && entry.alt !== '' ? entry.alt : undefined;
    images.push({ src, ...(href !== null && { href }), ...(alt !== undefined && { alt }) });
  });
  return images;
}

/**
 * Free-form details: an object is kept as is; null/absent is `{}`; any other JSON value is kept
 * under its field name rather than thrown away.
 */
export function detailsObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  return isObject(value) ? value : { [field]: value };
}

/** Severity words as sent, trimmed, blanks dropped, most specific first. */
export function severityHints(...candidates: unknown[]): string[] {
  return candidates.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim());
}
