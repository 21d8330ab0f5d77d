import type { Logger } from 'pino';
import { silentLogger } from './logger.js';
import { systemClock, type Clock } from './clock.js';
import type { VigilDatabase } from './db/database.js';
import { JobSignal } from './job-signal.js';
import { OutboundPolicy } from './outbound.js';

/** What every slice's service needs from the process: storage, time and a log. */
export interface Runtime {
  readonly database: VigilDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Rung after a commit that wrote jobs, to wake the worker at once. */
  readonly jobSignal: JobSignal;
  /** Which private addresses outgoing webhooks may name (`VIGIL_OUTBOUND_ALLOW`); none by default. */
  readonly outbound: OutboundPolicy;
}

/** A runtime with the system clock and a fresh job signal unless told otherwise. */
export function createRuntime(database: VigilDatabase, options: { clock?: Clock; logger?: Logger; jobSignal?: JobSignal; outbound?: OutboundPolicy } = {}): Runtime {
  return {
    database,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger,
    jobSignal: options.jobSignal ?? new JobSignal(),
    outbound: options.outbound ?? OutboundPolicy.strict(),
  };
}
