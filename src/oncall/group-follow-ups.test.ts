import { describe, expect, it } from 'vitest';
import { alertNotices } from '../alerts/alert-processor.js';
import type { Integration } from '../alerts/integrations.js';
import type { Runtime } from '../core/runtime.js';
import { GroupFollowUps } from './group-follow-ups.js';

const integration = (grouping: Integration['grouping'], routed: Integration['grouping'][] = []) =>
  ({ grouping, routes: routed.map((g) => ({ target: { grouping: g } })) }) as unknown as Integration;

describe('grouping follow-ups', () => {
  it('marks ingest notices without timers only when no service the integration reaches has a wait or interval', () => {
    const outcomes = [{ dedupKey: 'a', result: 'opened', incidentNumber: 1 }, { dedupKey: 'b', result: 'attached', incidentNumber: 1 }, { dedupKey: 'c', result: 'suppressed' }] as const;
    expect(alertNotices(outcomes, integration(null))).toEqual([{ kind: 'opened', number: 1, groupingTimers: false }, { kind: 'alerts_changed', number: 1, groupingTimers: false }]);
    expect(alertNotices(outcomes, integration({ by: ['component'] }, [null]))[0]).toEqual({ kind: 'opened', number: 1, groupingTimers: false });
    expect(alertNotices(outcomes, integration({ by: ['component'], wait_ms: 30_000 }))[0]).toEqual({ kind: 'opened', number: 1 });
    expect(alertNotices(outcomes, integration(null, [null, { by: ['component'], interval_ms: 60_000 }]))[0]).toEqual({ kind: 'opened', number: 1 });
  });

  it('reads nothing for notices whose services have no grouping timers', async () => {
    const runtime = new Proxy({}, { get: () => { throw new Error('the database was read'); } }) as Runtime;
    await expect(new GroupFollowUps(runtime).handle([{ kind: 'opened', number: 1, groupingTimers: false }, { kind: 'alerts_changed', number: 2, groupingTimers: false }, { kind: 'resolved', number: 3 }])).resolves.toBeUndefined();
    await expect(new GroupFollowUps(runtime).handle([{ kind: 'opened', number: 4 }])).rejects.toThrow('the database was read');
  });
});
