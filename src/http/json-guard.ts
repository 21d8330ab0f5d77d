import { escapeCodeUnit, loneSurrogate, loneSurrogateProblem } from '../core/unicode.js';

/**
 * Checks on JSON text before it is parsed and stored. Deep nesting would overflow the stack
 * when the value is serialised again for storage, PostgreSQL cannot store U+0000 in text, and
 * no database stores an unpaired UTF-16 surrogate faithfully (see `core/unicode.ts`); all are
 * refused up front with a clear 400 instead of failing later or being stored altered.
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

const HEX4 = /^[0-9a-fA-F]{4}$/;

function escapedUnit(text: string, at: number): number | undefined {
  if (text[at] !== '\\' || text[at + 1] !== 'u') return undefined;
  const hex = text.slice(at + 2, at + 6);
  return HEX4.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

/**
 * The first unpaired surrogate JSON text would parse into, as its escape (`\ud800`), or null:
 * a `\uD800`–`\uDBFF` escape not followed by a `\uDC00`–`\uDFFF` one, a low one on its own, or
 * (in text not decoded from UTF-8) an unpaired surrogate character.
 */
export function jsonLoneSurrogate(text: string): string | null {
  for (let i = text.indexOf('\\'); i !== -1 && i < text.length; i = text.indexOf('\\', i)) {
    const unit = escapedUnit(text, i);
    if (unit === undefined) {
      // Skip the escaped character: `\\ud800` is a backslash and the text ud800.
      i += 2;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return escapeCodeUnit(unit);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = escapedUnit(text, i + 6);
      if (low === undefined || low < 0xdc00 || low > 0xdfff) return escapeCodeUnit(unit);
      i += 12;
      continue;
    }
    i += 6;
  }
  return loneSurrogate(text);
}

/** Why JSON text is refused before parsing, or null. */
export function jsonTextProblem(text: string): string | null {
  if (jsonDepth(text) > MAX_JSON_DEPTH) return `the body nests deeper than ${MAX_JSON_DEPTH} levels`;
  if (containsNul(text)) return 'the body contains a NUL character (U+0000), which text fields cannot hold';
  const surrogate = jsonLoneSurrogate(text);
  if (surrogate !== null) return `the body ${loneSurrogateProblem(surrogate)}`;
  return null;
}
