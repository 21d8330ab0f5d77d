import type { FastifyReply } from 'fastify';

/** Text made safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The q-value a media range in an Accept header gives `type` (0: not acceptable), most specific range first. */
function quality(accept: string, type: string): number {
  const [major] = type.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';').map((p) => p.trim());
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    best = { specificity, q: Number.isFinite(value) ? value : 0 };
  }
  return best.q;
}

/**
 * Whether the caller would rather have a page than JSON: browsers ask for text/html by name;
 * API clients ask for JSON or send `*\/*` (curl), and get JSON.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return false;
  const html = quality(accept, 'text/html');
  return html > 0 && html > quality(accept, 'application/json') && /text\/html/i.test(accept);
}

/**
 * A small page in Vigil's frame, for browsers that follow a link before a web console exists.
 * `body` is HTML the caller built with `escapeHtml`. Private: pages may show incident details.
 */
export function sendHtmlPage(reply: FastifyReply, status: number, title: string, body: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('vary', 'Accept, Cookie, Authorization')
    .send(framed(title, body, 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2rem}dt{font-weight:600}'));
}

/**
 * A page reached by a link that carries its own credential (an acknowledge link, a stakeholder's
 * confirm or unsubscribe link): kept out of caches and out of the Referer of any link it holds.
 * `body` is HTML the caller built with `escapeHtml`.
 */
export function sendLinkPage(reply: FastifyReply, status: number, title: string, body: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(framed(title, body, 'body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}button{font-size:1.1rem;padding:.6rem 1.4rem}'));
}

/** Vigil's frame around a page's body: its title as the document's and as its heading. */
function framed(title: string, body: string, style: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Vigil</title>` +
    `<style>${style}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
