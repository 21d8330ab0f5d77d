import type { Kysely, Transaction } from 'kysely';
import { recordAudit, type Actor } from '../audit/audit-log.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { iso } from '../core/db/row-codec.js';
import type { ActionItemsTable, Schema } from '../core/db/schema.js';
import { invalidField, VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import { cancelJobsByKeyPrefix, enqueueJob } from '../engine/jobs.js';
import { findIncident } from '../incidents/incident-ref.js';
import { actionReminderPrefix, localDate, planActionReminders } from './action-reminders.js';

type Db = Kysely<Schema> | Transaction<Schema>;
type ItemRow = ActionItemsTable;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const CATEGORIES = ['prevent_recurrence', 'improve_detection', 'improve_response', 'follow_up'] as const;
export const ITEM_STATUSES = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type Category = (typeof CATEGORIES)[number];
const UNFINISHED: readonly ItemStatus[] = ['open', 'in_progress'];

/** `prevent recurrence`, `Prevent-Recurrence` and `prevent_recurrence` are one category. */
export function normaliseCategory(text: string): Category | null {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (CATEGORIES as readonly string[]).includes(key) ? (key as Category) : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function dateProblem(text: string): string | null {
  if (!DATE.test(text)) return 'must be a date as YYYY-MM-DD';
  const parsed = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text ? 'is not a calendar date' : null;
}

export function urlProblem(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'must be an http or https link';
  } catch {
    return 'is not a URL';
  }
}

export interface ActionItemView {
  readonly id: string;
  readonly title: string;
  readonly owner: { readonly id: string; readonly name: string };
  readonly team: { readonly id: string; readonly name: string } | null;
  /** `YYYY-MM-DD` on the owner's calendar. */
  readonly due: string;
  readonly priority: ItemRow['priority'];
  readonly category: ItemRow['category'];
  readonly status: ItemRow['status'];
  /** Unfinished and its due date has passed on the owner's calendar. */
  readonly overdue: boolean;
  readonly postmortem: { readonly id: string; readonly title: string } | null;
  readonly incident: { readonly number: number; readonly title: string } | null;
  readonly external_url: string | null;
  readonly version: number;
  readonly created_by: string;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ActionItemFilters {
  readonly statuses?: readonly ItemStatus[];
  readonly owner?: string;
  readonly team?: string;
  readonly overdue?: boolean;
  readonly postmortemId?: string;
  readonly incidentIds?: readonly string[];
}

function selectItems(db: Db) {
  return db
    .selectFrom('action_items')
    .innerJoin('users as owner', 'owner.id', 'action_items.owner_id')
    .leftJoin('teams', 'teams.id', 'action_items.team_id')
    .leftJoin('postmortems', 'postmortems.id', 'action_items.postmortem_id')
    .leftJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .selectAll('action_items')
    .select(['owner.name as owner_name', 'owner.time_zone as owner_zone', 'teams.name as team_name', 'postmortems.title as postmortem_title', 'incidents.number as incident_number', 'incidents.title as incident_title']);
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

function toView(row: JoinedRow, now: number): ActionItemView {
  return {
    id: row.id,
    title: row.title,
    owner: { id: row.owner_id, name: row.owner_name },
    team: row.team_id === null ? null : { id: row.team_id, name: row.team_name ?? row.team_id },
    due: row.due_date,
    priority: row.priority,
    category: row.category,
    status: row.status,
    overdue: UNFINISHED.includes(row.status) && row.due_date < localDate(row.owner_zone, now),
    postmortem: row.postmortem_id === null ? null : { id: row.postmortem_id, title: row.postmortem_title ?? '' },
    incident: row.incident_id === null || row.incident_number === null ? null : { number: row.incident_number, title: row.incident_title ?? '' },
    external_url: row.external_url,
    version: row.version,
    created_by: row.created_by,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}

export async function listActionItems(db: Db, filters: ActionItemFilters, now: number): Promise<ActionItemView[]> {
  let query = selectItems(db);
  const statuses = filters.overdue ? (filters.statuses ?? UNFINISHED).filter((s) => UNFINISHED.includes(s)) : filters.statuses;
  if (statuses !== undefined) {
    if (statuses.length === 0) return [];
    query = query.where('action_items.status', 'in', [...statuses]);
  }
  if (filters.owner !== undefined) query = query.where('action_items.owner_id', '=', filters.owner);
  if (filters.team !== undefined) query = query.where('action_items.team_id', '=', filters.team);
  if (filters.postmortemId !== undefined) query = query.where('action_items.postmortem_id', '=', filters.postmortemId);
  if (filters.incidentIds !== undefined) query = query.where('action_items.incident_id', 'in', filters.incidentIds.length > 0 ? [...filters.incidentIds] : ['']);
  // Overdue is decided on each owner's calendar; the day before UTC's today is a safe outer bound for the query.
  if (filters.overdue) query = query.where('action_items.due_date', '<', new Date(now + 86_400_000).toISOString().slice(0, 10));
  const rows = await query.orderBy('action_items.due_date').orderBy('action_items.created_at').orderBy('action_items.id').limit(1000).execute();
  const views = rows.map((row) => toView(row, now));
  return filters.overdue ? views.filter((v) => v.overdue) : views;
}

export async function getActionItem(db: Db, id: string, now: number): Promise<ActionItemView> {
  const row = await selectItems(db).where('action_items.id', '=', id).executeTakeFirst();
  if (!row) throw new VigilError('VIGIL_ACTION_ITEM_NOT_FOUND', `no action item "${id}"; see GET /api/v1/action-items`);
  return toView(row, now);
}

export interface NewActionItem {
  readonly title: string;
  readonly owner: string;
  readonly due: string;
  readonly priority: ItemRow['priority'];
  readonly category: string;
  readonly team?: string | null;
  readonly postmortem?: string | null;
  readonly incident?: string | number | null;
  readonly external_url?: string | null;
}

export interface ActionItemPatch {
  readonly version: number;
  readonly title?: string;
  readonly owner?: string;
  readonly due?: string;
  readonly priority?: ItemRow['priority'];
  readonly category?: string;
  readonly status?: ItemStatus;
  readonly team?: string | null;
  readonly external_url?: string | null;
}

async function requireUser(db: Db, id: string, path: string) {
  const user = await db.selectFrom('users').select(['id', 'time_zone']).where('id', '=', id).executeTakeFirst();
  if (!user) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${id}"; see GET /api/v1/users`, [{ path, message: `no user "${id}"` }]);
  return user;
}

async function requireTeam(db: Db, id: string, path: string): Promise<void> {
  const team = await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst();
  if (!team) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no team "${id}"; see GET /api/v1/teams`, [{ path, message: `no team "${id}"` }]);
}

function checkFields(fields: { due?: string | undefined; category?: string | undefined; external_url?: string | null | undefined }): Category | undefined {
  if (fields.due !== undefined) {
    const problem = dateProblem(fields.due);
    if (problem !== null) throw invalidField('body.due', problem);
  }
  if (fields.external_url !== undefined && fields.external_url !== null) {
    const problem = urlProblem(fields.external_url);
    if (problem !== null) throw invalidField('body.external_url', problem);
  }
  if (fields.category === undefined) return undefined;
  const category = normaliseCategory(fields.category);
  if (category === null) throw invalidField('body.category', `must be one of ${CATEGORIES.join(', ')} (spaces allowed for underscores)`);
  return category;
}

/** Writes the item's reminders for its due date, after cancelling any for another date; none once finished. */
async function scheduleReminders(trx: Transaction<Schema>, dialect: SqlDialect, item: { id: string; due_date: string; status: ItemStatus; owner_id: string }, now: number): Promise<void> {
  await cancelJobsByKeyPrefix(trx, 'action.remind', actionReminderPrefix(item.id), now);
  if (!UNFINISHED.includes(item.status)) return;
  const owner = await trx.selectFrom('users').select('time_zone').where('id', '=', item.owner_id).executeTakeFirstOrThrow();
  for (const reminder of planActionReminders(item.id, item.due_date, owner.time_zone, now)) {
    // A key cancelled a moment ago (the same date again) comes back: enqueueJob revives cancelled keys.
    await enqueueJob(trx, dialect, { kind: 'action.remind', key: reminder.key, payload: { actionItemId: item.id, dueDate: item.due_date, stage: reminder.stage }, runAt: reminder.runAt }, now);
  }
}

function auditShape(row: Pick<ItemRow, 'title' | 'owner_id' | 'team_id' | 'due_date' | 'priority' | 'category' | 'status' | 'postmortem_id' | 'incident_id' | 'external_url' | 'version'>) {
  return { title: row.title, owner: row.owner_id, team: row.team_id, due: row.due_date, priority: row.priority, category: row.category, status: row.status, postmortem: row.postmortem_id, incident: row.incident_id, external_url: row.external_url, version: row.version };
}

export async function createActionItem(db: Kysely<Schema>, dialect: SqlDialect, input: NewActionItem, who: Actor, now: number): Promise<ActionItemView> {
  const category = checkFields(input)!;
  const id = await db.transaction().execute(async (trx) => {
    await requireUser(trx, input.owner, 'body.owner');
    let team = input.team ?? null;
    if (team !== null) await requireTeam(trx, team, 'body.team');
    let postmortemId: string | null = null;
    if (input.postmortem) {
      const postmortem = await trx.selectFrom('postmortems').select(['id', 'team_id']).where('id', '=', input.postmortem).executeTakeFirst();
      if (!postmortem) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no postmortem "${input.postmortem}"`, [{ path: 'body.postmortem', message: 'names no postmortem' }]);
      postmortemId = postmortem.id;
      team ??= postmortem.team_id;
    }
    let incidentId: string | null = null;
    if (input.incident !== undefined && input.incident !== null) {
      const incident = await findIncident(trx, input.incident).catch((error: unknown) => {
        if (!(error instanceof VigilError && error.code === 'VIGIL_INCIDENT_NOT_FOUND')) throw error;
        throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no incident ${input.incident}`, [{ path: 'body.incident', message: 'names no incident' }]);
      });
      incidentId = incident.id;
      if (team === null && incident.service_id !== null) {
        team = (await trx.selectFrom('services').select('team_id').where('id', '=', incident.service_id).executeTakeFirst())?.team_id ?? null;
      }
    }
    // Without a postmortem, incident or team named, the item belongs to its owner's first team.
    team ??= (await trx.selectFrom('team_members').select('team_id').where('user_id', '=', input.owner).orderBy('position').orderBy('team_id').executeTakeFirst())?.team_id ?? null;
    const row: ItemRow = {
      id: newOrderedId('act'),
      title: input.title,
      owner_id: input.owner,
      team_id: team,
      due_date: input.due,
      priority: input.priority,
      category,
      status: 'open',
      postmortem_id: postmortemId,
      incident_id: incidentId,
      external_url: input.external_url ?? null,
      version: 1,
      created_by: who.actor,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('action_items').values(row).execute();
    await scheduleReminders(trx, dialect, row, now);
    await recordAudit(trx, who, now, { action: 'action_item.create', entityType: 'action_item', entityId: row.id, after: auditShape(row) });
    return row.id;
  });
  return getActionItem(db, id, now);
}

/** Admins, the owner, whoever created it, and members of its team may change an item. */
export async function mayChangeItem(db: Db, item: Pick<ItemRow, 'owner_id' | 'created_by' | 'team_id'>, principal: { role: string; userId: string | null; actor: string }): Promise<boolean> {
  if (principal.role === 'admin') return true;
  if (principal.actor === item.created_by) return true;
  if (principal.userId === null) return false;
  if (principal.userId === item.owner_id) return true;
  if (item.team_id === null) return false;
  const member = await db.selectFrom('team_members').select('user_id').where('team_id', '=', item.team_id).where('user_id', '=', principal.userId).executeTakeFirst();
  return member !== undefined;
}

export async function updateActionItem(
  db: Kysely<Schema>,
  dialect: SqlDialect,
  id: string,
  patch: ActionItemPatch,
  principal: { role: string; userId: string | null; actor: string; sourceIp?: string | null },
  now: number,
): Promise<ActionItemView> {
  const category = checkFields(patch);
  await db.transaction().execute(async (trx) => {
    const before = await dialect.lockForUpdate(trx.selectFrom('action_items').selectAll().where('id', '=', id)).executeTakeFirst();
    if (!before) throw new VigilError('VIGIL_ACTION_ITEM_NOT_FOUND', `no action item "${id}"; see GET /api/v1/action-items`);
    if (!(await mayChangeItem(trx, before, principal))) {
      throw new VigilError('VIGIL_FORBIDDEN', `only the owner (${before.owner_id}), whoever created it, members of its team${before.team_id === null ? '' : ` "${before.team_id}"`} or an admin may change this action item`);
    }
    if (patch.version !== before.version) {
      throw new VigilError('VIGIL_CONFLICT', `action item "${id}" was changed meanwhile (version ${before.version}, not ${patch.version}); read it again and reapply your change`, [{ path: 'body.version', message: `is ${before.version} now` }], { version: before.version });
    }
    if (patch.owner !== undefined) await requireUser(trx, patch.owner, 'body.owner');
    if (patch.team !== undefined && patch.team !== null) await requireTeam(trx, patch.team, 'body.team');
    const after: ItemRow = {
      ...before,
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.owner !== undefined ? { owner_id: patch.owner } : {}),
      ...(patch.due !== undefined ? { due_date: patch.due } : {}),
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
      ...(category !== undefined ? { category } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.team !== undefined ? { team_id: patch.team } : {}),
      ...(patch.external_url !== undefined ? { external_url: patch.external_url } : {}),
      version: before.version + 1,
      updated_at: now,
    };
    await trx.updateTable('action_items').set(after).where('id', '=', id).execute();
    if (after.due_date !== before.due_date || after.status !== before.status || after.owner_id !== before.owner_id) await scheduleReminders(trx, dialect, after, now);
    await recordAudit(trx, principal, now, { action: 'action_item.update', entityType: 'action_item', entityId: id, before: auditShape(before), after: auditShape(after) });
  });
  return getActionItem(db, id, now);
}

/** Unfinished items of these incidents (by id) or their postmortems: what similar incidents show. */
export async function openItemsFor(db: Db, incidentIds: readonly string[], now: number): Promise<Map<string, ActionItemView[]>> {
  const out = new Map<string, ActionItemView[]>();
  if (incidentIds.length === 0) return out;
  const rows = await selectItems(db)
    .leftJoin('postmortem_incidents', 'postmortem_incidents.postmortem_id', 'action_items.postmortem_id')
    .select(['postmortem_incidents.incident_id as via_incident'])
    .where('action_items.status', 'in', [...UNFINISHED])
    .where((eb) => eb.or([eb('action_items.incident_id', 'in', [...incidentIds]), eb('postmortem_incidents.incident_id', 'in', [...incidentIds])]))
    .orderBy('action_items.due_date')
    .execute();
  const seen = new Set<string>();
  for (const row of rows) {
    for (const incidentId of new Set([row.incident_id, row.via_incident])) {
      if (incidentId === null || !incidentIds.includes(incidentId) || seen.has(`${incidentId}:${row.id}`)) continue;
      seen.add(`${incidentId}:${row.id}`);
      out.set(incidentId, [...(out.get(incidentId) ?? []), toView(row, now)]);
    }
  }
  return out;
}

