import { describe, expect, it } from 'vitest';
import { parseTwilioGather, parseTwilioStatusCallback, twilioCallbackUrls, twilioSignature, validateTwilioSignature } from './twilio-callbacks.js';

/** Twilio's documented example (twilio.com/docs/usage/security#validating-requests). */
const DOC_URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const DOC_PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };

describe('twilioSignature', () => {
  it.each([
    ['Twilio security docs', DOC_URL, DOC_PARAMS, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='],
    ['api-snippets 2.x', DOC_URL, { ...DOC_PARAMS, Caller: '+14158675309', From: '+14158675309' }, 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
    ['api-snippets 3.x', DOC_URL, { ...DOC_PARAMS, Caller: '+14158675310', From: '+14158675310' }, 'GvWf1cFY/Q7PnoempGyD5oXAezc='],
    ['the same parameters on example.com', 'https://example.com/myapp.php?foo=1&bar=2', DOC_PARAMS, 'vNe7KK2kJwCsxc9K3OLkkKB3qqI='],
  ])('matches the known vector from %s', (_source, url, params, expected) => {
    expect(twilioSignature('12345', url, params)).toBe(expected);
    expect(validateTwilioSignature('12345', url, params, expected)).toBe(true);
  });

  it('sorts parameter names, so the order they arrive in does not matter', () => {
    const reversed = Object.fromEntries(Object.entries(DOC_PARAMS).reverse());
    expect(twilioSignature('12345', DOC_URL, reversed)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });
});

describe('validateTwilioSignature', () => {
  it.each([
    ['a changed parameter', DOC_URL, { ...DOC_PARAMS, Digits: '1' }, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='],
    ['an added parameter', DOC_URL, { ...DOC_PARAMS, Extra: 'x' }, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='],
    ['another URL', 'https://mycompany.com/myapp.php?foo=1&bar=3', DOC_PARAMS, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='],
    ['a truncated signature', DOC_URL, DOC_PARAMS, '0/KCTR6DLpKmkAf8muzZqo1nDgQ'],
    ['an empty signature', DOC_URL, DOC_PARAMS, ''],
  ])('rejects %s', (_name, url, params, signature) => {
    expect(validateTwilioSignature('12345', url, params, signature)).toBe(false);
  });

  it('rejects the right signature under another auth token', () => {
    expect(validateTwilioSignature('54321', DOC_URL, DOC_PARAMS, '0/KCTR6DLpKmkAf8muzZqo1nDgQ=')).toBe(false);
  });

  it('accepts a signature made over the URL with or without the default port', () => {
    const withPort = twilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', DOC_PARAMS);
    expect(validateTwilioSignature('12345', DOC_URL, DOC_PARAMS, withPort)).toBe(true);
    expect(validateTwilioSignature('12345', 'https://mycompany.com:443/myapp.php?foo=1&bar=2', DOC_PARAMS, '0/KCTR6DLpKmkAf8muzZqo1nDgQ=')).toBe(true);
  });
});

describe('parseTwilioStatusCallback', () => {
  const now = 1_700_000_000_000;
  it.each([
    ['queued message', { MessageSid: 'SM1', MessageStatus: 'queued' }, { externalId: 'SM1', status: 'queued', reason: null }],
    ['sent message', { MessageSid: 'SM1', SmsSid: 'SM1', MessageStatus: 'sent' }, { externalId: 'SM1', status: 'sent', reason: null }],
    ['delivered message', { MessageSid: 'SM1', MessageStatus: 'delivered' }, { externalId: 'SM1', status: 'delivered', reason: null }],
    ['undelivered message with a carrier error', { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' }, { externalId: 'SM1', status: 'failed', reason: 'Twilio error 30003 (undelivered)' }],
    ['failed message with an error message', { MessageSid: 'SM1', MessageStatus: 'failed', ErrorCode: '30008', ErrorMessage: 'Unknown error' }, { externalId: 'SM1', status: 'failed', reason: 'Twilio error 30008: Unknown error (failed)' }],
    ['ringing call', { CallSid: 'CA1', CallStatus: 'ringing' }, { externalId: 'CA1', status: 'sent', reason: null }],
    ['completed call', { CallSid: 'CA1', CallStatus: 'completed' }, { externalId: 'CA1', status: 'delivered', reason: null }],
    ['busy call', { CallSid: 'CA1', CallStatus: 'busy' }, { externalId: 'CA1', status: 'failed', reason: 'busy' }],
    ['unanswered call', { CallSid: 'CA1', CallStatus: 'no-answer' }, { externalId: 'CA1', status: 'failed', reason: 'no-answer' }],
    ['failed call', { CallSid: 'CA1', CallStatus: 'failed', ErrorCode: '13224' }, { externalId: 'CA1', status: 'failed', reason: 'Twilio error 13224 (failed)' }],
  ])('maps a %s', (_name, params, expected) => {
    expect(parseTwilioStatusCallback(params, now)).toEqual({ ...expected, at: now });
  });

  it("takes the time from a call's Timestamp", () => {
    expect(parseTwilioStatusCallback({ CallSid: 'CA1', CallStatus: 'completed', Timestamp: 'Mon, 16 Aug 2010 03:45:01 +0000' }, now)?.at).toBe(Date.UTC(2010, 7, 16, 3, 45, 1));
  });

  it.each([
    ['an inbound message', { MessageSid: 'SM1', MessageStatus: 'received' }],
    ['an unknown status', { CallSid: 'CA1', CallStatus: 'exploded' }],
    ['no sid', { MessageStatus: 'sent' }],
    ['nothing', {}],
  ])('reads nothing from %s', (_name, params) => {
    expect(parseTwilioStatusCallback(params, now)).toBeNull();
  });
});

describe('parseTwilioGather', () => {
  it.each([
    ['1', 'acknowledge'],
    ['2', 'resolve'],
    ['9', null],
    ['', null],
  ])('reads key %j as %s', (digits, action) => {
    expect(parseTwilioGather({ CallSid: 'CA1', Digits: digits })).toEqual({ callSid: 'CA1', digits, action });
  });

  it('needs a call sid', () => {
    expect(parseTwilioGather({ Digits: '1' })).toBeNull();
  });
});

describe('twilioCallbackUrls', () => {
  it('puts the delivery in the query so the signature covers it', () => {
    expect(twilioCallbackUrls('https://vigil.example.com/api/v1/callbacks/twilio/', 'del 1&x')).toEqual({
      status: 'https://vigil.example.com/api/v1/callbacks/twilio/status?delivery=del%201%26x',
      gather: 'https://vigil.example.com/api/v1/callbacks/twilio/voice?delivery=del%201%26x',
    });
  });
});
