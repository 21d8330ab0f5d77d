import type { Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { Schema } from '../core/db/schema.js';
import { newId } from '../core/ids.js';

/** Where a team's incident events are posted: one row a channel, in the team's order. */
export interface Subscription {
  readonly channel: string;
  readonly address: string;
  /** JSON list; empty: every event. */
  readonly events: string;
}

const same = (a: readonly Subscription[], b: readonly Subscription[]) =>
  a.length === b.length && a.every((s, i) => s.channel === b[i]!.channel && s.address === b[i]!.address && s.events === b[i]!.events);

/**
 * The one writer of `event_subscriptions`: makes a team's subscriptions exactly `wanted`, in
 * order, auditing a change (addresses included: they are where incidents are posted, which an
 * auditor needs to see). Returns whether anything but the numbering changed.
 */
export async function replaceTeamSubscriptions(tx: Transaction<Schema>, teamId: string, wanted: readonly Subscription[], who: Actor, now: number): Promise<boolean> {
  const stored = await tx.selectFrom('event_subscriptions').selectAll().where('team_id', '=', teamId).orderBy('position').orderBy('id').execute();
  const changed = !same(wanted, stored);
  if (!changed && stored.every((s, i) => s.position === i)) return false;
  await tx.deleteFrom('event_subscriptions').where('team_id', '=', teamId).execute();
  if (wanted.length > 0) {
    await tx.insertInto('event_subscriptions').values(wanted.map((s, position) => ({ ...s, id: newId('sub'), team_id: teamId, position }))).execute();
  }
  if (changed) {
    const view = (list: readonly Subscription[]) => list.map((s) => ({ channel: s.channel, address: s.address, events: JSON.parse(s.events) as unknown }));
    await recordAudit(tx, who, now, { action: 'team.notify.replace', entityType: 'team', entityId: teamId, before: { notify: view(stored) }, after: { notify: view(wanted) } });
  }
  return changed;
}
