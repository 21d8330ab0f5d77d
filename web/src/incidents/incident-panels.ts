/** Pure shaping of the side panels: who was paged and how it went, and an alert's annotations. */

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  email: 'Email',
  sms: 'SMS',
  voice: 'Voice call',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  webhook: 'Webhook',
  ntfy: 'ntfy',
  push: 'Browser push',
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** A delivery's state as a word, and whether it needs a person's attention. */
export function deliveryState(status: string): { readonly word: string; readonly problem: boolean } {
  switch (status) {
    case 'queued':
      return { word: 'Waiting to send', problem: false };
    case 'sending':
      return { word: 'Sending', problem: false };
    case 'sent':
      return { word: 'Sent', problem: false };
    case 'delivered':
      return { word: 'Delivered', problem: false };
    case 'failed':
      return { word: 'Failed', problem: true };
    case 'cancelled':
      return { word: 'Not sent (someone responded first)', problem: false };
    default:
      return { word: status, problem: false };
  }
}

export interface PageLike {
  readonly id: string;
  readonly user: string;
  readonly at: string;
}

export interface DeliveryLike {
  readonly id: string;
  readonly page: string | null;
  readonly created_at: string;
}

export interface PageWithDeliveries<P extends PageLike, D extends DeliveryLike> {
  readonly page: P;
  readonly deliveries: readonly D[];
}

/**
 * Each page with the deliveries that carried it, newest page first; deliveries that carry no
 * page (posts to a team's channel) are returned apart.
 */
export function pagesWithDeliveries<P extends PageLike, D extends DeliveryLike>(pages: readonly P[], deliveries: readonly D[]): { readonly pages: readonly PageWithDeliveries<P, D>[]; readonly other: readonly D[] } {
  const byPage = new Map<string, D[]>();
  const other: D[] = [];
  for (const delivery of deliveries) {
    if (delivery.page === null || !pages.some((page) => page.id === delivery.page)) {
      other.push(delivery);
      continue;
    }
    byPage.set(delivery.page, [...(byPage.get(delivery.page) ?? []), delivery]);
  }
  const newest = [...pages].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return { pages: newest.map((page) => ({ page, deliveries: byPage.get(page.id) ?? [] })), other };
}

/** "On call for platform-primary", "Named in the policy": how a page target reads. */
export function targetWording(target: string, names: ReadonlyMap<string, string>): string {
  const [kind, ...rest] = target.split(':');
  const id = rest.join(':');
  if (kind === 'schedule') return `On call for ${id}`;
  if (kind === 'user') return `Named in the policy (${names.get(id) ?? id})`;
  return target;
}

/**
 * What an alert says about itself beyond its summary: Alertmanager's annotations, or for other
 * senders the plain-text top-level details. Values stay strings; the panel decides what links.
 */
export function annotationsOf(details: { readonly [key: string]: unknown }): readonly (readonly [string, string])[] {
  const nested = details.annotations;
  const source = typeof nested === 'object' && nested !== null && !Array.isArray(nested) ? (nested as Record<string, unknown>) : details;
  return Object.entries(source)
    .filter((entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]))
    .map(([key, value]) => [key, String(value)] as const)
    .sort(([a], [b]) => Number(b === 'runbook_url') - Number(a === 'runbook_url') || Number(b === 'summary') - Number(a === 'summary'));
}
