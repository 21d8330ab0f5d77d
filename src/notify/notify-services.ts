import type { Channel } from './channels.js';
import type { NotifySettings } from './notify-settings.js';
import type { ProviderRegistry } from './send-bundle.js';

/** What the notification jobs and routes share: settings and the configured providers. */
export interface NotifyServices {
  readonly settings: NotifySettings;
  readonly providers: ProviderRegistry;
}

export function throttleFor(services: NotifyServices): (channel: Channel) => number {
  return (channel) => services.settings.throttleMs[channel] ?? 0;
}
