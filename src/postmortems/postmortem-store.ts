import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit-log.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { isUniqueViolation } from '../core/db/dialect.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { IncidentRow, PostmortemsTable, Schema } from '../core/db/schema.js';
import { invalidField, VigilError } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import { incidentCost } from '../cost/cost-store.js';
import { findIncident, type IncidentRef } from '../incidents/incident-ref.js';
import { listSeverities } from '../incidents/severities.js';
import { readTimeline } from '../incidents/timeline.js';
import { listActionItems, type ActionItemView } from './action-items.js';
import { keyTimeline, postmortemFacts, type FactsIncident, type PostmortemFacts, type TimelineLine } from './postmortem-facts.js';
import { postmortemMarkdown } from './postmortem-markdown.js';

type Db = Kysely<Schema> | Transaction<Schema>;
type Row = PostmortemsTable;
export type PostmortemStatus = Row['status'];
export const POSTMORTEM_STATUSES: readonly PostmortemStatus[] = ['draft', 'in_review', 'published'];
export const SECTIONS = ['summary', 'root_cause', 'went_well', 'went_wrong', 'lessons'] as const;
export type Section = (typeof SECTIONS)[number];
/** A section's Markdown: generous for prose, bounded so one postmortem cannot fill the database. */
export const MAX_SECTION_CHARS = 65_536;

export interface ReviewerView {
  readonly user: string;
  readonly name: string;
  readonly decision: 'pending' | 'approved' | 'changes_requested';
  readonly note: string | null;
  readonly decided_at: string | null;
}

export interface PostmortemView {
  readonly id: string;
  readonly title: string;
  readonly status: PostmortemStatus;
  readonly version: number;
  readonly owner: { readonly id: string; readonly name: string } | null;
  readonly team: string | null;
  readonly incidents: readonly { readonly number: number; readonly title: string }[];
  readonly facts: PostmortemFacts;
  readonly timeline: readonly TimelineLine[];
  readonly summary: string;
  readonly root_cause: string;
  readonly went_well: string;
  readonly went_wrong: string;
  readonly lessons: string;
  readonly reviewers: readonly ReviewerView[];
  readonly action_items: readonly ActionItemView[];
  readonly created_by: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly published_at: string | null;
  readonly published_by: string | null;
}

export interface PostmortemSummaryView {
  readonly id: string;
  readonly title: string;
  readonly status: PostmortemStatus;
  readonly team: string | null;
  readonly owner: { readonly id: string; readonly name: string } | null;
  readonly incidents: readonly { readonly number: number; readonly title: string }[];
  readonly date: string;
  readonly severity: string;
  readonly open_action_items: number;
  readonly updated_at: string;
}

export interface Principal {
  readonly actor: string;
  readonly role: 'admin' | 'responder' | 'viewer';
  readonly userId: string | null;
  readonly sourceIp?: string | null;
}

export interface PostmortemPatch {
  readonly version: number;
  readonly title?: string;
  readonly owner?: string | null;
  readonly summary?: string;
  readonly root_cause?: string;
  readonly went_well?: string;
  readonly went_wrong?: string;
  readonly lessons?: string;
  readonly timeline?: readonly { readonly at: string; readonly text: string; readonly hidden?: boolean; readonly source_seq?: number | null; readonly incident?: number | null }[];
  readonly reviewers?: readonly string[];
  readonly status?: PostmortemStatus;
  /** Draft only: work the facts and the key timeline out again from the incidents. */
  readonly refresh_facts?: boolean;
}

const notFound = (id: string) => new VigilError('VIGIL_POSTMORTEM_NOT_FOUND', `no postmortem "${id}"; see GET /api/v1/postmortems`);

/** The facts and key timeline of the given resolved incidents, as of now. */
async function draftFacts(db: Db, incidents: readonly IncidentRow[], now: number): Promise<{ facts: PostmortemFacts; timeline: TimelineLine[] }> {
  const [severities, users, services] = await Promise.all([
    listSeverities(db as Kysely<Schema>),
    db.selectFrom('users').select(['id', 'name']).execute(),
    db.selectFrom('services').select(['id', 'name']).execute(),
  ]);
  const serviceNames = new Map(services.map((s) => [s.id, s.name]));
  const factsIncidents: FactsIncident[] = [];
  for (const incident of incidents) {
    const [timeline, cost] = await Promise.all([readTimeline(db as Kysely<Schema>, incident.id), incidentCost(db, incident.id, now)]);
    factsIncidents.push({
      id: incident.id,
      number: incident.number,
      title: incident.title,
      service: incident.service_id === null ? null : { id: incident.service_id, name: serviceNames.get(incident.service_id) ?? incident.service_id },
      severityId: incident.severity_id,
      commanderId: incident.commander_id,
      triggeredAt: incident.triggered_at,
      resolvedAt: incident.resolved_at ?? now,
      timeline: timeline.map((e) => ({ seq: e.seq, at: Date.parse(e.at), kind: e.kind, actor: e.actor, message: e.message, data: e.data })),
      cost: {
        amountMinor: cost.amount_minor,
        amount: cost.amount,
        currency: cost.currency,
        formula: cost.formula,
        impactStart: Date.parse(cost.impact_start),
        impactEnd: Date.parse(cost.impact_end),
        startKnown: cost.start_source !== 'trigger',
      },
    });
  }
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const severityInfo = new Map(severities.map((s) => [s.id, { name: s.name, rank: s.rank }]));
  return { facts: postmortemFacts(factsIncidents, severityInfo, userNames), timeline: keyTimeline(factsIncidents, userNames) };
}

export class PostmortemService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: SqlDialect,
    private readonly clock: { now(): number },
  ) {}

  /** A draft from resolved incidents, its facts and key timeline filled in. */
  async create(ref: IncidentRef, input: { incidents?: readonly IncidentRef[]; title?: string; owner?: string | null }, who: Principal): Promise<PostmortemView> {
    const now = this.clock.now();
    let id: string;
    try {
      id = await this.db.transaction().execute(async (trx) => {
        const refs = [ref, ...(input.incidents ?? []).filter((r) => String(r) !== String(ref))];
        const incidents: IncidentRow[] = [];
        for (const [index, each] of refs.entries()) {
          const incident = await findIncident(trx, each).catch((error: unknown) => {
            if (index === 0 || !(error instanceof VigilError && error.code === 'VIGIL_INCIDENT_NOT_FOUND')) throw error;
            throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no incident ${each}`, [{ path: `body.incidents.${index - 1}`, message: 'names no incident' }]);
          });
          if (incidents.some((i) => i.id === incident.id)) continue;
          if (incident.status !== 'resolved') {
            throw new VigilError('VIGIL_CONFLICT', `incident #${incident.number} is ${incident.status}; a postmortem is written once it is resolved`, undefined, { incident: incident.number, status: incident.status });
          }
          const existing = await trx
            .selectFrom('postmortem_incidents')
            .innerJoin('postmortems', 'postmortems.id', 'postmortem_incidents.postmortem_id')
            .select(['postmortems.id', 'postmortems.title'])
            .where('postmortem_incidents.incident_id', '=', incident.id)
            .executeTakeFirst();
          if (existing) {
            throw new VigilError('VIGIL_CONFLICT', `incident #${incident.number} already has postmortem ${existing.id} ("${existing.title}"); open it at /postmortems/${existing.id}`, undefined, { postmortem: existing.id });
          }
          incidents.push(incident);
        }
        const first = incidents[0]!;
        const ownerId = input.owner !== undefined ? input.owner : (first.commander_id ?? (who.userId !== null ? who.userId : null));
        if (ownerId !== null) {
          const owner = await trx.selectFrom('users').select('id').where('id', '=', ownerId).executeTakeFirst();
          if (!owner) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${ownerId}"`, [{ path: 'body.owner', message: 'names no user' }]);
        }
        const team = first.service_id === null ? null : ((await trx.selectFrom('services').select('team_id').where('id', '=', first.service_id).executeTakeFirst())?.team_id ?? null);
        const { facts, timeline } = await draftFacts(trx, incidents, now);
        const row: Row = {
          id: newOrderedId('pm'),
          title: input.title ?? first.title,
          status: 'draft',
          owner_id: ownerId,
          team_id: team,
          facts: JSON.stringify(facts),
          timeline: JSON.stringify(timeline),
          summary: '',
          root_cause: '',
          went_well: '',
          went_wrong: '',
          lessons: '',
          version: 1,
          created_by: who.actor,
          created_at: now,
          updated_at: now,
          published_at: null,
          published_by: null,
        };
        await trx.insertInto('postmortems').values(row).execute();
        await trx.insertInto('postmortem_incidents').values(incidents.map((incident, position) => ({ postmortem_id: row.id, incident_id: incident.id, position }))).execute();
        await recordAudit(trx, who, now, { action: 'postmortem.create', entityType: 'postmortem', entityId: row.id, after: { title: row.title, status: row.status, incidents: incidents.map((i) => i.number), owner: ownerId } });
        return row.id;
      });
    } catch (error) {
      // Two drafts racing for one incident: the unique index lets one win; the other is told which.
      if (isUniqueViolation(error)) throw new VigilError('VIGIL_CONFLICT', 'a postmortem for this incident was created meanwhile; see GET /api/v1/postmortems');
      throw error;
    }
    return this.get(id);
  }

  async get(id: string): Promise<PostmortemView> {
    const row = await this.db.selectFrom('postmortems').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(id);
    const now = this.clock.now();
    const [owner, incidents, reviewers, items] = await Promise.all([
      row.owner_id === null ? undefined : this.db.selectFrom('users').select(['id', 'name']).where('id', '=', row.owner_id).executeTakeFirst(),
      this.db.selectFrom('postmortem_incidents').innerJoin('incidents', 'incidents.id', 'postmortem_incidents.incident_id').select(['incidents.number', 'incidents.title']).where('postmortem_id', '=', id).orderBy('position').execute(),
      this.db.selectFrom('postmortem_reviewers').innerJoin('users', 'users.id', 'postmortem_reviewers.user_id').select(['user_id', 'users.name', 'decision', 'note', 'decided_at']).where('postmortem_id', '=', id).orderBy('users.name').execute(),
      listActionItems(this.db, { postmortemId: id }, now),
    ]);
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      version: row.version,
      owner: owner ?? null,
      team: row.team_id,
      incidents,
      facts: parseJson<PostmortemFacts>(row.facts),
      timeline: parseJson<TimelineLine[]>(row.timeline),
      summary: row.summary,
      root_cause: row.root_cause,
      went_well: row.went_well,
      went_wrong: row.went_wrong,
      lessons: row.lessons,
      reviewers: reviewers.map((r) => ({ user: r.user_id, name: r.name, decision: r.decision, note: r.note, decided_at: iso(r.decided_at) })),
      action_items: items,
      created_by: row.created_by,
      created_at: iso(row.created_at),
      updated_at: iso(row.updated_at),
      published_at: iso(row.published_at),
      published_by: row.published_by,
    };
  }

  async markdown(id: string): Promise<string> {
    const view = await this.get(id);
    return postmortemMarkdown({
      ...view,
      action_items: view.action_items.map((item) => ({ title: item.title, category: item.category, priority: item.priority, owner: item.owner.name, due: item.due, status: item.status })),
    });
  }

  async list(filters: { statuses?: readonly PostmortemStatus[]; team?: string; service?: string; owner?: string; incident?: number }): Promise<PostmortemSummaryView[]> {
    let query = this.db.selectFrom('postmortems').leftJoin('users', 'users.id', 'postmortems.owner_id').selectAll('postmortems').select(['users.name as owner_name']);
    if (filters.statuses?.length) query = query.where('postmortems.status', 'in', [...filters.statuses]);
    if (filters.team !== undefined) query = query.where('postmortems.team_id', '=', filters.team);
    if (filters.owner !== undefined) query = query.where('postmortems.owner_id', '=', filters.owner);
    if (filters.incident !== undefined) {
      const number = filters.incident;
      query = query.where((eb) => eb.exists(eb.selectFrom('postmortem_incidents').innerJoin('incidents', 'incidents.id', 'postmortem_incidents.incident_id').select('incidents.id').whereRef('postmortem_incidents.postmortem_id', '=', 'postmortems.id').where('incidents.number', '=', number)));
    }
    if (filters.service !== undefined) {
      const service = filters.service;
      query = query.where((eb) => eb.exists(eb.selectFrom('postmortem_incidents').innerJoin('incidents', 'incidents.id', 'postmortem_incidents.incident_id').select('incidents.id').whereRef('postmortem_incidents.postmortem_id', '=', 'postmortems.id').where('incidents.service_id', '=', service)));
    }
    const rows = await query.orderBy('postmortems.created_at', 'desc').orderBy('postmortems.id', 'desc').limit(500).execute();
    const ids = rows.length > 0 ? rows.map((r) => r.id) : [''];
    const [incidents, open] = await Promise.all([
      this.db.selectFrom('postmortem_incidents').innerJoin('incidents', 'incidents.id', 'postmortem_incidents.incident_id').select(['postmortem_id', 'incidents.number', 'incidents.title']).where('postmortem_id', 'in', ids).orderBy('position').execute(),
      this.db.selectFrom('action_items').select(['postmortem_id', (eb) => eb.fn.countAll<number | string>().as('count')]).where('postmortem_id', 'in', ids).where('status', 'in', ['open', 'in_progress']).groupBy('postmortem_id').execute(),
    ]);
    const openBy = new Map(open.map((o) => [o.postmortem_id, Number(o.count)]));
    return rows.map((row) => {
      const facts = parseJson<PostmortemFacts>(row.facts);
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        team: row.team_id,
        owner: row.owner_id === null ? null : { id: row.owner_id, name: row.owner_name ?? row.owner_id },
        incidents: incidents.filter((i) => i.postmortem_id === row.id).map(({ number, title }) => ({ number, title })),
        date: facts.date,
        severity: facts.severity.id,
        open_action_items: openBy.get(row.id) ?? 0,
        updated_at: iso(row.updated_at),
      };
    });
  }

  /** Whether the principal manages the postmortem's team (a manager may publish without every approval). */
  private async managesTeam(db: Db, team: string | null, who: Principal): Promise<boolean> {
    if (team === null || who.userId === null) return false;
    const row = await db.selectFrom('team_members').select('role').where('team_id', '=', team).where('user_id', '=', who.userId).executeTakeFirst();
    return row?.role === 'manager';
  }

  async update(id: string, patch: PostmortemPatch, who: Principal): Promise<PostmortemView> {
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const before = await this.dialect.lockForUpdate(trx.selectFrom('postmortems').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!before) throw notFound(id);
      if (patch.version !== before.version) {
        throw new VigilError('VIGIL_CONFLICT', `postmortem "${id}" was changed meanwhile (version ${before.version}, not ${patch.version}); read it again and reapply your change`, [{ path: 'body.version', message: `is ${before.version} now` }], { version: before.version });
      }
      const editing = Object.keys(patch).some((k) => k !== 'version' && k !== 'status');
      if (before.status === 'published' && editing) {
        throw new VigilError('VIGIL_CONFLICT', `postmortem "${id}" is published and read-only; an admin may set its status back to draft to change it`, undefined, { status: before.status });
      }
      const after: Row = { ...before, version: before.version + 1, updated_at: now };
      if (patch.title !== undefined) after.title = patch.title;
      for (const section of SECTIONS) if (patch[section] !== undefined) after[section] = patch[section];
      if (patch.owner !== undefined) {
        if (patch.owner !== null && !(await trx.selectFrom('users').select('id').where('id', '=', patch.owner).executeTakeFirst())) {
          throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${patch.owner}"`, [{ path: 'body.owner', message: 'names no user' }]);
        }
        after.owner_id = patch.owner;
      }
      if (patch.refresh_facts) {
        if (before.status !== 'draft') throw invalidField('body.refresh_facts', 'works on drafts only: the facts of a postmortem in review or published stay as reviewed');
        const incidents = await trx.selectFrom('postmortem_incidents').innerJoin('incidents', 'incidents.id', 'postmortem_incidents.incident_id').selectAll('incidents').where('postmortem_id', '=', id).orderBy('position').execute();
        const drafted = await draftFacts(trx, incidents, now);
        after.facts = JSON.stringify(drafted.facts);
        if (patch.timeline === undefined) after.timeline = JSON.stringify(drafted.timeline);
      }
      if (patch.timeline !== undefined) {
        const lines = patch.timeline.map((line, index): TimelineLine => {
          const at = Date.parse(line.at);
          if (Number.isNaN(at)) throw invalidField(`body.timeline.${index}.at`, 'is not a date-time');
          return { at: new Date(at).toISOString(), text: line.text, incident: line.incident ?? null, source_seq: line.source_seq ?? null, hidden: line.hidden ?? false };
        });
        after.timeline = JSON.stringify(lines.sort((a, b) => a.at.localeCompare(b.at)));
      }
      if (patch.reviewers !== undefined) await this.setReviewers(trx, id, patch.reviewers);
      if (patch.status !== undefined && patch.status !== before.status) await this.move(trx, before, after, patch.status, who, now);
      await trx.updateTable('postmortems').set(after).where('id', '=', id).execute();
      await recordAudit(trx, who, now, { action: 'postmortem.update', entityType: 'postmortem', entityId: id, before: auditShape(before), after: { ...auditShape(after), ...(patch.reviewers ? { reviewers: patch.reviewers } : {}) } });
    });
    return this.get(id);
  }

  private async setReviewers(trx: Transaction<Schema>, id: string, reviewers: readonly string[]): Promise<void> {
    const wanted = [...new Set(reviewers)];
    const known = new Set((wanted.length === 0 ? [] : await trx.selectFrom('users').select('id').where('id', 'in', wanted).execute()).map((u) => u.id));
    const unknown = wanted.findIndex((u) => !known.has(u));
    if (unknown >= 0) throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no user "${wanted[unknown]}"`, [{ path: `body.reviewers.${reviewers.indexOf(wanted[unknown]!)}`, message: 'names no user' }]);
    const current = new Set((await trx.selectFrom('postmortem_reviewers').select('user_id').where('postmortem_id', '=', id).execute()).map((r) => r.user_id));
    const removed = [...current].filter((u) => !known.has(u));
    if (removed.length > 0) await trx.deleteFrom('postmortem_reviewers').where('postmortem_id', '=', id).where('user_id', 'in', removed).execute();
    const added = wanted.filter((u) => !current.has(u));
    if (added.length > 0) await trx.insertInto('postmortem_reviewers').values(added.map((user_id) => ({ postmortem_id: id, user_id, decision: 'pending' as const, note: null, decided_at: null }))).execute();
  }

  /**
   * draft → in_review needs a root cause and a reviewer (their decisions start again);
   * in_review → published needs every reviewer's approval, or a manager of its team or an admin
   * (who is recorded); published → anything is an admin's reopening.
   */
  private async move(trx: Transaction<Schema>, before: Row, after: Row, to: PostmortemStatus, who: Principal, now: number): Promise<void> {
    const from = before.status;
    if (from === 'published' && who.role !== 'admin') throw new VigilError('VIGIL_FORBIDDEN', 'only an admin may reopen a published postmortem');
    const reviewers = await trx.selectFrom('postmortem_reviewers').select(['user_id', 'decision']).where('postmortem_id', '=', before.id).execute();
    switch (to) {
      case 'draft':
        after.published_at = null;
        after.published_by = null;
        break;
      case 'in_review': {
        const problems = [after.root_cause.trim() === '' ? 'a root cause' : null, reviewers.length === 0 ? 'at least one reviewer' : null].filter((p) => p !== null);
        if (problems.length > 0) throw new VigilError('VIGIL_CONFLICT', `postmortem "${before.id}" needs ${problems.join(' and ')} before review`, [{ path: 'body.status', message: `needs ${problems.join(' and ')}` }]);
        await trx.updateTable('postmortem_reviewers').set({ decision: 'pending', note: null, decided_at: null }).where('postmortem_id', '=', before.id).execute();
        after.published_at = null;
        after.published_by = null;
        break;
      }
      case 'published': {
        if (from !== 'in_review') throw new VigilError('VIGIL_CONFLICT', `postmortem "${before.id}" is ${from}; it is published from review (set status in_review first)`, [{ path: 'body.status', message: `cannot go from ${from} to published` }]);
        const pending = reviewers.filter((r) => r.decision !== 'approved').map((r) => r.user_id);
        if (pending.length > 0 && who.role !== 'admin' && !(await this.managesTeam(trx, before.team_id, who))) {
          throw new VigilError('VIGIL_CONFLICT', `postmortem "${before.id}" awaits approval from ${pending.join(', ')}; a manager of its team or an admin may publish it anyway`, [{ path: 'body.status', message: 'not every reviewer approved' }], { pending });
        }
        after.published_at = now;
        after.published_by = pending.length > 0 ? `${who.actor} (over ${pending.length} pending review${pending.length === 1 ? '' : 's'})` : who.actor;
        break;
      }
    }
    after.status = to;
  }

  /** A reviewer's decision; asking for changes sends it back to draft. */
  async review(id: string, body: { version: number; decision: 'approve' | 'request_changes'; note?: string }, who: Principal): Promise<PostmortemView> {
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const before = await this.dialect.lockForUpdate(trx.selectFrom('postmortems').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!before) throw notFound(id);
      if (body.version !== before.version) {
        throw new VigilError('VIGIL_CONFLICT', `postmortem "${id}" was changed meanwhile (version ${before.version}, not ${body.version}); read it again before deciding`, [{ path: 'body.version', message: `is ${before.version} now` }], { version: before.version });
      }
      if (before.status !== 'in_review') throw new VigilError('VIGIL_CONFLICT', `postmortem "${id}" is ${before.status}, not in review`, undefined, { status: before.status });
      const reviewer = who.userId === null ? undefined : await trx.selectFrom('postmortem_reviewers').select('user_id').where('postmortem_id', '=', id).where('user_id', '=', who.userId).executeTakeFirst();
      if (!reviewer) throw new VigilError('VIGIL_FORBIDDEN', `only the postmortem's reviewers may approve it or ask for changes; ask its owner to add you`);
      const decision = body.decision === 'approve' ? 'approved' : 'changes_requested';
      await trx.updateTable('postmortem_reviewers').set({ decision, note: body.note ?? null, decided_at: now }).where('postmortem_id', '=', id).where('user_id', '=', reviewer.user_id).execute();
      const status = decision === 'changes_requested' ? 'draft' : before.status;
      await trx.updateTable('postmortems').set({ status, version: before.version + 1, updated_at: now }).where('id', '=', id).execute();
      await recordAudit(trx, who, now, { action: `postmortem.${body.decision}`, entityType: 'postmortem', entityId: id, before: { status: before.status }, after: { status, reviewer: reviewer.user_id, decision, note: body.note ?? null } });
    });
    return this.get(id);
  }

  /** Admins delete drafts; a published record stays. */
  async remove(id: string, who: Principal): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('postmortems').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw notFound(id);
      if (before.status !== 'draft') throw new VigilError('VIGIL_CONFLICT', `postmortem "${id}" is ${before.status}; only drafts are deleted`, undefined, { status: before.status });
      await trx.deleteFrom('postmortems').where('id', '=', id).execute();
      await recordAudit(trx, who, now, { action: 'postmortem.delete', entityType: 'postmortem', entityId: id, before: auditShape(before) });
    });
  }
}

function auditShape(row: Row) {
  return { title: row.title, status: row.status, owner: row.owner_id, version: row.version, root_cause: row.root_cause, went_well: row.went_well, went_wrong: row.went_wrong, lessons: row.lessons, summary: row.summary };
}
