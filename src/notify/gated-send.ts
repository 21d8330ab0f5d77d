import type { Kysely } from 'kysely';
import type { Schema } from '../core/db/schema.js';
import { deliveries, providerErrors } from '../core/metrics.js';
import { JobDeferred } from '../engine/engine.js';
import { ProviderError, type Channel, type Provider } from './channels.js';
import { recordDelivery } from './delivery-log.js';
import { destinationOf, type SendGate, type SendOutcome } from './send-gate.js';

export interface GatePass {
  readonly destination: string;
  release(outcome: SendOutcome): void;
}

/**
 * A slot to send `channel` to `address` through `provider`. No free slot: `JobDeferred`, the job
 * comes back shortly without spending an attempt. The destination backed off after failing in a
 * row: a transient `ProviderError` whose retry is not sooner than the end of the back-off, so
 * the delivery log says why it was not tried.
 */
export function enterGate(gate: SendGate, provider: Provider, channel: Channel, address: string): GatePass {
  const destination = destinationOf(channel, provider.id, address);
  const decision = gate.enter(provider.id, destination);
  switch (decision.kind) {
    case 'go':
      return { destination, release: decision.release };
    case 'busy':
      throw new JobDeferred(decision.retryAt, `every slot for ${destination} is taken`);
    case 'open':
      throw new ProviderError(
        `not tried: ${destination} failed to answer ${decision.failures} times in a row; backed off until ${new Date(decision.until).toISOString()}`,
        false,
        'backed_off',
        decision.until,
      );
  }
}

/** Timeouts and unreachable hosts count against a destination; any answer shows it is alive. */
export function outcomeOf(error: unknown): SendOutcome {
  if (error instanceof ProviderError) return error.providerCode === 'timeout' || error.providerCode === 'network' ? 'unreachable' : 'answered';
  return 'unreachable';
}

/**
 * Records a failed send on its deliveries: permanent, or the last attempt, ends them as failed;
 * otherwise they are retrying and the error is thrown again so the engine retries the job.
 */
export async function recordSendFailure(
  db: Kysely<Schema>,
  failed: {
    readonly ids: readonly string[];
    readonly providerId: string;
    readonly attempts: number;
    readonly lastAttempt: boolean;
    readonly now: number;
    /** For /metrics: the deliveries' channel and kind. */
    readonly channel: string;
    readonly kind: string;
  },
  error: unknown,
): Promise<void> {
  if (error instanceof JobDeferred) throw error;
  const { ids, providerId, attempts, lastAttempt, now, channel, kind } = failed;
  const reason = error instanceof Error ? error.message : String(error);
  const permanent = error instanceof ProviderError && error.permanent;
  // A destination backed off was not tried: no provider failed this time.
  if (!(error instanceof ProviderError && error.providerCode === 'backed_off')) providerErrors.inc({ channel, provider: providerId });
  if (permanent || lastAttempt) {
    const detail = permanent ? `${providerId} refused it: ${reason}` : `gave up after ${attempts} attempts: ${reason}`;
    const changed = await recordDelivery(db, ids, { status: 'failed', at: now, detail, patch: { provider: providerId, last_error: reason, attempts } });
    deliveries.inc({ channel, kind, outcome: 'failed' }, changed.length);
    return;
  }
  const changed = await recordDelivery(db, ids, { status: 'retrying', at: now, detail: `attempt ${attempts} failed: ${reason}`, patch: { provider: providerId, last_error: reason, attempts } });
  deliveries.inc({ channel, kind, outcome: 'retrying' }, changed.length);
  throw error;
}
