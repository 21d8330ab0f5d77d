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
}

export interface PlannedNotification {
  readonly contactMethodId: string;
  readonly delayMs: number;
  /** The rule behind it; null when the user has no rules and every method is used at once. */
  readonly ruleId: string | null;
}

export interface NotificationPlan {
  readonly notifications: readonly PlannedNotification[];
  /** Why someone will not be reached, for the incident's timeline. */
  readonly warnings: readonly string[];
}

/**
 * Which contact methods a page uses, and when: the user's rules for the incident's urgency
 * ("SMS at once, voice after 5 minutes"), skipping methods that are unverified or disabled. A
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
  if (rules.length === 0) {
    if (usable.size === 0) warnings.push('has no verified contact method');
    return { notifications: [...usable.values()].map((m) => ({ contactMethodId: m.id, delayMs: 0, ruleId: null })), warnings };
  }
  const applicable = rules.filter((r) => r.urgency === null || r.urgency === urgency);
  const notifications: PlannedNotification[] = [];
  const seen = new Set<string>();
  for (const rule of [...applicable].sort((a, b) => a.delayMs - b.delayMs)) {
    const method = methods.find((m) => m.id === rule.contactMethodId);
    if (!method) continue;
    if (!usable.has(method.id)) {
      warnings.push(`skips its ${method.type} contact method (${method.disabled ? 'disabled' : 'not verified'})`);
      continue;
    }
    const key = `${rule.contactMethodId}:${rule.delayMs}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notifications.push({ contactMethodId: rule.contactMethodId, delayMs: rule.delayMs, ruleId: rule.id });
  }
  if (notifications.length === 0) warnings.push(`has no notification rule that reaches a verified contact method for ${urgency}-urgency incidents`);
  return { notifications, warnings };
}
