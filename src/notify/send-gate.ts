import type { Clock } from '../core/clock.js';
import type { Channel } from './channels.js';
import { subscriptionHost } from './push-subscription.js';

/**
 * Where a send goes, for the limits below: the receiving host for addresses people write (a
 * webhook URL, an ntfy topic, a Slack or Teams incoming webhook, a push subscription's push
 * service), the provider itself for channels that all go through one upstream (SMTP relay,
 * Twilio, Slack's Web API).
 */
export function destinationOf(channel: Channel, providerId: string, address: string): string {
  // A push subscription's endpoint is on its push service (fcm.googleapis.com): one destination for all its browsers.
  if (channel === 'push') return `${providerId} at ${subscriptionHost(address)}`;
  if (channel === 'webhook' || channel === 'teams' || channel === 'ntfy' || (channel === 'slack' && /^https?:/i.test(address))) {
    try {
      return `${providerId} at ${new URL(address).host.toLowerCase()}`;
    } catch {
      return `${providerId} at an invalid address`;
    }
  }
  return providerId;
}

export interface SendGateLimits {
  /** Sends in flight to one destination. */
  readonly perDestination: number;
  /** Sends in flight through one provider, whatever their destinations. */
  readonly perProvider: number;
  /** Transient failures in a row (timeouts, unreachable) that open a destination's breaker. */
  readonly failuresToOpen: number;
  /** The first back-off; each further opening without a success between doubles it. */
  readonly openMs: number;
  readonly maxOpenMs: number;
}

/**
 * Eight slow receivers of one provider (4 each) fill its 32 slots; providers do not share
 * slots, so a slow webhook host never holds an email or an SMS, and one host never holds more
 * than four sends however many contact methods point at it.
 */
export const DEFAULT_SEND_LIMITS: SendGateLimits = { perDestination: 4, perProvider: 32, failuresToOpen: 3, openMs: 30_000, maxOpenMs: 300_000 };

/** How a send ended, as far as the destination's health is concerned. */
export type SendOutcome =
  /** It answered (success, or a refusal: a host that answers is alive). */
  | 'answered'
  /** No answer in time, or no connection: the kind of failure that makes a host a black hole. */
  | 'unreachable';

export type GateDecision =
  | { readonly kind: 'go'; readonly release: (outcome: SendOutcome) => void }
  /** Every slot for it is taken: try again shortly, it has not failed. */
  | { readonly kind: 'busy'; readonly retryAt: number }
  /** The destination kept failing: not tried until `until`. */
  | { readonly kind: 'open'; readonly until: number; readonly failures: number };

interface DestinationState {
  inFlight: number;
  failures: number;
  /** Consecutive openings, for the doubling back-off. */
  openings: number;
  openUntil: number;
  /** After a back-off, one send tries the water; the rest wait for its outcome. */
  probing: boolean;
}

/** How soon a send that found no free slot looks again. */
const BUSY_RETRY_MS = 250;

/**
 * Bounded concurrency per provider and per destination, and a circuit breaker per destination,
 * in this process. A receiver that accepts connections and never answers costs at most
 * `perDestination` slots for one timeout each, then nothing until its back-off ends: the sends
 * to everyone else never wait for it. Limits are per process; several processes each keep their
 * own (a destination sees at most `perDestination` × processes).
 */
export class SendGate {
  private readonly destinations = new Map<string, DestinationState>();
  private readonly providers = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    readonly limits: SendGateLimits = DEFAULT_SEND_LIMITS,
  ) {}

  enter(providerId: string, destination: string): GateDecision {
    const now = this.clock.now();
    const state = this.destinations.get(destination) ?? { inFlight: 0, failures: 0, openings: 0, openUntil: 0, probing: false };
    if (state.openUntil > now) return { kind: 'open', until: state.openUntil, failures: state.failures };
    const halfOpen = state.openings > 0 && state.failures >= this.limits.failuresToOpen;
    if (halfOpen && state.probing) return { kind: 'busy', retryAt: now + BUSY_RETRY_MS };
    const providerLoad = this.providers.get(providerId) ?? 0;
    if (state.inFlight >= this.limits.perDestination || providerLoad >= this.limits.perProvider) return { kind: 'busy', retryAt: now + BUSY_RETRY_MS };
    state.inFlight += 1;
    if (halfOpen) state.probing = true;
    this.destinations.set(destination, state);
    this.providers.set(providerId, providerLoad + 1);
    let released = false;
    return {
      kind: 'go',
      release: (outcome) => {
        if (released) return;
        released = true;
        this.leave(providerId, destination, state, outcome);
      },
    };
  }

  private leave(providerId: string, destination: string, state: DestinationState, outcome: SendOutcome): void {
    state.inFlight -= 1;
    state.probing = false;
    this.providers.set(providerId, (this.providers.get(providerId) ?? 1) - 1);
    if (outcome === 'answered') {
      state.failures = 0;
      state.openings = 0;
      state.openUntil = 0;
    } else {
      state.failures += 1;
      // Sends already in flight when it opened fail too: one opening, not one each.
      if (state.failures >= this.limits.failuresToOpen && state.openUntil <= this.clock.now()) {
        state.openUntil = this.clock.now() + Math.min(this.limits.maxOpenMs, this.limits.openMs * 2 ** state.openings);
        state.openings += 1;
      }
    }
    // A healthy, idle destination needs no memory.
    if (state.inFlight === 0 && state.failures === 0) this.destinations.delete(destination);
  }
}
