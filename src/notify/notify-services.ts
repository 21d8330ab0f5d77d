import type { Channel } from './channels.js';
import type { NotifySettings } from './notify-settings.js';
import type { ProviderRegistry } from './provider-registry.js';
import type { SendGate } from './send-gate.js';

/** What the notification jobs and routes share: settings and the configured providers. */
export interface NotifyServices {
  readonly settings: NotifySettings;
  readonly providers: ProviderRegistry;
}

/** What the send jobs need: the notify services and this process's gate. */
export interface Senders extends NotifyServices {
  readonly gate: SendGate;
}

export function throttleFor(services: NotifyServices): (channel: Channel) => number {
  return (channel) => services.settings.throttleMs[channel] ?? 0;
}
