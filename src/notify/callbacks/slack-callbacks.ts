import { createHmac, timingSafeEqual } from 'node:crypto';
import { readSlackActionValue, SLACK_ACK_ACTION, SLACK_RESOLVE_ACTION } from '../templates/slack.js';
import type { SignatureCheck } from '../../core/signature-check.js';

/** Slack's window for a request's timestamp; older (or newer) requests count as replays. */
export const SLACK_MAX_SKEW_SECONDS = 5 * 60;

/**
 * Slack's request signing, v0 (api.slack.com/authentication/verifying-requests-from-slack):
 * `v0=` + hex HMAC-SHA256 of `v0:<X-Slack-Request-Timestamp>:<raw body>` with the app's signing
 * secret. `rawBody` must be the bytes received; `now` is epoch milliseconds.
 */
export function verifySlackSignature(signingSecret: string, timestamp: string, rawBody: string | Uint8Array, signature: string, now = Date.now()): SignatureCheck {
  if (signingSecret === '') return { ok: false, reason: 'no signing secret is configured' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'X-Slack-Request-Timestamp is not unix seconds' };
  const skew = Math.abs(now / 1000 - Number(timestamp));
  if (skew > SLACK_MAX_SKEW_SECONDS) return { ok: false, reason: `timestamp is ${Math.round(skew)} s away from now (replay?)` };
  const match = /^v0=([0-9a-f]{64})$/i.exec(signature.trim());
  if (match === null) return { ok: false, reason: 'X-Slack-Signature is not a v0 signature' };
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest();
  const given = Buffer.from(match[1] as string, 'hex');
  return timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

export interface SlackInteraction {
  readonly userId: string;
  readonly teamId: string | null;
  readonly actionId: string;
  readonly value: string | null;
  /** Where to post a reply that updates the message; valid for 30 minutes, 5 uses. */
  readonly responseUrl: string | null;
  /** Vigil's buttons: what to do and to which incidents; null and empty for link buttons. */
  readonly action: 'acknowledge' | 'resolve' | null;
  readonly incidentIds: readonly string[];
}

/**
 * A `block_actions` interaction from its form body (`payload=<JSON>`), for the first action;
 * null when the body is not one. Check the signature first.
 */
export function parseSlackInteraction(formBody: string): SlackInteraction | null {
  const payloadText = new URLSearchParams(formBody).get('payload');
  if (payloadText === null) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch {
    return null;
  }
  if (!isRecord(payload) || payload.type !== 'block_actions' || !isRecord(payload.user) || !Array.isArray(payload.actions)) return null;
  const userId = text(payload.user.id);
  const first: unknown = payload.actions[0];
  if (userId === null || !isRecord(first)) return null;
  const actionId = text(first.action_id);
  if (actionId === null) return null;
  const value = text(first.value);
  const action = actionId === SLACK_ACK_ACTION ? 'acknowledge' : actionId === SLACK_RESOLVE_ACTION ? 'resolve' : null;
  return {
    userId,
    teamId: (isRecord(payload.team) ? text(payload.team.id) : null) ?? text(payload.user.team_id),
    actionId,
    value,
    responseUrl: text(payload.response_url),
    action,
    incidentIds: action === null || value === null ? [] : readSlackActionValue(value),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
