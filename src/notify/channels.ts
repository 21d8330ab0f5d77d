/**
 * What notification providers exchange with the rest of Vigil. Rendering (pure) turns a
 * `PageContext` into the message a channel carries; a provider sends it and reports an id.
 */
export type Channel = 'email' | 'sms' | 'voice' | 'slack' | 'teams' | 'webhook' | 'ntfy' | 'push';

export const CHANNELS: readonly Channel[] = ['email', 'sms', 'voice', 'slack', 'teams', 'webhook', 'ntfy', 'push'];

export interface IncidentSummary {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: 'triggered' | 'acknowledged' | 'resolved';
  readonly severity: { readonly id: string; readonly name: string };
  readonly urgency: 'high' | 'low';
  readonly service: { readonly id: string; readonly name: string } | null;
  /** The incident's page in Vigil. */
  readonly url: string;
  readonly runbookUrl: string | null;
  readonly triggeredAt: number;
  /** Its open alerts when the message is made; messages name the count when it is more than one. */
  readonly openAlerts?: number;
}

export type MessageKind =
  /** A page: someone must act. Carries the ways to acknowledge. */
  | 'page'
  /** `vigil page --test`: proves the chain to the phone; nothing to acknowledge. */
  | 'test'
  /** A contact-method verification code. */
  | 'verification'
  /** A channel post about an incident event (triggered, acknowledged, resolved, escalated, update). */
  | 'event';

export interface PageContext {
  readonly kind: MessageKind;
  /** One incident, or several bundled for one person inside a short window. */
  readonly incidents: readonly IncidentSummary[];
  readonly recipient: { readonly id: string; readonly name: string } | null;
  /** Opens a confirm page (a POST acknowledges), signed and single use; page messages only. */
  readonly ackUrl: string | null;
  /** The same for resolving; only channels with a Resolve button get one (push). */
  readonly resolveUrl?: string | null;
  /** For SMS replies: `<code>a` acknowledges, `<code>r` resolves (e.g. "12a"); page messages only. */
  readonly replyCode: string | null;
  /** Verification messages: the code to enter. */
  readonly verificationCode: string | null;
  /**
   * Event posts: what happened (e.g. "acknowledged by alice"); `reminder` and `role` are notices to
   * one person (a status update is due; they were given a role), sent the same way.
   */
  readonly event: { readonly type: 'triggered' | 'acknowledged' | 'resolved' | 'escalated' | 'status_update' | 'reminder' | 'role' | 'target_breached'; readonly text: string } | null;
  readonly publicUrl: string;
  /** When the message is rendered, for ages ("triggered 4 min ago"); channels that show none ignore it. */
  readonly sentAt?: number;
}

/** What a browser's service worker receives in a push message (JSON, under 4 KB), and shows. */
export interface PushPayload {
  readonly kind: MessageKind;
  readonly title: string;
  readonly body: string;
  /** Later messages with the same tag replace the notification (`incident-42`). */
  readonly tag: string;
  /** Stays until the person acts: high-urgency pages. */
  readonly requireInteraction: boolean;
  /** No sound or vibration: an update to a notification already shown. */
  readonly silent: boolean;
  /** A path on Vigil's origin that a tap opens (`/incidents/42`). */
  readonly url: string;
  /** Buttons; each URL is a path on Vigil's origin that a POST (no session needed) acts on, once. */
  readonly actions: readonly { readonly action: 'acknowledge' | 'resolve'; readonly title: string; readonly url: string }[];
  /** Verification messages: the code, which the body also states. */
  readonly code?: string;
  /** Epoch milliseconds of what the notification is about (the trigger): browsers show its age. */
  readonly timestamp?: number;
}

/** The message as each channel carries it. */
export type RenderedMessage =
  | { readonly channel: 'email'; readonly subject: string; readonly text: string; readonly html: string }
  | { readonly channel: 'sms'; readonly body: string }
  | { readonly channel: 'voice'; readonly say: string; readonly gather: boolean }
  | { readonly channel: 'slack'; readonly text: string; readonly blocks: readonly unknown[] }
  | { readonly channel: 'teams'; readonly card: Readonly<Record<string, unknown>> }
  | { readonly channel: 'webhook'; readonly body: Readonly<Record<string, unknown>> }
  | { readonly channel: 'ntfy'; readonly title: string; readonly message: string; readonly priority: 1 | 2 | 3 | 4 | 5; readonly tags: readonly string[]; readonly actions: readonly { readonly label: string; readonly url: string }[]; readonly click: string | null }
  /** `ttlSeconds` and `urgency` are RFC 8030's TTL and Urgency headers: how long the push service keeps it, how hard the device tries. */
  | { readonly channel: 'push'; readonly payload: PushPayload; readonly ttlSeconds: number; readonly urgency: 'very-low' | 'low' | 'normal' | 'high' };

export interface SendRequest {
  /** The contact method's address: an email address, an E.164 number, a Slack user or channel id, a URL, an ntfy topic URL, a push subscription. */
  readonly to: string;
  readonly message: RenderedMessage;
  /** Stable per delivery attempt series: providers that support it pass it on for idempotency. */
  readonly idempotencyKey: string;
}

export interface SendResult {
  /** The provider's id for the message (Twilio SID, Slack ts, SMTP message id); null if it gives none. */
  readonly externalId: string | null;
}

/** A send that failed. `permanent`: retrying cannot help (bad address, rejected credentials). */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly permanent: boolean,
    /** The provider's own code or status, for the delivery log. */
    readonly providerCode?: string,
    /** Trying again before this instant cannot help (the destination is backed off until then). */
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed';

/** What a provider's status callback says about a message it sent. */
export interface CallbackStatus {
  readonly externalId: string;
  readonly status: DeliveryStatus;
  readonly reason: string | null;
  readonly at: number;
}

export interface Provider {
  readonly id: string;
  readonly channels: readonly Channel[];
  send(request: SendRequest): Promise<SendResult>;
}

/** The HTTP client providers use, injected so tests point it at local peers. */
export type HttpFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string | Uint8Array }) => Promise<{ status: number; text(): Promise<string>; headers: { get(name: string): string | null } }>;
