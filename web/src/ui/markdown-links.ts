/**
 * Where a link in rendered Markdown (a runbook, a postmortem) may point: an absolute http(s) URL
 * with a host and no user name or password, or a path on Vigil itself (`/incidents/42`). Anything
 * else (`javascript:`, `data:`, `mailto:`, `//elsewhere`, a URL hiding a control character a
 * browser would strip) stays text. Returns the href to use, or null.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\?#]/i;
const LOCAL_PATH = /^\/(?![/\\])/;

export function markdownHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4_096) return null;
  if (SPACE_OR_CONTROL.test(raw) || raw.includes('\\')) return null;
  if (LOCAL_PATH.test(raw)) return raw;
  if (!ABSOLUTE_HTTP.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/** Whether the href leaves Vigil: such links open in a new tab, without an opener. */
export function isExternal(href: string): boolean {
  return !LOCAL_PATH.test(href);
}
