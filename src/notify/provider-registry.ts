import type { Channel, Provider } from './channels.js';

/** How to configure each channel, for the message a delivery fails with when it is not. */
export const SETUP_HINTS: Readonly<Record<Channel, string>> = {
  email: 'email is not configured: set VIGIL_SMTP_URL (smtp://user:pass@host:587) and VIGIL_SMTP_FROM',
  sms: 'SMS is not configured: set VIGIL_TWILIO_ACCOUNT_SID, VIGIL_TWILIO_AUTH_TOKEN and VIGIL_TWILIO_FROM',
  voice: 'voice calls are not configured: set VIGIL_TWILIO_ACCOUNT_SID, VIGIL_TWILIO_AUTH_TOKEN and VIGIL_TWILIO_FROM',
  slack: 'Slack is not configured: set VIGIL_SLACK_BOT_TOKEN (and VIGIL_SLACK_SIGNING_SECRET for buttons)',
  teams: 'Microsoft Teams needs no setting; this should not happen',
  webhook: 'webhooks need no setting; this should not happen',
  ntfy: 'ntfy needs no setting; this should not happen',
  push: 'browser push needs VAPID keys: `vigil serve` makes a pair and keeps it in the database, or set VIGIL_VAPID_PUBLIC_KEY and VIGIL_VAPID_PRIVATE_KEY',
};

export interface ProviderRegistry {
  /** The provider for a channel, or why there is none ("set VIGIL_SMTP_URL …"). */
  forChannel(channel: Channel): Provider | { readonly missing: string };
}

/** Providers by channel; a channel without one answers with how to configure it. */
export class ProviderMap implements ProviderRegistry {
  private readonly byChannel = new Map<Channel, Provider>();

  constructor(providers: readonly Provider[]) {
    for (const provider of providers) for (const channel of provider.channels) if (!this.byChannel.has(channel)) this.byChannel.set(channel, provider);
  }

  forChannel(channel: Channel): Provider | { readonly missing: string } {
    return this.byChannel.get(channel) ?? { missing: SETUP_HINTS[channel] };
  }

  configured(): Channel[] {
    return [...this.byChannel.keys()];
  }
}
