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

/** A raw NUL, or a `\u0000` escape inside a string (an escaped backslash before `u0000` is not one). */
export function containsNul(text: string): boolean {
  if (text.includes('\u0000')) return true;
  for (let i = text.indexOf('\\'); i !== -1 && i < text.length; i = text.indexOf('\\', i)) {
    if (text[i + 1] === 'u' && text.slice(i + 2, i + 6) === '0000') return true;
    // Skip the escaped character: an escaped backslash followed by the text u0000 is no NUL.
    i += 2;
  }
  return false;
}

/** Why JSON text is refused before parsing, or null. */
export function jsonTextProblem(text: string): string | null {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `the body nests deeper than ${MAX_JSON_DEPTH} levels`;
  if (containsNul(text)) return 'the body contains a NUL character (U+0000), which text fields cannot hold';
  return null;
}
