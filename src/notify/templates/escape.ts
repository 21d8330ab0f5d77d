/**
 * Making incident text safe for each medium. Titles and event texts come from monitoring
 * payloads and people outside Vigil's control, so every channel treats them as hostile.
 */

/**
 * Control characters (C0, C1, DEL; newlines included), line and paragraph separators, and the
 * bidirectional overrides and isolates that can make a title read differently from its bytes.
 */
const BREAKING = /[\p{Cc}\u2028\u2029]/gu;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;

/** One line of plain text: controls become spaces, bidi overrides go, runs of spaces collapse. */
export function plainLine(text: string): string {
  return text.replace(BIDI, '').replace(BREAKING, ' ').replace(/\s+/gu, ' ').trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Length in UTF-16 code units. SMS carriers count a message in Unicode (UCS-2) encoding this
 * way, so an emoji takes two; it is never less than the number of code points or graphemes.
 */
export function textLength(text: string): number {
  return text.length;
}

/**
 * Cuts `text` to at most `max` code units (see `textLength`), ending in "…" when cut. Cuts fall
 * between graphemes, so an emoji or an accented letter is never split in half.
 */
export function fitText(text: string, max: number): string {
  if (textLength(text) <= max) return text;
  if (max <= 0) return '';
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length + 1 > max) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/** A URL that is safe to link to (http or https), normalised; anything else gives null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined || url.trim() === '') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Slack mrkdwn: Slack asks for `&`, `<` and `>` (and only those) to be written as entities;
 * with `<` escaped, no `<!channel>`, `<@U…>` or `<url|label>` can be formed from incident text.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Adaptive Card markdown (TextBlock, Fact values). Teams clients differ in honouring backslash
 * escapes (desktop and web do; mobile clients have shown the backslash), so emphasis and link
 * punctuation is escaped and, in addition, `](` is split by a zero-width space: a link cannot
 * form on any client, at worst a stray backslash shows. `{{` is split the same way because
 * TextBlocks expand `{{DATE(…)}}`. Incident titles themselves go into TextRuns, which take no
 * markdown at all.
 */
export function escapeCardMarkdown(text: string): string {
  return plainLine(text)
    .replace(/[\\`*_~[\]]/g, (c) => `\\${c}`)
    .replace(/\\\]\(/g, '\\]\u200B(')
    .replace(/\{\{/g, '{\u200B{')
    .replace(/^([-+#>]|\d+\.)/, '\\$1');
}
