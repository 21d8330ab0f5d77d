import type { Runtime } from '../core/runtime.js';
import { escalationStepHandler } from '../oncall/escalation.js';
import { Engine, type EngineOptions } from './engine.js';

/** The engine with a handler for every job kind in the catalogue. */
export function createEngine(runtime: Runtime, options: EngineOptions = {}): Engine {
  return new Engine(runtime, options).register('escalation.step', escalationStepHandler(runtime.database.dialect));
}
