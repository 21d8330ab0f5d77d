import { describe, expect, it } from 'vitest';
import { NoticeBatch, mergeKind } from './notice-batch.js';

describe('gathering notices into one event per incident', () => {
  it('keeps one entry per incident, in the order first heard, and starts empty after a take', () => {
    const batch = new NoticeBatch();
    batch.add([{ kind: 'opened', number: 7 }, { kind: 'alerts_changed', number: 3 }]);
    batch.add([{ kind: 'alerts_changed', number: 7 }, { kind: 'acknowledged', number: 3 }]);
    expect(batch.size).toBe(2);
    expect(batch.take()).toEqual([[7, 'opened'], [3, 'acknowledged']]);
    expect(batch.size).toBe(0);
    expect(batch.take()).toEqual([]);
  });

  it('says "opened" for an incident opened in the batch, never lets a vague kind hide a telling one, else the latest', () => {
    expect(mergeKind('opened', 'resolved')).toBe('opened');
    expect(mergeKind('acknowledged', 'alerts_changed')).toBe('acknowledged');
    expect(mergeKind('severity_changed', 'updated')).toBe('severity_changed');
    expect(mergeKind('alerts_changed', 'resolved')).toBe('resolved');
    expect(mergeKind('acknowledged', 'resolved')).toBe('resolved');
    expect(mergeKind('updated', 'alerts_changed')).toBe('alerts_changed');
  });
});
