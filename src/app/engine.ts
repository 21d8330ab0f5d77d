import type { Runtime } from '../core/runtime.js';
import { Engine, type EngineOptions } from '../engine/engine.js';
import { throttleFor, type NotifyServices } from '../notify/notify-services.js';
import { createIncidentEvents } from './incident-events.js';
import { HOLD_SOURCES, SLICES } from './slices.js';

/** The engine with every slice's job handlers; a kind left without one stops the start. */
export function createEngine(runtime: Runtime, notify: NotifyServices, options: EngineOptions = {}): Engine {
  const engine = new Engine(runtime, options);
  const context = { runtime, notify, throttle: throttleFor(notify), events: createIncidentEvents(runtime.database.dialect, runtime.database.db), holdSources: HOLD_SOURCES };
  for (const slice of SLICES) slice.jobs?.(engine, context);
  return engine;
}
