import { describe, expect, it } from 'vitest';
import { FakeClock } from '../core/clock.js';
import { destinationOf, SendGate, type GateDecision } from './send-gate.js';

const go = (decision: GateDecision) => {
  if (decision.kind !== 'go') throw new Error(`expected a slot, got ${decision.kind}`);
  return decision;
};

describe('send gate', () => {
  it('names a written address by its host and a relayed channel by its provider', () => {
    expect(destinationOf('webhook', 'webhook', 'https://Hooks.Example.com:8443/secret/path?token=x')).toBe('webhook at hooks.example.com:8443');
    expect(destinationOf('slack', 'slack-webhook', 'https://hooks.slack.com/services/T/B/X')).toBe('slack-webhook at hooks.slack.com');
    expect(destinationOf('slack', 'slack', 'U024BE7LH')).toBe('slack');
    expect(destinationOf('email', 'smtp', 'alice@example.com')).toBe('smtp');
    expect(destinationOf('sms', 'twilio', '+15555550100')).toBe('twilio');
  });

  it('lets at most four sends at once reach one destination, and frees a slot when one ends', () => {
    const gate = new SendGate(new FakeClock());
    const passes = [1, 2, 3, 4].map(() => go(gate.enter('webhook', 'webhook at a')));
    expect(gate.enter('webhook', 'webhook at a').kind).toBe('busy');
    expect(gate.enter('webhook', 'webhook at b').kind).toBe('go');
    passes[0]?.release('answered');
    expect(gate.enter('webhook', 'webhook at a').kind).toBe('go');
  });

  it('caps one provider across its destinations without touching another provider', () => {
    const gate = new SendGate(new FakeClock(), { perDestination: 4, perProvider: 6, failuresToOpen: 3, openMs: 30_000, maxOpenMs: 300_000 });
    for (let i = 0; i < 6; i += 1) go(gate.enter('webhook', `webhook at host-${i}`));
    expect(gate.enter('webhook', 'webhook at host-6').kind).toBe('busy');
    expect(gate.enter('smtp', 'smtp').kind).toBe('go');
  });

  it('backs a destination off after three failures to answer in a row, then lets one send probe it', () => {
    const clock = new FakeClock();
    const gate = new SendGate(clock);
    for (let i = 0; i < 3; i += 1) go(gate.enter('webhook', 'webhook at hole')).release('unreachable');
    const open = gate.enter('webhook', 'webhook at hole');
    expect(open).toEqual({ kind: 'open', until: clock.now() + 30_000, failures: 3 });
    expect(gate.enter('webhook', 'webhook at elsewhere').kind).toBe('go');
    clock.advance(30_000);
    const probe = go(gate.enter('webhook', 'webhook at hole'));
    expect(gate.enter('webhook', 'webhook at hole').kind).toBe('busy');
    probe.release('unreachable');
    // Failing again doubles the back-off.
    expect(gate.enter('webhook', 'webhook at hole')).toEqual({ kind: 'open', until: clock.now() + 60_000, failures: 4 });
    clock.advance(60_000);
    go(gate.enter('webhook', 'webhook at hole')).release('answered');
    expect(gate.enter('webhook', 'webhook at hole').kind).toBe('go');
  });

  it('forgets failures once the destination answers, even with an error status', () => {
    const gate = new SendGate(new FakeClock());
    go(gate.enter('webhook', 'webhook at flaky')).release('unreachable');
    go(gate.enter('webhook', 'webhook at flaky')).release('unreachable');
    go(gate.enter('webhook', 'webhook at flaky')).release('answered');
    go(gate.enter('webhook', 'webhook at flaky')).release('unreachable');
    go(gate.enter('webhook', 'webhook at flaky')).release('unreachable');
    expect(gate.enter('webhook', 'webhook at flaky').kind).toBe('go');
  });

  it('opens once when several sends in flight fail together', () => {
    const clock = new FakeClock();
    const gate = new SendGate(clock);
    const passes = [1, 2, 3, 4].map(() => go(gate.enter('webhook', 'webhook at hole')));
    for (const pass of passes) pass.release('unreachable');
    expect(gate.enter('webhook', 'webhook at hole')).toEqual({ kind: 'open', until: clock.now() + 30_000, failures: 4 });
  });

  it('counts a release once however often it is called', () => {
    const gate = new SendGate(new FakeClock(), { perDestination: 1, perProvider: 32, failuresToOpen: 3, openMs: 30_000, maxOpenMs: 300_000 });
    const pass = go(gate.enter('webhook', 'webhook at a'));
    pass.release('answered');
    pass.release('answered');
    go(gate.enter('webhook', 'webhook at a'));
    expect(gate.enter('webhook', 'webhook at a').kind).toBe('busy');
  });
});
