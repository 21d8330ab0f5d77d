import { createECDH } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import type { VapidKeys } from './providers/push.js';

const SETTINGS_KEY = 'vapid_keys';
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A new P-256 key pair for VAPID, base64url (public: the 65-byte uncompressed point; private: 32 bytes). */
export function generateVapidKeys(): VapidKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // A private key with leading zero bytes comes back shorter: it is 32 bytes with them.
  const priv = ecdh.getPrivateKey();
  const padded = Buffer.concat([Buffer.alloc(32 - priv.length), priv]);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: padded.toString('base64url') };
}

/**
 * Why the pair cannot sign VAPID tokens (`VIGIL_VAPID_PUBLIC_KEY`, `VIGIL_VAPID_PRIVATE_KEY`),
 * naming the variable at fault; null when it can. The public key must be the private key's.
 */
export function vapidKeysProblem(keys: VapidKeys): { readonly which: 'public' | 'private'; readonly message: string } | null {
  const generate = 'generate a pair with `npx web-push generate-vapid-keys`, or leave both unset and Vigil makes one';
  if (!BASE64URL.test(keys.privateKey)) return { which: 'private', message: `is not base64url (A–Z, a–z, 0–9, "-" and "_", no padding); ${generate}` };
  const priv = Buffer.from(keys.privateKey, 'base64url');
  if (priv.length !== 32) return { which: 'private', message: `decodes to ${priv.length} bytes; a P-256 private key is 32; ${generate}` };
  if (!BASE64URL.test(keys.publicKey)) return { which: 'public', message: `is not base64url (A–Z, a–z, 0–9, "-" and "_", no padding); ${generate}` };
  const pub = Buffer.from(keys.publicKey, 'base64url');
  if (pub.length !== 65 || pub[0] !== 0x04) return { which: 'public', message: `decodes to ${pub.length} bytes; it must be the uncompressed P-256 point, 65 bytes starting with 0x04; ${generate}` };
  let derived: Buffer;
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(priv);
    derived = ecdh.getPublicKey();
  } catch {
    return { which: 'private', message: `is not a P-256 private key; ${generate}` };
  }
  if (!derived.equals(pub)) return { which: 'public', message: 'is not the public key of VIGIL_VAPID_PRIVATE_KEY; set both from one pair' };
  return null;
}

/**
 * Vigil's VAPID key pair. Given by the environment, it is used as given; otherwise one pair is
 * generated once and kept in the `settings` table (one row, so the two halves never come from
 * different processes), as the signing secret is: every process on one database signs alike,
 * and browsers' subscriptions, made for the public key, survive restarts.
 */
export async function resolveVapidKeys(db: Kysely<Schema>, configured: VapidKeys | null): Promise<VapidKeys> {
  if (configured !== null) return configured;
  const read = async () => {
    const row = await db.selectFrom('settings').select('value').where('key', '=', SETTINGS_KEY).executeTakeFirst();
    return row === undefined ? undefined : (JSON.parse(row.value) as VapidKeys);
  };
  const existing = await read();
  if (existing !== undefined) return existing;
  // Two processes starting at once may both get here; the insert that loses is ignored and both read the winner.
  await db.insertInto('settings').values({ key: SETTINGS_KEY, value: JSON.stringify(generateVapidKeys()) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await read())!;
}

/**
 * Who runs this Vigil, as push services are told (the VAPID JWT's `sub`): `VIGIL_VAPID_SUBJECT`,
 * else the public URL when it is https, else a mailto: address at the public URL's host (push
 * services accept only mailto: and https: subjects).
 */
export function defaultVapidSubject(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' ? url.origin : `mailto:vigil@${url.hostname.replace(/^\[|\]$/g, '')}`;
}

/** Why a subject cannot be used; null when it can. */
export function vapidSubjectProblem(subject: string): string | null {
  try {
    const url = new URL(subject);
    if (url.protocol === 'mailto:' && url.pathname.includes('@')) return null;
    if (url.protocol === 'https:' && url.hostname !== '') return null;
  } catch {
    // reported below
  }
  return `"${subject}" is not a mailto: address or an https: URL; push services use it to reach whoever runs this Vigil, e.g. mailto:ops@example.com`;
}
