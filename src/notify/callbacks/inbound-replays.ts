import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../../core/db/schema.js';
import { SLACK_MAX_SKEW_SECONDS } from './slack-callbacks.js';

const DAY_MS = 86_400_000;

/**
 * How long a signed answer is remembered. Slack's signature covers a timestamp that may be up
 * to 5 minutes behind or ahead of now, so after 10 minutes the timestamp check alone refuses a
 * replay. Twilio's signature covers no time at all: a captured SMS reply or key press stays
 * valid for ever, so its sid is kept for 90 days, long after anyone would answer the page it
 * was for. Inbound answers are a few a day, so the table stays small.
 */
export const SLACK_REPLAY_KEEP_MS = 2 * SLACK_MAX_SKEW_SECONDS * 1000;
export const TWILIO_REPLAY_KEEP_MS = 90 * DAY_MS;

export const twilioSmsKey = (messageSid: string) => `twilio-sms:${messageSid}`;
export const twilioVoiceKey = (callSid: string) => `twilio-voice:${callSid}`;
/** The signed bytes themselves: the signature's hex could be sent in another case and still pass. */
export const slackKey = (timestamp: string, rawBody: string) => `slack:${createHash('sha256').update(`${timestamp}:${rawBody}`).digest('hex')}`;

/**
 * Claims a signed answer before it is acted on: true the first time its key is seen, false for
 * a replay, also when two nodes receive it at once (the key is the primary key). Expired keys
 * are dropped on the way: answers are rare, so this costs no more than a sweeper would.
 */
export async function claimInbound(db: Kysely<Schema>, key: string, now: number, keepMs: number): Promise<boolean> {
  await db.deleteFrom('inbound_replays').where('expires_at', '<=', now).execute();
  const inserted = await db
    .insertInto('inbound_replays')
    .values({ key, received_at: now, expires_at: now + keepMs })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Gives a claim back when acting on the answer failed, so the sender's retry is not taken for a replay. */
export async function releaseInbound(db: Kysely<Schema>, key: string): Promise<void> {
  await db.deleteFrom('inbound_replays').where('key', '=', key).execute();
}
