import { methodLabel, pages, type MethodFacts } from './contact-methods';

/**
 * Notification rules as people read them: per urgency, who is reached when ("At once: Webhook ·
 * after 5 min: Email bob@example.com"), following the server's plan (notify/notification-plan.ts):
 * rules for the urgency or for any urgency, earliest first; unverified or disabled methods are
 * skipped; with no rules at all, every verified method at once.
 */

export type Urgency = 'high' | 'low';

export interface RuleFacts {
  readonly contact_method: string;
  /** As the API writes it: `0s`, `5m`, `1h30m`. */
  readonly after: string;
  readonly urgency: string | null;
}

export interface Method extends MethodFacts {
  readonly id: string;
  readonly address: string;
  readonly name: string | null;
}

const UNIT_MS: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

/** `1h30m` → 5 400 000; undefined when it is not a duration. */
export function parseAfter(text: string): number | undefined {
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  const [, d, h, m, s] = match;
  return Number(d ?? 0) * UNIT_MS.d! + Number(h ?? 0) * UNIT_MS.h! + Number(m ?? 0) * UNIT_MS.m! + Number(s ?? 0) * UNIT_MS.s!;
}

/** Minutes (whole or not) as the API writes a delay: 0 → `0m`, 2 → `2m`, 0.5 → `30s`, 90 → `1h30m`. */
export function minutesToAfter(minutes: number): string {
  const seconds = Math.max(0, Math.round(minutes * 60));
  if (seconds === 0) return '0m';
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [['h', 3_600], ['m', 60], ['s', 1]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.join('');
}

/** "At once", "after 2 min", "after 1 h 30 min", "after 30 s". */
export function delayWords(ms: number): string {
  if (ms <= 0) return 'At once';
  const seconds = Math.round(ms / 1000);
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['min', 60], ['s', 1]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${unit}`);
    rest -= count * size;
  }
  return `after ${parts.join(' ')}`;
}

export interface Step {
  readonly delayMs: number;
  /** Methods reached at this delay. */
  readonly reached: readonly string[];
  /** Methods a rule names at this delay that a page skips, with why. */
  readonly skipped: readonly { readonly label: string; readonly why: string }[];
}

export interface UrgencyPlan {
  readonly urgency: Urgency;
  readonly steps: readonly Step[];
  /** Whether any verified, enabled method is reached at all. */
  readonly reachesSomeone: boolean;
  /** True when there are no rules and every verified method is used at once. */
  readonly byDefault: boolean;
}

function skipReason(method: Method): string {
  return method.disabled ? 'turned off' : 'not verified';
}

export function planFor(urgency: Urgency, rules: readonly RuleFacts[], methods: readonly Method[]): UrgencyPlan {
  if (rules.length === 0) {
    const usable = methods.filter(pages);
    return {
      urgency,
      steps: usable.length === 0 ? [] : [{ delayMs: 0, reached: usable.map(methodLabel), skipped: [] }],
      reachesSomeone: usable.length > 0,
      byDefault: true,
    };
  }
  const byDelay = new Map<number, { reached: string[]; skipped: { label: string; why: string }[] }>();
  const applicable = rules
    .filter((rule) => rule.urgency === null || rule.urgency === urgency)
    .map((rule) => ({ rule, delayMs: parseAfter(rule.after) ?? 0 }))
    .sort((a, b) => a.delayMs - b.delayMs);
  for (const { rule, delayMs } of applicable) {
    const method = methods.find((m) => m.id === rule.contact_method);
    if (!method) continue;
    const step = byDelay.get(delayMs) ?? { reached: [], skipped: [] };
    byDelay.set(delayMs, step);
    const label = methodLabel(method);
    if (pages(method)) {
      if (!step.reached.includes(label)) step.reached.push(label);
    } else if (!step.skipped.some((s) => s.label === label)) {
      step.skipped.push({ label, why: skipReason(method) });
    }
  }
  const steps = [...byDelay.entries()].map(([delayMs, step]) => ({ delayMs, ...step }));
  return { urgency, steps, reachesSomeone: steps.some((s) => s.reached.length > 0), byDefault: false };
}

/** "At once: Webhook bob-hook · after 5 min: Email bob@example.com"; "Nobody is paged" when nothing is reached. */
export function planSentence(plan: UrgencyPlan): string {
  const parts = plan.steps
    .filter((step) => step.reached.length > 0)
    .map((step) => `${delayWords(step.delayMs)}: ${step.reached.join(', ')}`);
  if (parts.length === 0) return 'Nobody is paged: no rule reaches a verified method';
  return parts.join(' · ');
}

/** A rule as the editor holds it: minutes, so the field is a plain number. */
export interface RuleDraft {
  readonly contactMethod: string;
  readonly minutes: number;
  readonly urgency: 'any' | Urgency;
}

export function toDrafts(rules: readonly RuleFacts[]): RuleDraft[] {
  return rules.map((rule) => ({
    contactMethod: rule.contact_method,
    minutes: (parseAfter(rule.after) ?? 0) / 60_000,
    urgency: rule.urgency === 'high' || rule.urgency === 'low' ? rule.urgency : 'any',
  }));
}

export function fromDrafts(drafts: readonly RuleDraft[]): { contact_method: string; after: string; urgency?: Urgency }[] {
  return drafts.map((draft) => ({
    contact_method: draft.contactMethod,
    after: minutesToAfter(draft.minutes),
    ...(draft.urgency === 'any' ? {} : { urgency: draft.urgency }),
  }));
}

/** Why the drafts cannot be saved as they are, or null. The server checks again. */
export function draftProblem(drafts: readonly RuleDraft[], methods: readonly { readonly id: string }[]): string | null {
  for (const [index, draft] of drafts.entries()) {
    if (!methods.some((m) => m.id === draft.contactMethod)) return `Rule ${index + 1}: choose a contact method.`;
    if (!Number.isFinite(draft.minutes) || draft.minutes < 0) return `Rule ${index + 1}: the delay must be 0 (at once) or more minutes.`;
    if (draft.minutes > 24 * 60) return `Rule ${index + 1}: the delay can be at most a day (1440 minutes).`;
  }
  return null;
}
