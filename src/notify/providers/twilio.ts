import { ProviderError, type HttpFetch, type Provider, type SendRequest, type SendResult } from '../channels.js';
import { twilioCallbackUrls } from '../callbacks/twilio-callbacks.js';
import { classifyStatus, DEFAULT_TIMEOUT_MS, defaultFetch, exchange, readJsonObject, retryAfterNote, snippet, type HttpAnswer } from './http.js';

export interface TwilioConfig {
  readonly accountSid: string;
  readonly authToken: string;
  /** E.164 caller id for calls and, without a messaging service, the SMS sender. */
  readonly from: string;
  /** Send SMS through this Messaging Service (`MG…`) instead of `from`. */
  readonly messagingServiceSid?: string;
  /**
   * Vigil's public URL for Twilio's requests, e.g. `https://vigil.example.com/api/v1/callbacks/twilio`.
   * Each message and call gets `…/status?delivery=<key>` for status callbacks, and each voice
   * page `…/voice?delivery=<key>` for the key pressed (see `twilioCallbackUrls`). Required:
   * without it a voice page could not be acknowledged.
   */
  readonly callbackBaseUrl: string;
  /** Default `https://api.twilio.com`. */
  readonly baseUrl?: string;
  readonly fetch?: HttpFetch;
  readonly timeoutMs?: number;
}

/**
 * Twilio error codes that mean this address will not take messages: 21211 invalid `To`, 21614
 * not a mobile number, 21610 the recipient replied STOP. Listed for the delivery log's reader;
 * every 4xx except those below is permanent anyway, because the same request gets the same answer.
 */
export const TWILIO_ADDRESS_ERRORS: ReadonlySet<number> = new Set([21211, 21614, 21610]);
/** 4xx answers that are rate limits (20429 too many requests, 14107 SMS rate limit): retry later. */
const TWILIO_TRANSIENT_ERRORS: ReadonlySet<number> = new Set([20429, 14107]);

export function createTwilioProvider(config: TwilioConfig): Provider {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetch = config.fetch ?? defaultFetch(timeoutMs);
  const account = `${(config.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}`;
  const headers = {
    authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };

  async function create(resource: 'Messages' | 'Calls', form: URLSearchParams): Promise<SendResult> {
    const answer = await exchange(fetch, `${account}/${resource}.json`, { method: 'POST', headers, body: form.toString() }, timeoutMs, 'Twilio');
    if (classifyStatus(answer.status) !== 'ok') throw twilioFailure(answer);
    const sid = readJsonObject(answer.body).sid;
    return { externalId: typeof sid === 'string' && sid !== '' ? sid : null };
  }

  return {
    id: 'twilio',
    channels: ['sms', 'voice'],
    async send(request: SendRequest): Promise<SendResult> {
      const { message } = request;
      const urls = twilioCallbackUrls(config.callbackBaseUrl, request.idempotencyKey);
      if (message.channel === 'sms') {
        const form = new URLSearchParams({ To: request.to, Body: message.body, StatusCallback: urls.status });
        if (config.messagingServiceSid === undefined) form.set('From', config.from);
        else form.set('MessagingServiceSid', config.messagingServiceSid);
        return create('Messages', form);
      }
      if (message.channel === 'voice') {
        const form = new URLSearchParams({ To: request.to, From: config.from, Twiml: voiceTwiml(message.say, message.gather ? urls.gather : null), StatusCallback: urls.status });
        // Every step, so ringing shows as `sent` and an answered call as `delivered` before it ends.
        for (const event of ['initiated', 'ringing', 'answered', 'completed']) form.append('StatusCallbackEvent', event);
        return create('Calls', form);
      }
      throw new ProviderError(`Twilio sends sms and voice messages, not ${message.channel}`, true, 'wrong_channel');
    },
  };
}

/**
 * The TwiML of a voice page. With a gather URL the message is read twice inside
 * `<Gather numDigits="1">` (a key press interrupts it and is posted to the URL); without a key,
 * the call says goodbye and ends.
 */
export function voiceTwiml(say: string, gatherUrl: string | null): string {
  if (gatherUrl === null) return `<Response><Say>${xml(say)}</Say></Response>`;
  return (
    `<Response><Gather numDigits="1" action="${xml(gatherUrl)}" method="POST" timeout="8">` +
    `<Say loop="2">${xml(say)}</Say></Gather><Say>No key was pressed. Goodbye.</Say></Response>`
  );
}

/** The answer to a request Twilio made to Vigil, e.g. after a key press: one sentence, then hang up. */
export function twimlSay(text: string): string {
  return `<Response><Say>${xml(text)}</Say><Hangup/></Response>`;
}

/** The answer to an inbound SMS: one reply message. */
export function twimlMessage(text: string): string {
  return `<Response><Message>${xml(text)}</Message></Response>`;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r\u007F-\u009F]|[\uFFFE\uFFFF]/gu, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/**
 * Twilio answers errors as `{ code, message, more_info, status }`. 401/403 (bad credentials, an
 * account that may not send) and other 4xx are permanent; 408, 429, 5xx and the rate-limit codes
 * are transient.
 */
function twilioFailure(answer: HttpAnswer): ProviderError {
  const body = readJsonObject(answer.body);
  const code = typeof body.code === 'number' ? body.code : null;
  const text = typeof body.message === 'string' ? body.message : snippet(answer.body);
  const permanent = classifyStatus(answer.status) === 'permanent' && !(code !== null && TWILIO_TRANSIENT_ERRORS.has(code));
  const label = code === null ? `Twilio answered ${answer.status}` : `Twilio answered ${answer.status}, error ${code}`;
  return new ProviderError(`${label}: ${text}${retryAfterNote(answer.headers)}`, permanent, String(code ?? answer.status));
}
