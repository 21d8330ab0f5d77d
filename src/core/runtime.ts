import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { VigilDatabase } from './db/database.js';

/** What every slice's service needs from the process: storage, time and a log. */
export interface Runtime {
  readonly database: VigilDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
}
