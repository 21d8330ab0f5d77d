import type { Runtime } from '../core/runtime.js';
import { flushContactMethod, queueRuleDelivery } from '../notify/deliveries.js';
import { throttleFor, type NotifyServices } from '../notify/notify-services.js';
import { sendBundle } from '../notify/send-bundle.js';
import { sendEvent } from '../notify/incident-events.js';
import { SendGate } from '../notify/send-gate.js';
import { escalationStepHandler } from '../oncall/escalation.js';
import { Engine, type EngineOptions } from './engine.js';

/** The engine with a handler for every job kind in the catalogue. */
export function createEngine(runtime: Runtime, notify: NotifyServices, options: EngineOptions = {}): Engine {
  const { dialect } = runtime.database;
  const throttle = throttleFor(notify);
  const senders = { ...notify, gate: new SendGate(runtime.clock) };
  return new Engine(runtime, options)
    .register('escalation.step', escalationStepHandler(dialect, throttle))
    .register('notify.rule', ({ trx, payload, now }) => queueRuleDelivery(trx, dialect, payload, throttle, now))
    .register('notify.flush', ({ trx, payload, now }) => flushContactMethod(trx, dialect, payload.contactMethodId, throttle, now))
    .registerOutside('notify.send', ({ payload, lastAttempt }) => sendBundle(runtime, senders, payload.bundleId, lastAttempt))
    .registerOutside('notify.event', ({ payload, lastAttempt }) => sendEvent(runtime, senders, payload.deliveryId, lastAttempt));
}
