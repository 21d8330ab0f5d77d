import { randomBytes } from 'node:crypto';
import { twilioSignature } from '../../src/notify/callbacks/twilio-callbacks.js';
import { basic, json, startHttpPeer, type HttpPeer, type RecordedRequest, type Reply } from './http-peer.js';

/**
 * Twilio's Programmable Messaging and Voice REST API as far as Vigil uses it: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json` and `…/Calls.json`, form-encoded, HTTP Basic
 * auth with AccountSid:AuthToken, answers and errors shaped like Twilio's
 * (`{ code, message, more_info, status }`).
 */

export interface TwilioPeer extends HttpPeer {
  readonly accountSid: string;
  readonly authToken: string;
  /** Messages and calls Twilio accepted, as form parameters plus the sid it gave. */
  readonly messages: Readonly<Record<string, string>>[];
  readonly calls: Readonly<Record<string, string>>[];
  /** Later sends to `number` fail the way Twilio fails them, e.g. 21610 (the recipient replied STOP). */
  rejectNumber(number: string, code: number): void;
  /**
   * POSTs a status callback (or a key press) to `url` as Twilio does: form-encoded, signed with
   * X-Twilio-Signature. Answers with Vigil's status and body.
   */
  callback(url: string, params: Readonly<Record<string, string>>, signature?: string): Promise<{ readonly status: number; readonly body: string }>;
}

const ERRORS: Readonly<Record<number, { readonly status: number; readonly message: string }>> = {
  20003: { status: 401, message: 'Authenticate' },
  20404: { status: 404, message: 'The requested resource was not found' },
  20429: { status: 429, message: 'Too Many Requests' },
  20500: { status: 500, message: 'An internal server error has occurred' },
  20503: { status: 503, message: 'Service Unavailable' },
  21211: { status: 400, message: "Invalid 'To' Phone Number" },
  21602: { status: 400, message: 'Message body is required.' },
  21603: { status: 400, message: "The 'From' phone number is required." },
  21604: { status: 400, message: "A 'To' phone number is required." },
  21205: { status: 400, message: 'Url parameter is required.' },
  21610: { status: 400, message: 'Attempt to send to unsubscribed recipient' },
  21614: { status: 400, message: "'To' number is not a valid mobile number" },
};

/** The code Twilio sends with each failure status that `failNext` can ask for. */
const CODE_FOR_STATUS: Readonly<Record<number, number>> = { 401: 20003, 404: 20404, 429: 20429, 500: 20500, 503: 20503, 400: 21211 };

export function twilioError(code: number): Reply {
  const error = ERRORS[code] ?? { status: 400, message: `Error ${code}` };
  return json(error.status, { code, message: error.message, more_info: `https://www.twilio.com/docs/errors/${code}`, status: error.status });
}

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

export async function startTwilioPeer(options: { readonly accountSid?: string; readonly authToken?: string } = {}): Promise<TwilioPeer> {
  const accountSid = options.accountSid ?? sid('AC');
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const messages: Record<string, string>[] = [];
  const calls: Record<string, string>[] = [];
  const rejected = new Map<string, number>();

  const handle = (request: RecordedRequest): Reply => {
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/.exec(request.path);
    if (request.method !== 'POST' || match === null) return twilioError(20404);
    const credentials = basic(request);
    if (credentials === null || credentials.user !== accountSid || credentials.password !== authToken || match[1] !== accountSid) return twilioError(20003);
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return twilioError(21604);
    const form = new URLSearchParams(request.body);
    const params = Object.fromEntries(form);
    const to = params.To;
    if (to === undefined || to === '') return twilioError(21604);
    if (!/^\+[1-9]\d{6,14}$/.test(to)) return twilioError(21211);
    const rejection = rejected.get(to);
    if (rejection !== undefined) return twilioError(rejection);
    if (match[2] === 'Messages') {
      if (params.From === undefined && params.MessagingServiceSid === undefined) return twilioError(21603);
      if (params.Body === undefined || params.Body === '') return twilioError(21602);
      const messageSid = sid('SM');
      messages.push({ ...params, sid: messageSid });
      return json(201, {
        account_sid: accountSid, api_version: '2010-04-01', body: params.Body, date_created: new Date().toUTCString(), direction: 'outbound-api',
        from: params.From ?? null, messaging_service_sid: params.MessagingServiceSid ?? null, num_segments: '1', sid: messageSid, status: 'queued', to,
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${messageSid}.json`,
      });
    }
    if (params.From === undefined) return twilioError(21603);
    if (params.Twiml === undefined && params.Url === undefined) return twilioError(21205);
    const callSid = sid('CA');
    calls.push({ ...params, StatusCallbackEvent: form.getAll('StatusCallbackEvent').join(' '), sid: callSid });
    return json(201, {
      account_sid: accountSid, api_version: '2010-04-01', direction: 'outbound-api', from: params.From, sid: callSid, status: 'queued', to,
      uri: `/2010-04-01/Accounts/${accountSid}/Calls/${callSid}.json`,
    });
  };

  const peer = await startHttpPeer({
    handle,
    failure: (status) => {
      const reply = twilioError(CODE_FOR_STATUS[status] ?? 20500);
      return status === 429 ? { ...reply, headers: { ...reply.headers, 'retry-after': '1' } } : { ...reply, status };
    },
  });

  return Object.assign(peer, {
    accountSid,
    authToken,
    messages,
    calls,
    rejectNumber(number: string, code: number) {
      rejected.set(number, code);
    },
    async callback(url: string, params: Readonly<Record<string, string>>, signature?: string) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signature ?? twilioSignature(authToken, url, params),
          'user-agent': 'TwilioProxy/1.1',
        },
        body: new URLSearchParams(params).toString(),
      });
      return { status: response.status, body: await response.text() };
    },
  });
}
