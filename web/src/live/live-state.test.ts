import { describe, expect, it } from 'vitest';
import { dataFrom, liveStatus, nextStatusChangeAt } from './live-state';

const T = 1_000_000;

describe('the live status the header shows', () => {
  it('is Live while the stream is open', () => {
    expect(liveStatus({ phase: 'open', since: T }, T + 3_600_000)).toBe('live');
    expect(nextStatusChangeAt({ phase: 'open', since: T }, T)).toBeNull();
  });

  it('stays Live through a drop shorter than 5 s, then Reconnecting, then Offline after 30 s', () => {
    const down = { phase: 'down', since: T } as const;
    expect(liveStatus(down, T + 4_999)).toBe('live');
    expect(liveStatus(down, T + 5_000)).toBe('reconnecting');
    expect(liveStatus(down, T + 29_999)).toBe('reconnecting');
    expect(liveStatus(down, T + 30_000)).toBe('offline');
  });

  it('says Connecting at first, and the same later words if the stream never opens', () => {
    const first = { phase: 'connecting', since: T } as const;
    expect(liveStatus(first, T + 100)).toBe('connecting');
    expect(liveStatus(first, T + 6_000)).toBe('reconnecting');
    expect(liveStatus(first, T + 31_000)).toBe('offline');
  });

  it('knows when it will next change, so a timer can wake the header then', () => {
    const down = { phase: 'down', since: T } as const;
    expect(nextStatusChangeAt(down, T + 1)).toBe(T + 5_000);
    expect(nextStatusChangeAt(down, T + 5_000)).toBe(T + 30_000);
    expect(nextStatusChangeAt(down, T + 30_000)).toBeNull();
  });

  it('dates the data from the drop, or from the last poll that read fresh data', () => {
    expect(dataFrom({ phase: 'open', since: T }, T + 10)).toBeNull();
    expect(dataFrom({ phase: 'down', since: T }, null)).toBe(T);
    expect(dataFrom({ phase: 'down', since: T }, T - 60_000)).toBe(T);
    expect(dataFrom({ phase: 'down', since: T }, T + 60_000)).toBe(T + 60_000);
  });
});
