import { OutboundPolicy } from '../core/outbound.js';
import { ProviderError, type Provider, type SendRequest } from './channels.js';
import { DEFAULT_THROTTLE_MS, parseThrottle } from './notify-settings.js';
import type { NotifyServices } from './notify-services.js';
import { ProviderMap, SETUP_HINTS } from './provider-registry.js';
import { createNtfyProvider } from './providers/ntfy.js';
import { createPushProvider, type VapidKeys } from './providers/push.js';
import { createSlackProvider, createSlackWebhookProvider } from './providers/slack.js';
import { createSmtpProvider } from './providers/smtp.js';
import { createTeamsProvider } from './providers/teams.js';
import { createTwilioProvider } from './providers/twilio.js';
import { createWebhookProvider } from './providers/webhook.js';

const DAY = 24 * 3_600_000;

type Env = Readonly<Record<string, string | undefined>>;

/** Where Twilio sends delivery statuses and key presses back to. */
export const twilioCallbackBase = (publicUrl: string) => `${publicUrl}/callbacks/twilio`;

/**
 * Slack has two kinds of address: a member id (a DM through the bot) and an incoming-webhook URL
 * (a team channel post). One provider answers for the channel and hands each to the right one.
 */
function slackRouter(bot: Provider | null, webhook: Provider): Provider {
  return {
    id: 'slack',
    channels: ['slack'],
    send(request: SendRequest) {
      if (/^https:\/\//.test(request.to)) return webhook.send(request);
      if (!bot) throw new ProviderError(SETUP_HINTS.slack, true, 'not_configured');
      return bot.send(request);
    },
  };
}

/** Browser push: Vigil's VAPID key pair (`vapid-keys.ts`) and the subject push services are told. */
export interface PushSetup {
  readonly vapid: VapidKeys;
  readonly subject: string;
}

/**
 * Providers come from the environment, so credentials stay out of vigil.yaml. Email, SMS/voice
 * and Slack DMs need their settings; Teams, webhooks, ntfy and Slack channel webhooks need none,
 * and call only public addresses unless `outbound` (`VIGIL_OUTBOUND_ALLOW`) allows others.
 * Browser push needs the VAPID keys `serve` resolves (from the environment or the database).
 */
export function providersFromEnv(env: Env, publicUrl: string, secret: string, outbound: OutboundPolicy = OutboundPolicy.strict(), push: PushSetup | null = null): Provider[] {
  const providers: Provider[] = [];
  if (env.VIGIL_SMTP_URL) {
    providers.push(createSmtpProvider({ url: env.VIGIL_SMTP_URL, from: env.VIGIL_SMTP_FROM ?? 'Vigil <vigil@localhost>' }));
  }
  if (env.VIGIL_TWILIO_ACCOUNT_SID && env.VIGIL_TWILIO_AUTH_TOKEN && env.VIGIL_TWILIO_FROM) {
    providers.push(
      createTwilioProvider({
        accountSid: env.VIGIL_TWILIO_ACCOUNT_SID,
        authToken: env.VIGIL_TWILIO_AUTH_TOKEN,
        from: env.VIGIL_TWILIO_FROM,
        callbackBaseUrl: twilioCallbackBase(publicUrl),
        ...(env.VIGIL_TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: env.VIGIL_TWILIO_MESSAGING_SERVICE_SID } : {}),
        ...(env.VIGIL_TWILIO_BASE_URL ? { baseUrl: env.VIGIL_TWILIO_BASE_URL } : {}),
      }),
    );
  }
  const bot = env.VIGIL_SLACK_BOT_TOKEN ? createSlackProvider({ botToken: env.VIGIL_SLACK_BOT_TOKEN, ...(env.VIGIL_SLACK_BASE_URL ? { baseUrl: env.VIGIL_SLACK_BASE_URL } : {}) }) : null;
  providers.push(slackRouter(bot, createSlackWebhookProvider({ outbound })));
  providers.push(createTeamsProvider({ outbound }));
  providers.push(createWebhookProvider({ secret: env.VIGIL_WEBHOOK_SECRET ?? secret, outbound }));
  providers.push(createNtfyProvider({ outbound, ...(env.VIGIL_NTFY_TOKEN ? { token: env.VIGIL_NTFY_TOKEN } : {}) }));
  if (push !== null) providers.push(createPushProvider({ vapid: push.vapid, subject: push.subject, outbound }));
  return providers;
}

export function notifyServicesFromEnv(env: Env, publicUrl: string, secret: string, outbound: OutboundPolicy = OutboundPolicy.strict(), push: PushSetup | null = null): NotifyServices {
  const { throttle, problems } = parseThrottle(env.VIGIL_NOTIFY_THROTTLE);
  if (problems.length > 0) throw new Error(`VIGIL_NOTIFY_THROTTLE: ${problems.join('; ')}`);
  return {
    settings: {
      publicUrl,
      secret,
      throttleMs: { ...DEFAULT_THROTTLE_MS, ...throttle },
      ackLinkTtlMs: DAY,
      twilioAuthToken: env.VIGIL_TWILIO_AUTH_TOKEN ?? null,
      slackSigningSecret: env.VIGIL_SLACK_SIGNING_SECRET ?? null,
      vapidPublicKey: push?.vapid.publicKey ?? null,
    },
    providers: new ProviderMap(providersFromEnv(env, publicUrl, secret, outbound, push)),
  };
}
