/**
 * A PagerDuty Events API v2 trigger for a distinct alert `n`, one of `groups` groups
 * (`payload.group`): the single-event body of compare.ts and profile.ts.
 */
export const groupedTrigger = (routingKey: string, runId: string, n: number, groups: number) =>
  JSON.stringify({
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: `compare-${runId}-${n}`,
    payload: { summary: `Bench alert ${n} in group ${n % groups}`, source: `host-${n}`, severity: 'critical', group: `g${n % groups}` },
  });
