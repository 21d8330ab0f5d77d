import { Type, type Static } from '@sinclair/typebox';
import { RE2JS, RE2JSSyntaxException } from 're2js';
import { alertFieldText, detailAt, GROUPING_FIELDS_HINT, groupingFieldProblem, type AlertFields } from './grouping.js';

/**
 * Matchers over alert fields, defined once for runbooks, silences and routing rules:
 * `{ field, op, value }` with Alertmanager's operators. A list is AND; OR is several lists, or
 * `a|b` inside one regular expression.
 *
 * - A field the alert lacks reads as `""` (Alertmanager): `x=""` matches absent or empty,
 *   `x!=""` means present and non-empty, `x!~"a.+"` matches every alert without `x`.
 * - `=` and `!=` compare exactly: case-sensitive, no trimming, no Unicode normalisation.
 * - `=~` and `!~` are RE2 (re2js, linear time), anchored as `^(?:v)$`, so `db` does not match
 *   `db-1`; they run on code points (`.` is one emoji), `.` skips `\n`, and `(?i)`, `(?s)` turn
 *   on case folding or dot-all.
 * - `details.<path>` walks objects; an array or an absent key on the way is missing; numbers,
 *   booleans and objects compare as their JSON text (`5`, `true`).
 * - A value longer than 16 KiB never matches `=~` (so always matches `!~`): no pattern runs over
 *   an unbounded input.
 */
export const MATCHER_OPS = ['=', '!=', '=~', '!~'] as const;
export type MatcherOp = (typeof MATCHER_OPS)[number];

export const MAX_MATCHERS = 20;
export const MAX_PATTERN_LENGTH = 1_000;
/** Values longer than this (in UTF-8 bytes) are never tested against a pattern. */
export const MAX_MATCHED_VALUE_BYTES = 16 * 1024;
const MAX_FIELD_LENGTH = 256;

/** Fields of grouping, plus the dedup key (senders that send no labels are known by it). */
export const MATCHER_FIELDS_HINT = `${GROUPING_FIELDS_HINT}, or dedup_key`;

/** One matcher, as the API takes it and `vigil.yaml` writes it. */
export const MatcherSchema = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: MAX_FIELD_LENGTH, description: `The alert field to compare; ${MATCHER_FIELDS_HINT}` }),
    op: Type.Union(MATCHER_OPS.map((op) => Type.Literal(op)), { description: '= and != compare exactly; =~ and !~ test a regular expression anchored at both ends' }),
    value: Type.String({ maxLength: MAX_MATCHED_VALUE_BYTES, description: 'The text to compare, or the regular expression (at most 1,000 characters); a missing field reads as ""' }),
  },
  { additionalProperties: false },
);
export type Matcher = Static<typeof MatcherSchema>;

export const MatcherListSchema = Type.Array(MatcherSchema, { maxItems: MAX_MATCHERS, description: `Every matcher must hold (AND), at most ${MAX_MATCHERS}` });

/** What a matcher check found wrong, at a path relative to the list (`[2, 'value']`). */
export interface MatcherProblem {
  readonly path: readonly [number, 'field' | 'value'] | readonly [];
  readonly message: string;
  readonly hint?: string;
}

/** A compiled pattern: true when the whole value matches. */
export type PatternTest = (value: string) => boolean;

/** A matcher ready to run: its pattern compiled once. */
export interface CompiledMatcher {
  readonly field: string;
  readonly op: MatcherOp;
  readonly value: string;
  readonly pattern: PatternTest | null;
  /** Reads the field from an alert, the field's kind worked out once at compile time. */
  readonly read: (alert: MatchableAlert) => string;
}

/**
 * Per pattern, the answers for recent values: alerts of one storm repeat the same few label
 * values, and a lookup costs a fraction of a DFA run. Values longer than this are not kept.
 */
const MEMO_ENTRIES = 4_096;
const MEMO_VALUE_LENGTH = 256;

/**
 * Compiles an RE2 pattern (re2js: Alertmanager's syntax, linear time whatever the input) anchored
 * as `^(?:v)$`, or says why it cannot. Backreferences and lookaround are named with their position
 * before RE2 refuses them, as its own message gives no position.
 */
export function compilePattern(source: string): { ok: true; pattern: PatternTest } | { ok: false; message: string } {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, message: `the regular expression is ${source.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed` };
  const unsupported = /\\[1-9]|\\k<|\(\?<?[=!]/.exec(source);
  if (unsupported) {
    return { ok: false, message: `"${unsupported[0]}" at character ${unsupported.index + 1}: backreferences and lookaround are not supported (RE2 syntax, as Alertmanager)` };
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(`^(?:${source})$`);
  } catch (error) {
    const reason = error instanceof RE2JSSyntaxException ? error.getDescription() : (error as Error).message;
    return { ok: false, message: `the regular expression does not compile: ${reason}` };
  }
  const memo = new Map<string, boolean>();
  return {
    ok: true,
    pattern: (value) => {
      if (value.length > MEMO_VALUE_LENGTH) return compiled.testExact(value);
      let answer = memo.get(value);
      if (answer === undefined) {
        answer = compiled.testExact(value);
        if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
        memo.set(value, answer);
      }
      return answer;
    },
  };
}

/** Why a matcher field names nothing an alert carries, or null. */
export function matcherFieldProblem(field: string): string | null {
  if (field === 'dedup_key') return null;
  return groupingFieldProblem(field);
}

/** Every problem of a matcher list: too many, unknown fields, patterns that do not compile. */
export function matcherProblems(matchers: readonly Matcher[]): MatcherProblem[] {
  const problems: MatcherProblem[] = [];
  if (matchers.length > MAX_MATCHERS) {
    problems.push({ path: [], message: `${matchers.length} matchers; at most ${MAX_MATCHERS} are allowed`, hint: 'a regular expression such as "db-(1|2)" often replaces several' });
  }
  for (const [index, matcher] of matchers.entries()) {
    const fieldProblem = matcherFieldProblem(matcher.field);
    if (fieldProblem !== null) problems.push({ path: [index, 'field'], message: fieldProblem, hint: MATCHER_FIELDS_HINT });
    if (matcher.op === '=~' || matcher.op === '!~') {
      const compiled = compilePattern(matcher.value);
      if (!compiled.ok) problems.push({ path: [index, 'value'], message: compiled.message });
    }
  }
  return problems;
}

/** Compiles a list already checked by `matcherProblems`; throws on one that was not. */
export function compileMatchers(matchers: readonly Matcher[]): CompiledMatcher[] {
  // A list is AND, so order is free: exact comparisons first, and a pattern runs only when they hold.
  const ordered = [...matchers].sort((a, b) => Number(a.op === '=~' || a.op === '!~') - Number(b.op === '=~' || b.op === '!~'));
  return ordered.map((matcher) => {
    const read = fieldReader(matcher.field);
    if (matcher.op !== '=~' && matcher.op !== '!~') return { ...matcher, pattern: null, read };
    const compiled = compilePattern(matcher.value);
    if (!compiled.ok) throw new Error(`matcher on ${matcher.field}: ${compiled.message}`);
    return { ...matcher, pattern: compiled.pattern, read };
  });
}

/**
 * The field lookup of `matcherFieldValue`, resolved once per matcher: routes and silences run on
 * every new alert, and deciding per check which kind of field a name is cost more than the check.
 */
function fieldReader(field: string): (alert: MatchableAlert) => string {
  if (field === 'dedup_key') return (alert) => alert.dedupKey;
  if (field.startsWith('labels.')) {
    const name = field.slice('labels.'.length);
    return (alert) => (Object.hasOwn(alert.labels, name) ? (alert.labels[name] ?? '') : '');
  }
  return (alert) => matcherFieldValue(alert, field);
}

/** What matchers read of an alert: its fields and its dedup key. */
export type MatchableAlert = AlertFields & { readonly dedupKey: string };

/** The field's text for matching: missing (absent, null, or reached through an array) is `""`. */
export function matcherFieldValue(alert: MatchableAlert, field: string): string {
  if (field === 'dedup_key') return alert.dedupKey;
  if (field.startsWith('details.')) {
    const value = detailAt(alert.details, field.slice('details.'.length));
    if (value === undefined || value === null || Array.isArray(value)) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return alertFieldText(alert, field) ?? '';
}

function tooLongToTest(value: string): boolean {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short strings need no count.
  if (value.length * 3 <= MAX_MATCHED_VALUE_BYTES) return false;
  return Buffer.byteLength(value, 'utf8') > MAX_MATCHED_VALUE_BYTES;
}

export function matcherHolds(matcher: CompiledMatcher, alert: MatchableAlert): boolean {
  const value = matcher.read(alert);
  switch (matcher.op) {
    case '=':
      return value === matcher.value;
    case '!=':
      return value !== matcher.value;
    case '=~':
      return !tooLongToTest(value) && matcher.pattern!(value);
    case '!~':
      return tooLongToTest(value) || !matcher.pattern!(value);
  }
}

/** True when the alert meets every matcher (an empty list matches every alert). */
export function matchesAll(matchers: readonly CompiledMatcher[], alert: MatchableAlert): boolean {
  for (const matcher of matchers) if (!matcherHolds(matcher, alert)) return false;
  return true;
}
