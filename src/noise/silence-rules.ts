import type { AlertEvent } from '../alerts/alert-event.js';
import type { Hold, HoldRules } from '../alerts/holds.js';
import { compileMatchers, matcherFieldValue, matcherHolds, matcherProblems, MAX_MATCHERS, type CompiledMatcher, type MatchableAlert, type Matcher } from '../alerts/matchers.js';

/**
 * Silences as the pipeline sees them: pure, synchronous, per alert. A silence binds an alert
 * arriving while `starts_at ≤ now < ends_at` on one of its services (or any, when it names none)
 * that meets every matcher. Silences are indexed by their first `=` matcher (NOISE.md §7): an
 * event looks up only those whose indexed field has its value, plus the few without one.
 */

/** A silence as loaded for matching. */
export interface SilenceRule {
  readonly id: string;
  readonly matchers: readonly Matcher[];
  /** Null: every service. */
  readonly services: readonly string[] | null;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly comment: string;
}

/** At most a year: a silence is a pause, not a way to delete an alert for ever. */
export const MAX_SILENCE_MS = 366 * 86_400_000;

/** The alert every field of which is missing: a matcher that holds on it matches absent fields. */
const EMPTY_ALERT: MatchableAlert = { dedupKey: '', summary: null, source: null, component: null, group: null, class: null, severityHints: [], labels: {}, details: {} };

/** The first `=` matcher whose value is not empty: the one silences are indexed by. */
export function indexMatcher(matchers: readonly Matcher[]): { field: string; value: string } | null {
  const found = matchers.find((m) => m.op === '=' && m.value !== '');
  return found ? { field: found.field, value: found.value } : null;
}

export interface SilenceProblem {
  readonly path: string;
  readonly message: string;
}

/** Every problem of a silence's matchers and times, as field paths under `body`. */
export function silenceProblems(input: { matchers: readonly Matcher[]; startsAt: number; endsAt: number }): SilenceProblem[] {
  const problems: SilenceProblem[] = matcherProblems(input.matchers).map((p) => ({ path: ['body.matchers', ...p.path].join('.'), message: p.hint ? `${p.message}; ${p.hint}` : p.message }));
  if (input.matchers.length === 0) {
    problems.push({ path: 'body.matchers', message: 'a silence needs at least one matcher, such as { "field": "labels.alertname", "op": "=", "value": "HighLatency" }' });
  } else if (problems.length === 0 && input.matchers.length <= MAX_MATCHERS) {
    const compiled = compileMatchers(input.matchers);
    if (compiled.every((m) => matcherHolds(m, EMPTY_ALERT))) {
      problems.push({
        path: 'body.matchers',
        message: 'these matchers also match an alert with no fields at all, so the silence would hold every alert; add one that needs a value, such as "=" with a non-empty value or "=~" with ".+"',
      });
    }
  }
  return [...problems, ...endProblems(input.startsAt, input.endsAt)];
}

/** The problems of a new end for a running or pending silence, as field paths under `body`. */
export function changeProblems(startsAt: number, endsAt: number, now: number): SilenceProblem[] {
  if (endsAt <= now) return [{ path: 'body.ends_at', message: 'must be in the future; to end the silence now, expire it (DELETE /api/v1/silences/{id})' }];
  return endProblems(startsAt, endsAt);
}

function endProblems(startsAt: number, endsAt: number): SilenceProblem[] {
  if (endsAt <= startsAt) return [{ path: 'body.ends_at', message: 'must be after starts_at' }];
  if (endsAt - startsAt > MAX_SILENCE_MS) return [{ path: 'body.ends_at', message: 'a silence may last at most 366 days' }];
  return [];
}

interface Compiled {
  readonly rule: SilenceRule;
  readonly matchers: readonly CompiledMatcher[];
  readonly services: ReadonlySet<string> | null;
}

/** The silences in force at or after a time, indexed for the per-alert check. */
export class SilenceRules implements HoldRules {
  /** `field \u0000 value` → silences whose first `=` matcher is that. */
  private readonly indexed = new Map<string, Compiled[]>();
  private readonly unindexed: Compiled[] = [];
  private readonly fields: string[] = [];

  constructor(rules: readonly SilenceRule[]) {
    const ordered = [...rules].sort((a, b) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : 1));
    for (const rule of ordered) {
      const compiled: Compiled = { rule, matchers: compileMatchers(rule.matchers), services: rule.services === null ? null : new Set(rule.services) };
      const index = indexMatcher(rule.matchers);
      if (index === null) {
        this.unindexed.push(compiled);
        continue;
      }
      const key = `${index.field}\u0000${index.value}`;
      const list = this.indexed.get(key);
      if (list) list.push(compiled);
      else {
        this.indexed.set(key, [compiled]);
        if (!this.fields.includes(index.field)) this.fields.push(index.field);
      }
    }
  }

  get size(): number {
    return this.unindexed.length + [...this.indexed.values()].reduce((n, l) => n + l.length, 0);
  }

  /** The silences an event could meet: those indexed by one of its values, and those without an index. */
  candidates(event: MatchableAlert): Compiled[] {
    const found: Compiled[] = [];
    for (const field of this.fields) {
      const list = this.indexed.get(`${field}\u0000${matcherFieldValue(event, field)}`);
      if (list) found.push(...list);
    }
    found.push(...this.unindexed);
    return found;
  }

  /** The silence holding this alert now (the one ending last, so the hold lasts as long as any), or null. */
  holdFor(serviceId: string, event: AlertEvent, now: number): Hold | null {
    let best: SilenceRule | null = null;
    for (const candidate of this.candidates(event)) {
      const { rule } = candidate;
      if (now < rule.startsAt || now >= rule.endsAt) continue;
      if (candidate.services !== null && !candidate.services.has(serviceId)) continue;
      if (!candidate.matchers.every((m) => matcherHolds(m, event))) continue;
      if (best === null || rule.endsAt > best.endsAt) best = rule;
    }
    return best === null ? null : { kind: 'silenced', ref: best.id, label: best.comment, until: best.endsAt };
  }
}
