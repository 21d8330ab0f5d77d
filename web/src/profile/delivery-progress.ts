/** What became of a message Vigil sent (a test page, a verification code), in words. */

export type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed' | 'cancelled';

/** After these nothing more happens to a delivery without someone acting: polling stops. */
export function settled(status: string): boolean {
  return status === 'sent' || status === 'delivered' || status === 'failed' || status === 'cancelled';
}

export type Tone = 'pending' | 'done' | 'failed';

export interface DeliveryFacts {
  readonly status: string;
  readonly last_error: string | null;
  readonly history: readonly { readonly at: string; readonly status: string; readonly detail: string | null }[];
}

export interface Progress {
  readonly label: string;
  readonly tone: Tone;
  /** The provider's words or the reason it failed, when there are any. */
  readonly detail: string | null;
}

export function deliveryProgress(delivery: DeliveryFacts): Progress {
  const last = delivery.history.at(-1);
  const detail = last?.detail ?? null;
  switch (delivery.status) {
    case 'queued':
      // Queued again after a failed attempt: Vigil is retrying, and the reader should know why.
      return delivery.last_error === null
        ? { label: 'Waiting to send', tone: 'pending', detail: null }
        : { label: 'Retrying', tone: 'pending', detail: `last attempt failed: ${delivery.last_error}` };
    case 'sending':
      // An attempt failed and the job waits for its next one (a destination backed off waits
      // minutes): the reader sees that, and why, rather than a "Sending" that never ends.
      return last?.status === 'retrying'
        ? { label: 'Retrying', tone: 'pending', detail: detail ?? (delivery.last_error === null ? null : `last attempt failed: ${delivery.last_error}`) }
        : { label: 'Sending', tone: 'pending', detail: null };
    case 'sent':
      return { label: 'Sent', tone: 'done', detail };
    case 'delivered':
      return { label: 'Delivered', tone: 'done', detail };
    case 'failed':
      return { label: 'Failed', tone: 'failed', detail: delivery.last_error ?? detail ?? 'no reason was recorded' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'failed', detail };
    default:
      return { label: delivery.status, tone: 'pending', detail };
  }
}

/** How often to ask about an unsettled delivery: every second for half a minute, then every 5 s, then stop. */
export function pollInterval(status: string | undefined, ageMs: number): number | false {
  if (status !== undefined && settled(status)) return false;
  if (ageMs > 5 * 60_000) return false;
  return ageMs < 30_000 ? 1_000 : 5_000;
}
