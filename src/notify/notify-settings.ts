import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { CHANNELS, type Channel } from './channels.js';

/** The least time between two messages to one contact method; what arrives meanwhile is bundled. */
export const DEFAULT_THROTTLE_MS: Readonly<Record<Channel, number>> = {
  // GoAlert's limits for phones: one message a minute.
  sms: 60_000,
  voice: 60_000,
  email: 10_000,
  slack: 0,
  teams: 0,
  webhook: 0,
  ntfy: 0,
  // A storm of pages becomes one notification ("3 incidents") rather than a buzz per incident.
  push: 10_000,
};

export interface NotifySettings {
  readonly publicUrl: string;
  /** Signs acknowledge links. */
  readonly secret: string;
  readonly throttleMs: Readonly<Record<Channel, number>>;
  /** How long an acknowledge link works. */
  readonly ackLinkTtlMs: number;
  /** Checks `X-Twilio-Signature` on inbound SMS, key presses and status callbacks; null: Twilio is not set up. */
  readonly twilioAuthToken: string | null;
  /** Checks Slack's request signatures on button presses; null: buttons are refused. */
  readonly slackSigningSecret: string | null;
  /** The VAPID public key browsers subscribe with (base64url); null: browser push is not set up. */
  readonly vapidPublicKey: string | null;
}

/** `VIGIL_NOTIFY_THROTTLE="sms=2m,email=0s"`: overrides per channel. */
export function parseThrottle(text: string | undefined): { throttle: Record<Channel, number>; problems: string[] } {
  const throttle: Record<Channel, number> = { ...DEFAULT_THROTTLE_MS };
  const problems: string[] = [];
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [channel, duration] = part.split('=').map((p) => p.trim());
    const ms = duration === undefined ? undefined : duration === '0' ? 0 : parseDuration(duration);
    if (!CHANNELS.includes(channel as Channel)) problems.push(`"${channel}" is not a channel (${CHANNELS.join(', ')})`);
    else if (ms === undefined) problems.push(`"${duration}" for ${channel} is not a duration; ${DURATION_HINT}`);
    else throttle[channel as Channel] = ms;
  }
  return { throttle, problems };
}
