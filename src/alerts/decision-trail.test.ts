import { describe, expect, it } from 'vitest';
import { appendTrail, decodeTrail, describeEntry, TRAIL_CODES, trailDecisions, type TrailCode, type TrailEntry } from './decision-trail.js';

const names = {
  incident: (id: string) => ({ inc_9: '#9', inc_storm: '#12' })[id],
  integration: (id: string) => (id === 'int_7' ? 'Alertmanager of checkout' : undefined),
  hold: (ref: string) => (ref === 'sil_1' ? 'database upgrade' : undefined),
};

/** One entry of each code, as the pipeline writes them. */
const EXAMPLES: { readonly [C in TrailCode]: { entry: TrailEntry; reads: string } } = {
  R: { entry: { offsetMs: 0, code: 'R', arg: '3', ref: 'int_7@17' }, reads: 'Routed by rule 3 of Alertmanager of checkout (routes at revision 17)' },
  S: { entry: { offsetMs: 0, code: 'S', ref: 'sil_1' }, reads: 'Silenced by sil_1 (database upgrade): recorded, opened and paged nothing' },
  W: { entry: { offsetMs: 0, code: 'W', ref: 'mw_2:1700000000000' }, reads: 'Held by maintenance window mw_2:1700000000000: recorded, opened and paged nothing' },
  F: { entry: { offsetMs: 60_000, code: 'F' }, reads: 'Flapping: it resolved and fired again too often, so its incident is held open and re-fires page nobody until it is stable' },
  C: { entry: { offsetMs: 0, code: 'C', ref: 'inc_storm' }, reads: 'Capped by the storm limit: counted on storm incident #12 instead of opening one of its own' },
  G: { entry: { offsetMs: 0, code: 'G', arg: 'component,labels.cluster name' }, reads: 'Grouped by component, labels.cluster name' },
  O: { entry: { offsetMs: 0, code: 'O', ref: 'inc_9' }, reads: 'Opened incident #9' },
  A: { entry: { offsetMs: 5, code: 'A', ref: 'inc_9' }, reads: 'Attached to incident #9, already open' },
  M: { entry: { offsetMs: 9, code: 'M', ref: 'inc_9' }, reads: 'Moved into incident #9 when its incident was merged' },
  X: { entry: { offsetMs: 9, code: 'X', ref: 'inc_9' }, reads: 'Split out into incident #9' },
  L: { entry: { offsetMs: 7_200_000, code: 'L', ref: 'sil_1' }, reads: 'Released: sil_1 (database upgrade) ended while it was still firing' },
  V: { entry: { offsetMs: 7_300_000, code: 'V' }, reads: 'Resolved' },
};

describe('decision trail', () => {
  it('renders every code in words', () => {
    for (const code of Object.keys(TRAIL_CODES) as TrailCode[]) {
      expect(describeEntry(EXAMPLES[code].entry, names), code).toBe(EXAMPLES[code].reads);
    }
  });

  it('round-trips every code through its stored text', () => {
    const entries = Object.values(EXAMPLES).map((e) => e.entry);
    const stored = appendTrail('', ...entries);
    expect(decodeTrail(stored)).toEqual(entries);
  });

  it('stores entries compactly, joined by ;', () => {
    expect(appendTrail('', { offsetMs: 0, code: 'R', arg: '3', ref: 'int_7@17' }, { offsetMs: 0, code: 'O', ref: 'inc_9' })).toBe('0 R 3 int_7@17;0 O inc_9');
    expect(appendTrail('0 O inc_9', { offsetMs: 1500, code: 'V' })).toBe('0 O inc_9;1500 V');
  });

  it('escapes spaces and ; in arguments, so a label name cannot break the trail', () => {
    const stored = appendTrail('', { offsetMs: 0, code: 'G', arg: 'labels.a;b c%' });
    expect(stored).toBe('0 G labels.a%3bb%20c%25');
    expect(decodeTrail(stored)[0]?.arg).toBe('labels.a;b c%');
  });

  it('skips entries it cannot read instead of failing the alert', () => {
    expect(decodeTrail('0 O inc_9;x Q y;12 V')).toEqual([{ offsetMs: 0, code: 'O', ref: 'inc_9' }, { offsetMs: 12, code: 'V' }]);
  });

  it('gives decisions absolute times, kinds and refs', () => {
    expect(trailDecisions('0 R 0 int_7@4;250 O inc_9', 1_000, names)).toEqual([
      { at: 1_000, kind: 'routed', reason: "No routing rule of Alertmanager of checkout matched, so it went to the integration's own service (routes at revision 4)", ref: 'int_7@4' },
      { at: 1_250, kind: 'opened', reason: 'Opened incident #9', ref: 'inc_9' },
    ]);
  });
});
