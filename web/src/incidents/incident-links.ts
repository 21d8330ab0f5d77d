/**
 * Alerts arrive from outside: their summaries, labels, annotations and links are written by
 * whatever sent them, and may be hostile. They are shown as text; a value becomes a link only
 * when it is an absolute http(s) URL with nothing a browser would quietly strip or reinterpret.
 */

/**
 * Control characters and every kind of space, anywhere in the value. Browsers strip leading
 * spaces and C0 controls from an `href` and drop tabs and newlines inside it, which is how
 * " javascript:…" and "java\tscript:…" get past a naive scheme check; a real link has none.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/** The scheme and `//` spelled out: no relative, protocol-relative or backslash forms. */
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\?#]/i;

/**
 * The href to use for `raw`, or null when it must stay text: only absolute `http:`/`https:` URLs
 * with a host, no spaces or control characters, and no user name or password (which make
 * `https://trusted.example@elsewhere.example` read as the wrong host). Pure; returns the URL as
 * the browser will resolve it.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4_096) return null;
  if (SPACE_OR_CONTROL.test(raw) || !ABSOLUTE_HTTP.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
