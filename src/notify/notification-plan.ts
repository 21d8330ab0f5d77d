import type { Channel } from './channels.js';

export interface PlannableRule {
  readonly id: string;
  readonly contactMethodId: string;
  readonly delayMs: number;
  readonly urgency: 'high' | 'low' | null;
}

export interface PlannableContactMethod {
  readonly id: string;
  readonly type: Channel;
  readonly verified: boolean;
  readonly disabled: boolean;
  /** Why Vigil disabled it (a push subscription gone); null or absent when its owner did, or it is enabled. */
  readonly disabledReason?: string | null;
}

/** A notification not sent because Vigil disabled its method: the delivery log records it, with why. */
export interface SkippedNotification {
  readonly contactMethodId: string;
  readonly delayMs: number;
  readonly reason: string;
}

export interface PlannedNotification {
  readonly contactMethodId: string;
  readonly delayMs: number;
  /** The rule behind it; null when the user has no rules and every method is used at once. */
  readonly ruleId: string | null;
}

export interface NotificationPlan {
  readonly notifications: readonly PlannedNotification[];
  /** What would have been sent to methods Vigil disabled. */
  readonly skipped: readonly SkippedNotification[];
  /** Why someone will not be reached, for the incident's timeline. */
  readonly warnings: readonly string[];
}

/**
 * Which contact methods a page uses, and when: the user's rules for the incident's urgency
 * ("SMS at once, voice after 5 minutes"), skipping methods that are unverified or disabled (those
 * Vigil disabled are listed in `skipped`, so each page records why they were not tried). A
 * user without rules is reached on every verified method at once, so a person configured with
 * only an email address is still paged.
 */
export function planNotifications(
  urgency: 'high' | 'low',
  rules: readonly PlannableRule[],
  methods: readonly PlannableContactMethod[],
): NotificationPlan {
  const usable = new Map(methods.filter((m) => m.verified && !m.disabled).map((m) => [m.id, m]));
  const warnings: string[] = [];
  const skipped: SkippedNotification[] = [];
  const skip = (method: PlannableContactMethod, delayMs: number, reason: string) => {
    skipped.push({ contactMethodId: method.id, delayMs, reason });
    warnings.push(`skips its ${method.type} contact method (disabled: ${reason})`);
  };
  if (rules.length === 0) {
    for (const method of methods) if (method.verified && method.disabled && method.disabledReason) skip(method, 0, method.disabledReason);
    if (usable.size === 0) warnings.push('has no verified contact method');
    return { notifications: [...usable.values()].map((m) => ({ contactMethodId: m.id, delayMs: 0, ruleId: null })), skipped, warnings };
  }
  const applicable = rules.filter((r) => r.urgency === null || r.urgency === urgency);
  const notifications: PlannedNotification[] = [];
  const seen = new Set<string>();
  for (const rule of [...applicable].sort((a, b) => a.delayMs - b.delayMs)) {
    const method = methods.find((m) => m.id === rule.contactMethodId);
    if (!method) continue;
    if (!usable.has(method.id)) {
      if (method.verified && method.disabled && method.disabledReason) skip(method, rule.delayMs, method.disabledReason);
      else warnings.push(`skips its ${method.type} contact method (${method.disabled ? 'disabled' : 'not verified'})`);
      continue;
    }
    const key = `${rule.contactMethodId}:${rule.delayMs}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notifications.push({ contactMethodId: rule.contactMethodId, delayMs: rule.delayMs, ruleId: rule.id });
  }
  if (notifications.length === 0) warnings.push(`has no notification rule that reaches a verified contact method for ${urgency}-urgency incidents`);
  return { notifications, skipped, warnings };
}
