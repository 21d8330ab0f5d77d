import type { Kysely, Transaction } from 'kysely';
import { parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';

/** Codes cycle 1…99 per person: short enough to type on a phone, long-lived enough to answer. */
const MAX_CODE = 99;

/**
 * A reply code for an SMS page: replying `<code>a` acknowledges (and `<code>r` resolves) the
 * incidents that message carried, as GoAlert does. The oldest code is reused after 99.
 */
export async function allocateReplyCode(trx: Transaction<Schema>, userId: string, incidentIds: readonly string[], now: number): Promise<number> {
  const latest = await trx.selectFrom('reply_codes').select(['code']).where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('code', 'desc').limit(1).executeTakeFirst();
  const code = latest ? (latest.code % MAX_CODE) + 1 : 1;
  await trx.deleteFrom('reply_codes').where('user_id', '=', userId).where('code', '=', code).execute();
  await trx.insertInto('reply_codes').values({ user_id: userId, code, incident_ids: JSON.stringify(incidentIds), created_at: now }).execute();
  return code;
}

export async function incidentsForReplyCode(db: Kysely<Schema>, userId: string, code: number): Promise<string[] | undefined> {
  const row = await db.selectFrom('reply_codes').select('incident_ids').where('user_id', '=', userId).where('code', '=', code).executeTakeFirst();
  return row ? parseJson<string[]>(row.incident_ids) : undefined;
}

export type SmsCommand =
  | { readonly action: 'acknowledge' | 'resolve'; readonly code: number }
  | { readonly action: 'acknowledge' | 'resolve'; readonly incidentNumber: number }
  | { readonly action: 'help' };

/**
 * Reads a reply: `12a` / `12r` (the code from the message), `ack 42` / `resolve 42` (an incident
 * number), in any case and with stray spaces. Anything else asks for help.
 */
export function parseSmsReply(body: string): SmsCommand {
  const text = body.trim().toLowerCase();
  const coded = /^(\d{1,3})\s*([ar])$/.exec(text);
  if (coded) return { action: coded[2] === 'a' ? 'acknowledge' : 'resolve', code: Number(coded[1]) };
  const worded = /^(ack|acknowledge|res|resolve)\s*#?\s*(\d{1,9})$/.exec(text);
  if (worded) return { action: worded[1]?.startsWith('a') ? 'acknowledge' : 'resolve', incidentNumber: Number(worded[2]) };
  return { action: 'help' };
}
