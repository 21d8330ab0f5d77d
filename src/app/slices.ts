import type { FastifyInstance } from 'fastify';
import type { AuthSettings } from '../access/http-auth.js';
import type { OidcSettings } from '../access/oidc-settings.js';
import { accessSlice } from '../access/slice.js';
import type { AlertService } from '../alerts/alert-service.js';
import { alertsSlice } from '../alerts/slice.js';
import { analyticsSlice } from '../analytics/slice.js';
import type { HoldSource } from '../alerts/holds.js';
import { auditSlice } from '../audit/slice.js';
import type { ConsoleBundle } from '../console/console-bundle.js';
import { consoleSlice } from '../console/slice.js';
import { costSlice } from '../cost/slice.js';
import { heartbeatsSlice } from '../heartbeats/slice.js';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Runtime } from '../core/runtime.js';
import type { Engine } from '../engine/engine.js';
import type { IncidentEvents, IncidentSubscriber } from '../incidents/incident-changes.js';
import type { IncidentService } from '../incidents/incident-service.js';
import { incidentsSlice } from '../incidents/slice.js';
import { ingestSlice } from '../ingest/slice.js';
import type { Channel } from '../notify/channels.js';
import type { NotifyServices } from '../notify/notify-services.js';
import { notifySlice } from '../notify/slice.js';
import { oncallSlice } from '../oncall/slice.js';
import { orgSlice } from '../org/slice.js';
import { maintenanceHoldSource, noiseSlice, silenceHoldSource } from '../noise/slice.js';
import { runbooksSlice } from '../runbooks/slice.js';
import { responseSlice } from '../response/slice.js';
import { postmortemsSlice } from '../postmortems/slice.js';
import type { StreamSettings } from '../stream/stream-hub.js';
import { streamSlice } from '../stream/slice.js';

/** What the root builds once and hands to every slice's routes. */
export interface AppContext {
  readonly runtime: Runtime;
  readonly events: IncidentEvents;
  readonly incidents: IncidentService;
  readonly alerts: AlertService;
  readonly notify: NotifyServices;
  readonly auth: AuthSettings;
  readonly publicUrl: string;
  readonly oidc: OidcSettings | null;
  /** The built web console served at `/`, or why there is none. */
  readonly consoleBundle: ConsoleBundle;
  readonly version: string;
  /** The live stream's timings and limits. */
  readonly stream: StreamSettings;
}

/** What job handlers are built from. */
export interface EngineContext {
  readonly runtime: Runtime;
  /** Ingest for jobs that raise alerts (a heartbeat's miss), with the same holds as the API's. */
  readonly alerts: AlertService;
  readonly publicUrl: string;
  readonly notify: NotifyServices;
  readonly throttle: (channel: Channel) => number;
  /** Incident changes made by jobs (a released alert opening one) announced to every slice. */
  readonly events: IncidentEvents;
  /** The same hold sources ingest consults: a released alert may be held by another. */
  readonly holdSources: readonly HoldSource[];
}

/**
 * What a slice contributes. Each slice exports one of these from its own `slice.ts`; the slice
 * does not import this type (nothing below `app/` does), the list below checks it.
 */
export interface Slice {
  readonly name: string;
  /** What it does, inside the transaction, when an incident changes; run in the order of SLICES. */
  readonly incidentSubscribers?: (dialect: SqlDialect) => readonly IncidentSubscriber[];
  /** Handlers for its job kinds (engine/job-catalogue.ts). */
  jobs?(engine: Engine, context: EngineContext): void;
  routes?(app: FastifyInstance, context: AppContext): Promise<void>;
}

/**
 * Every slice, in the order of the flow an incident takes. Adding a slice is its folder and
 * one line here. Escalation (oncall) subscribes before team channels (notify), so a change's
 * first page is written before its channel post, as it always was. The live stream only listens
 * to the change feed after commit, so it comes after them; the console's pages and files last.
 */
export const SLICES: readonly Slice[] = [accessSlice, auditSlice, orgSlice, alertsSlice, ingestSlice, heartbeatsSlice, incidentsSlice, oncallSlice, notifySlice, costSlice, runbooksSlice, noiseSlice, responseSlice, postmortemsSlice, analyticsSlice, streamSlice, consoleSlice];

/** What may hold a new alert back from opening and paging (silences, maintenance windows), consulted by ingest. */
export const HOLD_SOURCES: readonly HoldSource[] = [silenceHoldSource, maintenanceHoldSource];
