/**
 * Unpaired UTF-16 surrogates. A JavaScript string can hold one (JSON text `"\ud800"` or a YAML
 * `"\ud800"` escape parses into it), but UTF-8 cannot: SQLite stores it as bytes that read back
 * as U+FFFD, and PostgreSQL's driver replaces it too, so two different ones would meet as the
 * same dedup key. No text Vigil stores may contain one; every edge refuses them.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first unpaired surrogate in `text`, written as its JSON escape (`\ud800`), or null. */
export function loneSurrogate(text: string): string | null {
  const match = LONE_SURROGATE.exec(text);
  return match ? escapeCodeUnit(match[0].charCodeAt(0)) : null;
}

export function escapeCodeUnit(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** What every refusal says, after naming what held the surrogate. */
export function loneSurrogateProblem(escape: string): string {
  return `contains an unpaired UTF-16 surrogate (${escape}), which cannot be stored as text`;
}
