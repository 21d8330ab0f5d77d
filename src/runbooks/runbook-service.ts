import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-log.js';
import { compileMatchers, matcherProblems, type Matcher } from '../alerts/matchers.js';
import type { AlertLink } from '../alerts/alert-event.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { Schema } from '../core/db/schema.js';
import { formatDuration } from '../core/duration.js';
import { VigilError, type FieldError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { findIncident, lockIncident } from '../incidents/incident-ref.js';
import { appendTimeline } from '../incidents/timeline.js';
import { checklistItems } from './checklist.js';
import { incidentRunbooks, type CandidateRunbook, type IncidentAlert, type MatchReason } from './runbook-matching.js';
import { createRunbook, deleteRunbook, listRunbooks, listVersions, loadRunbook, loadVersion, markReviewed, updateRunbook, type StoredRunbook } from './runbook-store.js';

/** A runbook not reviewed (nor changed) for this long is flagged stale, unless it sets its own age. */
export const DEFAULT_REVIEW_AFTER_MS = 90 * 86_400_000;
/** Runbooks are documents, not archives: 256 KiB of Markdown is a long book. */
export const MAX_RUNBOOK_BYTES = 256 * 1024;
/** An alert storm's incident may hold thousands of alerts; matching reads the latest this many. */
const MATCHED_ALERTS = 2_000;

export interface RunbookInput {
  readonly id?: string;
  readonly title: string;
  readonly body: string;
  readonly services: readonly string[];
  readonly match: readonly Matcher[];
  readonly reviewAfterMs: number | null;
}

/** When the runbook was last vouched for (reviewed, or written anew), and whether that is too long ago. */
export function staleness(reviewedAt: number | null, versionAt: number, reviewAfterMs: number | null, now: number) {
  const after = reviewAfterMs ?? DEFAULT_REVIEW_AFTER_MS;
  const freshAt = Math.max(reviewedAt ?? 0, versionAt);
  return { stale: now - freshAt > after, reviewDueAt: freshAt + after, reviewAfter: formatDuration(after) };
}

/** Checks what a write names: limits, matchers, services; every problem at once, as field errors. */
export async function checkRunbookInput(db: Kysely<Schema>, input: RunbookInput): Promise<void> {
  const bytes = Buffer.byteLength(input.body, 'utf8');
  if (bytes > MAX_RUNBOOK_BYTES) {
    throw new VigilError('VIGIL_VALIDATION_FAILED', `invalid request: body.body is ${Math.ceil(bytes / 1024)} KiB; a runbook may be at most 256 KiB: split it, or link to the long parts`, [{ path: 'body.body', message: 'at most 256 KiB' }]);
  }
  const problems: FieldError[] = matcherProblems(input.match).map((p) => ({ path: ['body.match', ...p.path].join('.'), message: p.hint ? `${p.message}; ${p.hint}` : p.message }));
  if (problems.length > 0) throw new VigilError('VIGIL_VALIDATION_FAILED', `invalid request: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
  const wanted = [...new Set(input.services)];
  if (wanted.length > 0) {
    const found = new Set((await db.selectFrom('services').select('id').where('id', 'in', wanted).execute()).map((s) => s.id));
    const missing = input.services.map((id, index) => ({ id, index })).filter((s) => !found.has(s.id));
    if (missing.length > 0) {
      throw new VigilError('VIGIL_REFERENCE_NOT_FOUND', `no service ${missing.map((s) => `"${s.id}"`).join(', ')}; GET /api/v1/services lists them`, missing.map((s) => ({ path: `body.services.${s.index}`, message: `names no service` })));
    }
  }
}

function managedByConfig(stored: StoredRunbook): VigilError {
  return new VigilError('VIGIL_MANAGED_BY_CONFIG', `runbook "${stored.row.id}" is defined in vigil.yaml${stored.row.file ? ` (file ${stored.row.file})` : ''}: change it there and apply the file`);
}

function notFound(id: string): VigilError {
  return new VigilError('VIGIL_RUNBOOK_NOT_FOUND', `no runbook "${id}"; GET /api/v1/runbooks lists them`);
}

/** The facade the routes call: reads, writes with their audit entries, incident matching and ticks. */
export class RunbookService {
  constructor(
    private readonly runtime: Runtime,
    private readonly events: IncidentEvents,
    private readonly publicUrl: string,
  ) {}

  private get db() {
    return this.runtime.database.db;
  }

  async list() {
    const now = this.runtime.clock.now();
    const rows = await listRunbooks(this.db);
    return rows
      .map(({ row, services, match, versionAuthor, versionAt }) => summaryView(row, services, match, versionAuthor, versionAt, now))
      .sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
  }

  async get(id: string) {
    const stored = await loadRunbook(this.db, id);
    if (!stored) throw notFound(id);
    return fullView(stored, this.runtime.clock.now());
  }

  /** The teams owning the runbook's services (null for a runbook of no service), for the access rule. */
  async teamsOf(id: string): Promise<(string | null)[] | undefined> {
    const row = await this.db.selectFrom('runbooks').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const teams = await this.db.selectFrom('runbook_services').innerJoin('services', 'services.id', 'runbook_services.service_id')
      .select('services.team_id').where('runbook_services.runbook_id', '=', id).execute();
    return teams.length === 0 ? [null] : teams.map((t) => t.team_id);
  }

  async create(input: RunbookInput, who: Actor) {
    await checkRunbookInput(this.db, input);
    const id = input.id ?? (await this.freeId(input.title));
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      if (await tx.selectFrom('runbooks').select('id').where('id', '=', id).executeTakeFirst()) {
        throw new VigilError('VIGIL_CONFLICT', `runbook "${id}" already exists; choose another id, or PUT /api/v1/runbooks/${id} to change it`, [{ path: 'body.id', message: 'taken' }]);
      }
      await createRunbook(tx, who, now, id, { ...input, source: 'api', file: null });
    });
    return this.get(id);
  }

  async update(id: string, input: RunbookInput, who: Actor) {
    await checkRunbookInput(this.db, input);
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const stored = await loadRunbook(tx, id);
      if (!stored) throw notFound(id);
      if (stored.row.source === 'config') throw managedByConfig(stored);
      await updateRunbook(tx, who, now, stored, { ...input, source: 'api', file: null });
    });
    return this.get(id);
  }

  async remove(id: string, who: Actor): Promise<void> {
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const stored = await loadRunbook(tx, id);
      if (!stored) throw notFound(id);
      if (stored.row.source === 'config') throw managedByConfig(stored);
      await deleteRunbook(tx, who, now, stored);
    });
  }

  /** Reviewing changes nothing vigil.yaml says, so runbooks from the file may be reviewed too. */
  async review(id: string, who: Actor) {
    const now = this.runtime.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const stored = await loadRunbook(tx, id);
      if (!stored) throw notFound(id);
      await markReviewed(tx, who, now, stored);
    });
    return this.get(id);
  }

  async versions(id: string) {
    if (!(await this.db.selectFrom('runbooks').select('id').where('id', '=', id).executeTakeFirst())) throw notFound(id);
    return (await listVersions(this.db, id)).map((v) => ({ version: v.version, sha256: v.sha256, author: v.author, at: iso(v.at) }));
  }

  async version(id: string, version: number) {
    const found = await loadVersion(this.db, id, version);
    if (!found) {
      if (!(await this.db.selectFrom('runbooks').select('id').where('id', '=', id).executeTakeFirst())) throw notFound(id);
      throw new VigilError('VIGIL_RUNBOOK_NOT_FOUND', `runbook "${id}" has no version ${version}; GET /api/v1/runbooks/${id}/versions lists them`);
    }
    return { version: found.version, body: found.body, sha256: found.sha256, author: found.author, at: iso(found.at) };
  }

  /** The incident's runbooks, named by its alerts first, each with its checklist as ticked on this incident. */
  async forIncident(ref: string) {
    const incident = await findIncident(this.db, ref);
    const { matched, links } = await this.matchIncident(incident.id, incident.service_id);
    const now = this.runtime.clock.now();
    const ticks = await this.db.selectFrom('checklist_ticks').selectAll().where('incident_id', '=', incident.id).execute();
    const runbooks = [];
    for (const { id, reason } of matched) {
      const stored = await loadRunbook(this.db, id);
      if (!stored) continue;
      const mine = ticks.filter((t) => t.runbook_id === id);
      runbooks.push({
        ...fullView(stored, now),
        reason,
        checklist: checklistItems(stored.version.body).map((item) => {
          const tick = mine.find((t) => t.item_key === item.key);
          return { key: item.key, ordinal: item.ordinal, line: item.line, text: item.text, checked: tick ? tick.checked === 1 : false, checked_by: tick?.by ?? null, checked_at: tick ? iso(tick.at) : null };
        }),
      });
    }
    return { incident: incident.number, runbooks, links };
  }

  /** Ticks or unticks a step; the timeline says who did which step of which runbook. */
  async tick(ref: string, runbookId: string, itemKey: string, checked: boolean, actor: string) {
    const incident = await findIncident(this.db, ref);
    const stored = await loadRunbook(this.db, runbookId);
    if (!stored) throw notFound(runbookId);
    const { matched } = await this.matchIncident(incident.id, incident.service_id);
    if (!matched.some((m) => m.id === runbookId)) {
      throw new VigilError('VIGIL_CHECKLIST_ITEM_NOT_FOUND', `runbook "${runbookId}" does not match incident #${incident.number}: GET /api/v1/incidents/${incident.number}/runbooks lists the ones that do`);
    }
    const item = checklistItems(stored.version.body).find((i) => i.key === itemKey);
    if (!item) {
      throw new VigilError('VIGIL_CHECKLIST_ITEM_NOT_FOUND', `runbook "${runbookId}" (version ${stored.row.current_version}) has no checklist item "${itemKey}": it may have changed since it was loaded; reload it and tick again`);
    }
    const { db, dialect } = this.runtime.database;
    await this.events.transaction(db, async (trx) => {
      const locked = await lockIncident(trx, dialect, incident.id);
      const now = this.runtime.clock.now();
      const current = await trx.selectFrom('checklist_ticks').select('checked').where('incident_id', '=', locked.id).where('runbook_id', '=', runbookId).where('item_key', '=', itemKey).executeTakeFirst();
      // Ticking what is already ticked is not a step: nothing to write, nothing to tell.
      if ((current?.checked === 1) === checked) return;
      const row = { incident_id: locked.id, runbook_id: runbookId, item_key: itemKey, version: stored.row.current_version, checked: checked ? 1 : 0, by: actor, at: now };
      await trx.insertInto('checklist_ticks').values(row)
        .onConflict((oc) => oc.columns(['incident_id', 'runbook_id', 'item_key']).doUpdateSet({ version: row.version, checked: row.checked, by: row.by, at: row.at }))
        .execute();
      await appendTimeline(trx, locked.id, now, {
        kind: 'runbook_step',
        actor,
        message: `${checked ? 'Done' : 'Not done'}: ${item.text} (runbook "${stored.row.title}")`,
        data: { runbook: runbookId, version: stored.row.current_version, item_key: itemKey, step: item.text, checked },
      });
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', locked.id).execute();
      await this.events.announce(trx, [{ kind: 'updated', incident: locked }], now);
    });
    return this.forIncident(String(incident.number));
  }

  private async matchIncident(incidentId: string, serviceId: string | null) {
    const [runbooks, alertRows] = await Promise.all([
      listRunbooks(this.db),
      this.db.selectFrom('alerts')
        .select(['dedup_key', 'summary', 'source', 'component', 'group_name', 'class', 'incoming_severity', 'labels', 'details', 'links'])
        .where('incident_id', '=', incidentId).orderBy('first_seen_at', 'desc').limit(MATCHED_ALERTS).execute(),
    ]);
    const candidates: CandidateRunbook[] = runbooks.map(({ row, services, match }) => ({ id: row.id, title: row.title, services, matchers: compileMatchers(match) }));
    // Oldest first: the alert that opened the incident names its runbook before later ones.
    const alerts: IncidentAlert[] = alertRows.reverse().map((a) => ({
      dedupKey: a.dedup_key,
      summary: a.summary,
      source: a.source,
      component: a.component,
      group: a.group_name,
      class: a.class,
      severityHints: a.incoming_severity === null ? [] : [a.incoming_severity],
      labels: parseJson<Record<string, string>>(a.labels),
      details: parseJson<Record<string, unknown>>(a.details),
      links: parseJson<AlertLink[]>(a.links),
    }));
    const found = incidentRunbooks(candidates, serviceId, alerts, this.publicUrl);
    return { matched: found.matches as { id: string; reason: MatchReason }[], links: found.links.map((l) => ({ href: l.href, text: l.text ?? 'Runbook' })) };
  }

  /** A readable id from the title (`database-connections`), numbered when taken. */
  private async freeId(title: string): Promise<string> {
    const slug = title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'runbook';
    const taken = new Set((await this.db.selectFrom('runbooks').select('id').where('id', 'like', `${slug}%`).execute()).map((r) => r.id));
    if (!taken.has(slug)) return slug;
    for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
  }
}

function summaryView(row: StoredRunbook['row'], services: readonly string[], match: readonly Matcher[], versionAuthor: string, versionAt: number, now: number) {
  const state = staleness(row.reviewed_at, versionAt, row.review_after_ms, now);
  return {
    id: row.id,
    title: row.title,
    managed_by: row.source,
    file: row.file,
    services: [...services],
    match: [...match],
    version: row.current_version,
    updated_at: iso(versionAt),
    updated_by: versionAuthor,
    reviewed_at: iso(row.reviewed_at),
    reviewed_by: row.reviewed_by,
    review_after: state.reviewAfter,
    review_due_at: iso(state.reviewDueAt),
    stale: state.stale,
  };
}

function fullView(stored: StoredRunbook, now: number) {
  return { ...summaryView(stored.row, stored.services, stored.match, stored.version.author, stored.version.at, now), body: stored.version.body };
}

export type RunbookView = ReturnType<typeof fullView>;
