import { AlertService } from '../alerts/alert-service.js';
import type { Runtime } from '../core/runtime.js';
import { Engine, type EngineOptions } from '../engine/engine.js';
import type { IncidentEvents } from '../incidents/incident-changes.js';
import { throttleFor, type NotifyServices } from '../notify/notify-services.js';
import { createIncidentEvents } from './incident-events.js';
import { threadIngestWriter } from './writer-thread.js';
import { HOLD_SOURCES, SLICES } from './slices.js';

/**
 * The engine with every slice's job handlers; a kind left without one stops the start. `events`:
 * the process's announcer, so incidents jobs open reach the same change feed as the API's.
 */
export function createEngine(runtime: Runtime, notify: NotifyServices, options: EngineOptions = {}, events?: IncidentEvents): Engine {
  const engine = new Engine(runtime, options);
  const announcer = events ?? createIncidentEvents(runtime.database.dialect, runtime.database.db);
  const context = {
    runtime,
    notify,
    throttle: throttleFor(notify),
    events: announcer,
    holdSources: HOLD_SOURCES,
    alerts: new AlertService(runtime, announcer, HOLD_SOURCES, threadIngestWriter(runtime.database)),
    publicUrl: notify.settings.publicUrl,
  };
  for (const slice of SLICES) slice.jobs?.(engine, context);
  return engine;
}
