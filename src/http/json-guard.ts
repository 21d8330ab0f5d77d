/**
 * Checks on JSON text before it is parsed and stored. Deep nesting would overflow the stack
 * when the value is serialised again for storage, and PostgreSQL cannot store U+0000 in text;
 * both are refused up front with a clear 400 instead of failing later as a 500.
 */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of JSON text, counted without parsing (brackets outside strings). */
export function jsonDepth(text: string, stopAbove = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

/** A raw NUL or a `\u0000` escape anywhere in the text. */
export function containsNul(text: string): boolean {
  return text.includes('\u0000') || /\\u0000/i.test(text);
}

/** Why JSON text is refused before parsing, or null. */
export function jsonTextProblem(text: string): string | null {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `the body nests deeper than ${MAX_JSON_DEPTH} levels`;
  if (containsNul(text)) return 'the body contains a NUL character (U+0000), which text fields cannot hold';
  return null;
}
