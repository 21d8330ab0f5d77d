import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log.js';

const filled = (count: number, capacity = 5) => {
  const log = new EventLog<string>('b00t', capacity);
  for (let i = 1; i <= count; i++) log.append((id) => `event ${i} (${id})`);
  return log;
};
const replayed = (log: EventLog<string>, id: string) => {
  const since = log.since(id);
  if (since.kind !== 'replay') throw new Error(`expected a replay, got a reset (${since.reason})`);
  return since.events.map((e) => e.id);
};

describe('the replay log', () => {
  it('gives ids <bootId>-<seq>, starting after -0, and builds each event knowing its id', () => {
    const log = new EventLog<string>('b00t', 5);
    expect(log.lastId).toBe('b00t-0');
    const first = log.append((id) => `made for ${id}`);
    expect(first).toEqual({ id: 'b00t-1', seq: 1, value: 'made for b00t-1' });
    expect(log.lastId).toBe('b00t-1');
  });

  it('replays what came after the id a client last saw, oldest first', () => {
    const log = filled(3);
    expect(replayed(log, 'b00t-0')).toEqual(['b00t-1', 'b00t-2', 'b00t-3']);
    expect(replayed(log, 'b00t-2')).toEqual(['b00t-3']);
    expect(replayed(log, 'b00t-3')).toEqual([]);
  });

  it('keeps the last `capacity` events: an id just before the oldest is still replayed, one older is a reset', () => {
    const log = filled(12, 5);
    expect(replayed(log, 'b00t-7')).toEqual(['b00t-8', 'b00t-9', 'b00t-10', 'b00t-11', 'b00t-12']);
    expect(replayed(log, 'b00t-10')).toEqual(['b00t-11', 'b00t-12']);
    expect(log.since('b00t-6')).toEqual({ kind: 'reset', reason: 'too-old' });
    expect(log.since('b00t-0')).toEqual({ kind: 'reset', reason: 'too-old' });
  });

  it("resets ids of another process or run, ids it never gave out and ids that are not ids", () => {
    const log = filled(3);
    expect(log.since('0th3r-2')).toEqual({ kind: 'reset', reason: 'other-process' });
    expect(log.since('b00t-4')).toEqual({ kind: 'reset', reason: 'unknown-id' });
    expect(log.since('garbage')).toEqual({ kind: 'reset', reason: 'unknown-id' });
    expect(log.since('b00t-')).toEqual({ kind: 'reset', reason: 'unknown-id' });
    expect(log.since('b00t-1e3')).toEqual({ kind: 'reset', reason: 'unknown-id' });
    expect(log.since('')).toEqual({ kind: 'reset', reason: 'unknown-id' });
  });

  it('after a gap, replays nothing from before it, and ids given out after it are new', () => {
    const log = filled(3);
    log.markGap();
    expect(log.lastId).toBe('b00t-4');
    expect(log.since('b00t-3')).toEqual({ kind: 'reset', reason: 'gap' });
    expect(log.since('b00t-1')).toEqual({ kind: 'reset', reason: 'gap' });
    expect(replayed(log, 'b00t-4')).toEqual([]);
    log.append(() => 'after');
    expect(replayed(log, 'b00t-4')).toEqual(['b00t-5']);
  });

  it('holds no more than its capacity however many events pass through', () => {
    const log = filled(10_000, 1000);
    const since = log.since('b00t-9000');
    expect(since.kind === 'replay' && since.events.length).toBe(1000);
    expect(log.since('b00t-8999')).toEqual({ kind: 'reset', reason: 'too-old' });
  });

  it('works with boot ids holding dashes', () => {
    const log = new EventLog<string>('a-b-c', 3);
    log.append(() => 'x');
    expect(replayed(log, 'a-b-c-0')).toEqual(['a-b-c-1']);
  });
});
