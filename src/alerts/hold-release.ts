import type { JobContext } from '../engine/engine.js';

/** Re-admits the still-firing alerts a hold kept back, ≤ 1,000 per run, then writes the next run. */
export function holdReleaseHandler(): (context: JobContext<'hold.release'>) => Promise<void> {
  return async ({ payload }) => {
    throw new Error(`releasing alerts held by ${payload.ref} is not built yet`);
  };
}
