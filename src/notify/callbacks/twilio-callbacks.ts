import { createHmac } from 'node:crypto';
import type { CallbackStatus, DeliveryStatus } from '../channels.js';
import { constantTimeEqual } from '../../core/ids.js';

/**
 * What Twilio sends back to Vigil: status callbacks for messages and calls, and the digit a
 * callee pressed. Every request carries X-Twilio-Signature; check it before reading anything.
 */

/** Where Twilio calls Vigil back for one delivery; the routes serve `POST …/status` and `POST …/voice`. */
export function twilioCallbackUrls(callbackBaseUrl: string, deliveryKey: string): { readonly status: string; readonly gather: string } {
  const base = callbackBaseUrl.replace(/\/+$/, '');
  const query = `delivery=${encodeURIComponent(deliveryKey)}`;
  return { status: `${base}/status?${query}`, gather: `${base}/voice?${query}` };
}

/**
 * Twilio's X-Twilio-Signature (twilio.com/docs/usage/security): base64 HMAC-SHA1, keyed with the
 * auth token, over the full URL Twilio requested followed by each POST parameter's name and
 * value, names sorted (case-sensitive byte order).
 */
export function twilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/**
 * Checks a Twilio signature in constant time. As Twilio's own libraries do, the URL is also
 * tried with the default port added or removed: Twilio has signed both forms.
 */
export function validateTwilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>, signature: string): boolean {
  if (signature === '' || authToken === '') return false;
  return urlForms(url).some((form) => constantTimeEqual(twilioSignature(authToken, form, params), signature));
}

function urlForms(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  const standard = parsed.protocol === 'https:' ? '443' : parsed.protocol === 'http:' ? '80' : null;
  if (standard === null) return [url];
  // WHATWG URLs drop a default port, so "with the port" is written out by hand.
  const auth = parsed.username || parsed.password ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : '';
  const port = parsed.port === '' ? standard : parsed.port;
  const withPort = `${parsed.protocol}//${auth}${parsed.hostname}:${port}${parsed.pathname}${parsed.search}${parsed.hash}`;
  parsed.port = '';
  return [...new Set([url, withPort, parsed.toString()])];
}

const MESSAGE_STATUS: Readonly<Record<string, DeliveryStatus>> = {
  accepted: 'queued',
  scheduled: 'queued',
  queued: 'queued',
  sending: 'queued',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/** An answered call (`in-progress`, then `completed`) reached the person; ringing is as far as `sent`. */
const CALL_STATUS: Readonly<Record<string, DeliveryStatus>> = {
  queued: 'queued',
  initiated: 'queued',
  ringing: 'sent',
  'in-progress': 'delivered',
  completed: 'delivered',
  busy: 'failed',
  'no-answer': 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * A message or call status callback as a Vigil delivery status; null when the parameters are not
 * one (an inbound message, an unknown status). `at` is the callback's `Timestamp` (calls send
 * one), else `now`: message callbacks carry no time.
 */
export function parseTwilioStatusCallback(params: Readonly<Record<string, string>>, now = Date.now()): CallbackStatus | null {
  const messageSid = params.MessageSid ?? params.SmsSid;
  const isMessage = messageSid !== undefined && params.MessageStatus !== undefined;
  const externalId = isMessage ? messageSid : params.CallSid;
  const raw = (isMessage ? params.MessageStatus : params.CallStatus)?.toLowerCase();
  if (externalId === undefined || externalId === '' || raw === undefined) return null;
  const status = (isMessage ? MESSAGE_STATUS : CALL_STATUS)[raw];
  if (status === undefined) return null;
  const timestamp = params.Timestamp === undefined ? NaN : Date.parse(params.Timestamp);
  return { externalId, status, reason: status === 'failed' ? failureReason(params, raw) : null, at: Number.isNaN(timestamp) ? now : timestamp };
}

function failureReason(params: Readonly<Record<string, string>>, status: string): string {
  const code = params.ErrorCode;
  if (code === undefined || code === '') return status;
  const message = params.ErrorMessage === undefined || params.ErrorMessage === '' ? '' : `: ${params.ErrorMessage}`;
  return `Twilio error ${code}${message} (${status})`;
}

export type GatherAction = 'acknowledge' | 'resolve';

/** The key a callee pressed on a voice page: 1 acknowledges, 2 resolves, anything else nothing. */
export function parseTwilioGather(params: Readonly<Record<string, string>>): { readonly callSid: string; readonly digits: string; readonly action: GatherAction | null } | null {
  const callSid = params.CallSid;
  if (callSid === undefined || callSid === '') return null;
  const digits = params.Digits ?? '';
  return { callSid, digits, action: digits === '1' ? 'acknowledge' : digits === '2' ? 'resolve' : null };
}
