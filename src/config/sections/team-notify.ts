import { Type, type Static } from '@sinclair/typebox';
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../core/db/schema.js';
import type { Actor } from '../../audit/audit-log.js';
import { CHANNELS } from '../../notify/channels.js';
import { addressProblem, destinationRefusal } from '../../notify/contact-methods.js';
import type { IncidentEventType } from '../../notify/incident-events.js';
import { replaceTeamSubscriptions, type Subscription } from '../../notify/subscription-store.js';
import type { ConfigPath } from '../config-document.js';
import { Strict } from '../fields.js';
import type { CheckContext } from '../section.js';

/**
 * `teams[].notify`: where a team's incident events are posted (a Slack or Teams channel, a
 * webhook, an ntfy topic, a mailing list). The list is the team's whole set, in order.
 */
const EVENT_TYPES = ['triggered', 'acknowledged', 'resolved', 'escalated', 'status_update'] as const satisfies readonly IncidentEventType[];

const NotifyItem = Strict({
  type: Type.Union(CHANNELS.map((c) => Type.Literal(c))),
  address: Type.String({ minLength: 1 }),
  /** The events posted; all of them when left out. */
  events: Type.Optional(Type.Array(Type.Union(EVENT_TYPES.map((e) => Type.Literal(e))), { minItems: 1 })),
});
export const NOTIFY_FIELDS = { notify: Type.Optional(Type.Array(NotifyItem)) };
type NotifyConfig = Static<typeof NotifyItem>;

interface TeamNotify {
  readonly notify?: readonly NotifyConfig[] | undefined;
}

export function checkTeamNotify(value: TeamNotify, path: ConfigPath, context: CheckContext): void {
  for (const [index, target] of (value.notify ?? []).entries()) {
    const at: ConfigPath = [...path, 'notify', index];
    if (target.type === 'push') {
      context.error([...at, 'type'], `push is not a team channel in ${context.label(at)}`, {
        hint: 'browser push reaches one person\'s browser, which subscribes from the console; post team events to slack, teams, webhook, ntfy or email',
      });
      continue;
    }
    const problem = addressProblem(target.type, target.address, 'team');
    if (problem) context.error([...at, 'address'], `invalid address in ${context.label(at)}: ${JSON.stringify(target.address)} is not ${problem.expected}`, { hint: problem.hint });
    const refusal = problem ? null : destinationRefusal(target.type, target.address, 'team', context.outbound);
    if (refusal) context.refusedDestination([...at, 'address'], `address not allowed in ${context.label(at)}: ${refusal.reason}`, { hint: refusal.hint });
    const seen = new Set<string>();
    for (const [e, event] of (target.events ?? []).entries()) {
      if (seen.has(event)) context.error([...at, 'events', e], `duplicate event "${event}" in ${context.label(at)}`);
      seen.add(event);
    }
  }
}

const rowOf = (target: NotifyConfig): Subscription => ({ channel: target.type, address: target.address, events: JSON.stringify(target.events ?? []) });

/** Makes the team's subscriptions the file's list (notify's store audits it); returns whether anything changed. */
export function writeTeamNotify(tx: Transaction<Schema>, teamId: string, value: TeamNotify, who: Actor, now: number): Promise<boolean> {
  return replaceTeamSubscriptions(tx, teamId, (value.notify ?? []).map(rowOf), who, now);
}

export async function exportTeamNotify(db: Kysely<Schema>): Promise<Map<string, NotifyConfig[]>> {
  const rows = await db.selectFrom('event_subscriptions').selectAll().orderBy('team_id').orderBy('position').orderBy('id').execute();
  const result = new Map<string, NotifyConfig[]>();
  for (const row of rows) {
    const events = JSON.parse(row.events) as NonNullable<NotifyConfig['events']>;
    const item: NotifyConfig = { type: row.channel as NotifyConfig['type'], address: row.address, ...(events.length ? { events } : {}) };
    result.set(row.team_id, [...(result.get(row.team_id) ?? []), item]);
  }
  return result;
}
