import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../audit/audit-log.js';
import type { SqlDialect } from '../core/db/dialect.js';
import { iso, parseJson } from '../core/db/row-codec.js';
import type { IncidentRow, Schema } from '../core/db/schema.js';
import { invalidField } from '../core/errors.js';
import { newOrderedId } from '../core/ids.js';
import type { IncidentChange, IncidentEvents, IncidentSubscriber } from '../incidents/incident-changes.js';
import { findIncident, lockIncident, type IncidentRef } from '../incidents/incident-ref.js';
import { appendTimeline } from '../incidents/timeline.js';
import { downtimeCost, impactMinutes, impactWindow, unitsToAmount, type CostOverrides, type DowntimeCost, type ImpactWindow } from './cost-calculation.js';
import { formatUnits, parseDecimal, roundToUnits, toNumber } from './decimal.js';
import { currencyProblem, DEFAULT_CURRENCY, minorDigits, parseImpactModel, toImpactInput, type ImpactInput, type ImpactModel } from './impact-model.js';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface CostLineView {
  readonly id: string;
  readonly kind: 'downtime' | 'manual';
  readonly label: string;
  readonly amount: number;
  readonly amount_minor: number;
  readonly currency: string;
  readonly formula: string;
  readonly inputs: Record<string, string>;
  readonly created_by: string;
  readonly created_at: string;
}

/** `GET /incidents/{ref}/cost`. */
export interface IncidentCostView {
  readonly incident: number;
  /** In currency units, rounded once to the minor unit; null when nothing says what a minute costs. */
  readonly amount: number | null;
  readonly amount_minor: number | null;
  readonly currency: string | null;
  readonly impact_minutes: number;
  readonly impact_start: string;
  readonly impact_end: string;
  readonly start_source: ImpactWindow['startSource'];
  readonly end_source: ImpactWindow['endSource'];
  /** True while the incident is open: the window runs to now and the service's model may still change. */
  readonly provisional: boolean;
  /** Every factor and the result; null without a cost. */
  readonly formula: string | null;
  /** The model the figure uses: the service's, frozen at resolve. */
  readonly model: ImpactInput | null;
  readonly overrides: {
    readonly failure_rate: number | null;
    readonly cost_per_minute: number | null;
    readonly amount: { readonly value: number; readonly reason: string } | null;
  };
  readonly lines: readonly CostLineView[];
}

interface StoredImpact {
  readonly startAt: number | null;
  readonly endAt: number | null;
  readonly overrides: CostOverrides;
  readonly frozenModel: ImpactModel | null;
  readonly frozen: boolean;
}

async function storedImpact(db: Db, incidentId: string): Promise<StoredImpact> {
  const row = await db.selectFrom('incident_impact').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
  return {
    startAt: row?.start_at ?? null,
    endAt: row?.end_at ?? null,
    overrides: row ? parseJson<CostOverrides>(row.overrides) : {},
    frozenModel: parseImpactModel(row?.frozen_model ?? null),
    frozen: row?.frozen_model !== null && row?.frozen_model !== undefined,
  };
}

async function serviceModel(db: Db, serviceId: string | null): Promise<ImpactModel | null> {
  if (serviceId === null) return null;
  const row = await db.selectFrom('services').select('impact').where('id', '=', serviceId).executeTakeFirst();
  return parseImpactModel(row?.impact ?? null);
}

/** The earliest start time a sender gave for the incident's alerts (Alertmanager's startsAt, PagerDuty's timestamp). */
async function earliestSenderStart(db: Db, incidentId: string): Promise<number | null> {
  const row = await db.selectFrom('alerts').select((eb) => eb.fn.min('occurred_at').as('at')).where('incident_id', '=', incidentId).executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}

/** The inputs of an incident's downtime cost as they stand: model (frozen once resolved), overrides, window. */
export async function costInputs(db: Db, incident: IncidentRow, now: number, resolvedAt = incident.resolved_at) {
  const [impact, current, sender] = await Promise.all([storedImpact(db, incident.id), serviceModel(db, incident.service_id), earliestSenderStart(db, incident.id)]);
  const model = impact.frozen ? impact.frozenModel : current;
  const window = impactWindow({ triggeredAt: incident.triggered_at, resolvedAt, now, earliestSenderStart: sender, startAt: impact.startAt, endAt: impact.endAt });
  return { impact, model, window };
}

async function activeLines(db: Db, incidentId: string) {
  return db.selectFrom('cost_lines').selectAll().where('incident_id', '=', incidentId).where('voided_at', 'is', null).orderBy('created_at').orderBy('id').execute();
}

/** An incident's cost: the ledger once resolved, computed live (provisional) while open. */
export async function incidentCost(db: Db, ref: IncidentRef, now: number): Promise<IncidentCostView> {
  const incident = await findIncident(db, ref);
  const { impact, model, window } = await costInputs(db, incident, now);
  const lines = await activeLines(db, incident.id);
  const open = incident.status !== 'resolved';
  const live = open || !lines.some((l) => l.kind === 'downtime') ? downtimeCost(model, impact.overrides, window) : null;
  const shown: CostLineView[] = lines.filter((l) => open ? l.kind === 'manual' : true).map(lineView);
  if (live !== null) shown.unshift({ id: 'live', kind: 'downtime', label: downtimeLabel(window), ...costLineFields(live), created_by: 'system', created_at: iso(now) });
  const currency = shown[0]?.currency ?? null;
  const totalMinor = shown.reduce((sum, l) => sum + BigInt(l.amount_minor), 0n);
  const downtime = shown.find((l) => l.kind === 'downtime');
  const manual = shown.filter((l) => l.kind === 'manual');
  const formula = shown.length === 0 || currency === null
    ? null
    : [downtime?.formula, ...manual.map((l) => `+ ${l.label}: ${formatUnits(BigInt(l.amount_minor), minorDigits(l.currency))} ${l.currency}`)]
        .filter((part): part is string => part !== undefined)
        .join('; ') + (manual.length > 0 ? `; total ${formatUnits(totalMinor, minorDigits(currency))} ${currency}` : '');
  return {
    incident: incident.number,
    amount: currency === null ? null : unitsToAmount(totalMinor, currency),
    amount_minor: currency === null ? null : Number(totalMinor),
    currency,
    impact_minutes: Math.round(toNumber(impactMinutes(window)) * 100) / 100,
    impact_start: iso(window.start),
    impact_end: iso(window.end),
    start_source: window.startSource,
    end_source: window.endSource,
    provisional: open,
    formula,
    model: model === null ? null : toImpactInput(model),
    overrides: {
      failure_rate: impact.overrides.failure_rate === undefined ? null : Number(impact.overrides.failure_rate),
      cost_per_minute: impact.overrides.cost_per_minute === undefined ? null : Number(impact.overrides.cost_per_minute),
      amount: impact.overrides.amount === undefined ? null : { value: Number(impact.overrides.amount.value), reason: impact.overrides.amount.reason },
    },
    lines: shown,
  };
}

function downtimeLabel(window: ImpactWindow): string {
  return `Downtime ${iso(window.start).slice(11, 16)}–${iso(window.end).slice(11, 16)} UTC`;
}

function costLineFields(cost: DowntimeCost) {
  return { amount: unitsToAmount(cost.amountMinor, cost.currency), amount_minor: Number(cost.amountMinor), currency: cost.currency, formula: cost.formula, inputs: { ...cost.inputs } };
}

function lineView(row: Awaited<ReturnType<typeof activeLines>>[number]): CostLineView {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    amount: unitsToAmount(BigInt(row.amount_minor), row.currency),
    amount_minor: Number(row.amount_minor),
    currency: row.currency,
    formula: row.formula,
    inputs: parseJson<Record<string, string>>(row.inputs),
    created_by: row.created_by,
    created_at: iso(row.created_at),
  };
}

async function voidLines(trx: Transaction<Schema>, incidentId: string, kind: 'downtime' | 'manual', now: number): Promise<void> {
  await trx.updateTable('cost_lines').set({ voided_at: now }).where('incident_id', '=', incidentId).where('kind', '=', kind).where('voided_at', 'is', null).execute();
}

/** Voids the downtime line and, when the incident is resolved, writes it again from the frozen inputs. */
async function rewriteDowntime(trx: Transaction<Schema>, incident: IncidentRow, resolvedAt: number | null, by: string, now: number): Promise<void> {
  await voidLines(trx, incident.id, 'downtime', now);
  if (resolvedAt === null) return;
  const { impact, model, window } = await costInputs(trx, incident, now, resolvedAt);
  const cost = downtimeCost(model, impact.overrides, window);
  if (cost === null) return;
  await trx.insertInto('cost_lines').values({
    id: newOrderedId('cst'),
    incident_id: incident.id,
    kind: 'downtime',
    label: downtimeLabel(window),
    amount_minor: Number(cost.amountMinor),
    currency: cost.currency,
    inputs: JSON.stringify(cost.inputs),
    formula: cost.formula,
    created_by: by,
    created_at: now,
    voided_at: null,
  }).execute();
}

async function upsertImpact(trx: Transaction<Schema>, incidentId: string, fields: { start_at?: number | null; end_at?: number | null; overrides?: string; frozen_model?: string | null }, by: string, now: number): Promise<void> {
  const exists = await trx.selectFrom('incident_impact').select('incident_id').where('incident_id', '=', incidentId).executeTakeFirst();
  if (exists) {
    await trx.updateTable('incident_impact').set({ ...fields, updated_by: by, updated_at: now }).where('incident_id', '=', incidentId).execute();
    return;
  }
  await trx.insertInto('incident_impact').values({ incident_id: incidentId, start_at: null, end_at: null, overrides: '{}', frozen_model: null, ...fields, updated_by: by, updated_at: now }).execute();
}

/**
 * Freezes the cost at resolve: the service's model is copied onto the incident and the downtime
 * line written, so later changes to the model leave past incidents' figures alone. Reopening
 * voids the line and thaws the model. Runs in the transaction of the change.
 */
export function costSubscriber(): IncidentSubscriber {
  return async (trx, changes, now) => {
    for (const change of changes) await onChange(trx, change, now);
  };
}

async function onChange(trx: Transaction<Schema>, change: IncidentChange, now: number): Promise<void> {
  if (change.kind === 'resolved') {
    // One read on ingest's resolve path: the service's model and whether the incident has edits.
    const found = await trx
      .selectFrom('incidents')
      .leftJoin('services', 'services.id', 'incidents.service_id')
      .leftJoin('incident_impact', 'incident_impact.incident_id', 'incidents.id')
      .select(['services.impact', 'incident_impact.incident_id as edited'])
      .where('incidents.id', '=', change.incident.id)
      .executeTakeFirst();
    const model = parseImpactModel(found?.impact ?? null);
    if (model === null && (found?.edited ?? null) === null) return;
    await upsertImpact(trx, change.incident.id, { frozen_model: model === null ? null : JSON.stringify(model) }, 'system', now);
    await rewriteDowntime(trx, change.incident, now, 'system', now);
  } else if (change.kind === 'reopened') {
    const impact = await trx.selectFrom('incident_impact').select('incident_id').where('incident_id', '=', change.incident.id).executeTakeFirst();
    if (impact === undefined) return;
    await upsertImpact(trx, change.incident.id, { frozen_model: null }, 'system', now);
    await voidLines(trx, change.incident.id, 'downtime', now);
  }
}

/** `PATCH /incidents/{ref}/cost`: null clears an edit; absent leaves it. */
export interface CostEdit {
  readonly impact_start?: string | null;
  readonly impact_end?: string | null;
  readonly failure_rate?: number | null;
  readonly cost_per_minute?: number | null;
  readonly currency?: string | null;
  readonly amount?: { readonly value: number; readonly reason: string } | null;
  /** Replaces every manual line (SLA credits, refunds, overtime). */
  readonly manual_lines?: readonly { readonly label: string; readonly amount: number }[];
}

const MAX_AMOUNT = 1e13;

function instant(text: string, path: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw invalidField(path, 'is not a date-time');
  return ms;
}

export class CostService {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: SqlDialect,
    private readonly events: IncidentEvents,
    private readonly clock: { now(): number },
  ) {}

  get(ref: IncidentRef): Promise<IncidentCostView> {
    return incidentCost(this.db, ref, this.clock.now());
  }

  async edit(ref: IncidentRef, edit: CostEdit, who: { actor: string; sourceIp?: string | null }): Promise<IncidentCostView> {
    const before = await this.get(ref);
    const now = this.clock.now();
    await this.events.transaction(this.db, async (trx) => {
      const incident = await lockIncident(trx, this.dialect, ref);
      const { impact, model } = await costInputs(trx, incident, now);
      const overrides: { -readonly [K in keyof CostOverrides]: CostOverrides[K] } = { ...impact.overrides };
      const set = <K extends 'failure_rate' | 'cost_per_minute'>(key: K, value: number | null | undefined) => {
        if (value === undefined) return;
        if (value === null) delete overrides[key];
        else overrides[key] = String(value);
      };
      if (edit.failure_rate !== undefined && edit.failure_rate !== null) {
        if (!(edit.failure_rate > 0 && edit.failure_rate <= 1)) throw invalidField('body.failure_rate', 'must be above 0 and at most 1');
        if (model?.kind !== 'orders') throw invalidField('body.failure_rate', `applies to an orders model, and the service's impact model is ${model === null ? 'not set' : 'a cost per minute'}; set cost_per_minute instead`);
      }
      if (edit.cost_per_minute !== undefined && edit.cost_per_minute !== null && !(edit.cost_per_minute > 0 && edit.cost_per_minute < MAX_AMOUNT)) throw invalidField('body.cost_per_minute', 'must be above 0');
      set('failure_rate', edit.failure_rate);
      set('cost_per_minute', edit.cost_per_minute);
      if (edit.currency !== undefined) {
        if (edit.currency === null) delete overrides.currency;
        else {
          const problem = currencyProblem(edit.currency);
          if (problem !== null) throw invalidField('body.currency', problem);
          overrides.currency = edit.currency;
        }
      }
      if (edit.amount !== undefined) {
        if (edit.amount === null) delete overrides.amount;
        else {
          if (!(edit.amount.value >= 0 && edit.amount.value < MAX_AMOUNT)) throw invalidField('body.amount.value', 'must be 0 or more');
          overrides.amount = { value: String(edit.amount.value), reason: edit.amount.reason };
        }
      }
      const startAt = edit.impact_start === undefined ? impact.startAt : edit.impact_start === null ? null : instant(edit.impact_start, 'body.impact_start');
      const endAt = edit.impact_end === undefined ? impact.endAt : edit.impact_end === null ? null : instant(edit.impact_end, 'body.impact_end');
      if (startAt !== null && endAt !== null && endAt <= startAt) throw invalidField('body.impact_end', 'must be after impact_start');
      if (startAt !== null && startAt > now) throw invalidField('body.impact_start', 'is in the future');
      await upsertImpact(trx, incident.id, { start_at: startAt, end_at: endAt, overrides: JSON.stringify(overrides) }, who.actor, now);
      if (edit.manual_lines !== undefined) {
        const currency = overrides.currency ?? model?.currency ?? DEFAULT_CURRENCY;
        await voidLines(trx, incident.id, 'manual', now);
        for (const [index, line] of edit.manual_lines.entries()) {
          if (!(Math.abs(line.amount) < MAX_AMOUNT)) throw invalidField(`body.manual_lines.${index}.amount`, 'is too large');
          const amountMinor = roundToUnits(parseDecimal(line.amount), minorDigits(currency));
          await trx.insertInto('cost_lines').values({
            id: newOrderedId('cst'), incident_id: incident.id, kind: 'manual', label: line.label, amount_minor: Number(amountMinor), currency,
            inputs: JSON.stringify({ amount: String(line.amount), currency }), formula: `${line.label}: ${formatUnits(amountMinor, minorDigits(currency))} ${currency}`,
            created_by: who.actor, created_at: now, voided_at: null,
          }).execute();
        }
      }
      if (incident.status === 'resolved') await rewriteDowntime(trx, incident, incident.resolved_at, who.actor, now);
      await appendTimeline(trx, incident.id, now, { kind: 'impact_changed', actor: who.actor, message: describeEdit(edit), data: { ...edit } });
      await trx.updateTable('incidents').set({ updated_at: now }).where('id', '=', incident.id).execute();
      await this.events.announce(trx, [{ kind: 'updated', incident }], now);
      const after = await incidentCost(trx, incident.id, now);
      await recordAudit(trx, who, now, { action: 'incident.cost_update', entityType: 'incident', entityId: incident.id, before: auditShape(before), after: auditShape(after) });
    });
    return this.get(ref);
  }
}

function auditShape(view: IncidentCostView) {
  return { number: view.incident, amount: view.amount, currency: view.currency, impact_start: view.impact_start, impact_end: view.impact_end, overrides: view.overrides, lines: view.lines.map((l) => ({ kind: l.kind, label: l.label, amount: l.amount })) };
}

function describeEdit(edit: CostEdit): string {
  const parts: string[] = [];
  if (edit.impact_start !== undefined) parts.push(edit.impact_start === null ? 'impact start reset' : `impact start ${edit.impact_start}`);
  if (edit.impact_end !== undefined) parts.push(edit.impact_end === null ? 'impact end reset' : `impact end ${edit.impact_end}`);
  if (edit.failure_rate !== undefined) parts.push(edit.failure_rate === null ? 'failure rate reset' : `failure rate ${edit.failure_rate}`);
  if (edit.cost_per_minute !== undefined) parts.push(edit.cost_per_minute === null ? 'cost per minute reset' : `cost per minute ${edit.cost_per_minute}`);
  if (edit.currency !== undefined) parts.push(edit.currency === null ? 'currency reset' : `currency ${edit.currency}`);
  if (edit.amount !== undefined) parts.push(edit.amount === null ? 'amount set by hand removed' : `amount set by hand to ${edit.amount.value} (${edit.amount.reason})`);
  if (edit.manual_lines !== undefined) parts.push(`${edit.manual_lines.length} manual line${edit.manual_lines.length === 1 ? '' : 's'}`);
  return `Impact edited: ${parts.join(', ') || 'nothing changed'}`;
}

