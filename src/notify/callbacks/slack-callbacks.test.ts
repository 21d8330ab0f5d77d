import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { slackActionValue } from '../templates/slack.js';
import { parseSlackInteraction, verifySlackSignature } from './slack-callbacks.js';

/** Slack's documented example (api.slack.com/authentication/verifying-requests-from-slack). */
const DOC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DOC_TIMESTAMP = '1531420618';
const DOC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const DOC_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const DOC_NOW = Number(DOC_TIMESTAMP) * 1000;

const sign = (secret: string, timestamp: string, body: string) => `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

describe('verifySlackSignature', () => {
  it("accepts Slack's documented example", () => {
    expect(verifySlackSignature(DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE, DOC_NOW)).toEqual({ ok: true });
    expect(verifySlackSignature(DOC_SECRET, DOC_TIMESTAMP, Buffer.from(DOC_BODY), DOC_SIGNATURE.toUpperCase().replace('V0=', 'v0='), DOC_NOW + 299_000)).toEqual({ ok: true });
  });

  it.each([
    ['a forged signature', DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, sign('other secret', DOC_TIMESTAMP, DOC_BODY), DOC_NOW, 'does not match'],
    ['an edited body', DOC_SECRET, DOC_TIMESTAMP, `${DOC_BODY}&text=x`, DOC_SIGNATURE, DOC_NOW, 'does not match'],
    ['a signature moved to another timestamp', DOC_SECRET, String(Number(DOC_TIMESTAMP) + 1), DOC_BODY, DOC_SIGNATURE, DOC_NOW, 'does not match'],
    ['a replay six minutes later', DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE, DOC_NOW + 301_000, 'replay'],
    ['a timestamp from the future', DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE, DOC_NOW - 301_000, 'replay'],
    ['a timestamp that is not a number', DOC_SECRET, '1531420618.5', DOC_BODY, DOC_SIGNATURE, DOC_NOW, 'unix seconds'],
    ['a v1 signature', DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE.replace('v0=', 'v1='), DOC_NOW, 'not a v0'],
    ['a short signature', DOC_SECRET, DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE.slice(0, -2), DOC_NOW, 'not a v0'],
    ['no signing secret', '', DOC_TIMESTAMP, DOC_BODY, DOC_SIGNATURE, DOC_NOW, 'no signing secret'],
  ])('rejects %s', (_name, secret, timestamp, body, signature, now, reason) => {
    const check = verifySlackSignature(secret, timestamp, body, signature, now);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });
});

describe('parseSlackInteraction', () => {
  const payload = (actions: unknown[], extra: object = {}) => ({
    type: 'block_actions',
    user: { id: 'U123', username: 'alice', team_id: 'T9' },
    team: { id: 'T1', domain: 'acme' },
    response_url: 'https://hooks.slack.com/actions/T1/1/abc',
    actions,
    ...extra,
  });
  const form = (body: unknown) => new URLSearchParams({ payload: JSON.stringify(body) }).toString();
  const value = slackActionValue(['inc_1', 'inc_2']);

  it('reads who pressed acknowledge, on which incidents, and where to reply', () => {
    expect(parseSlackInteraction(form(payload([{ type: 'button', action_id: 'vigil_ack', block_id: 'b', value }])))).toEqual({
      userId: 'U123', teamId: 'T1', actionId: 'vigil_ack', value, responseUrl: 'https://hooks.slack.com/actions/T1/1/abc', action: 'acknowledge', incidentIds: ['inc_1', 'inc_2'],
    });
  });

  it("reads resolve, and takes the user's team when the payload has none", () => {
    const parsed = parseSlackInteraction(form(payload([{ action_id: 'vigil_resolve', value }], { team: null })));
    expect(parsed).toMatchObject({ action: 'resolve', teamId: 'T9', incidentIds: ['inc_1', 'inc_2'] });
  });

  it('reads a link button as no action', () => {
    expect(parseSlackInteraction(form(payload([{ action_id: 'vigil_open_incident', url: 'https://x' }])))).toMatchObject({ action: null, value: null, incidentIds: [] });
  });

  it.each([
    ['no payload field', 'token=x'],
    ['a payload that is not JSON', 'payload=%7Bnope'],
    ['a view submission', form({ type: 'view_submission', user: { id: 'U1' }, actions: [] })],
    ['no actions', form(payload([]))],
    ['no user id', form(payload([{ action_id: 'vigil_ack' }], { user: {} }))],
  ])('reads nothing from %s', (_name, body) => {
    expect(parseSlackInteraction(body)).toBeNull();
  });
});
