/**
 * The alert storm the reliability test (test/reliability/storm.test.ts) and the storm benchmark
 * (bench/storm.ts) both send: services each with an Alertmanager integration and an escalation
 * policy paging its own user by webhook, and Alertmanager groups of firing alerts notified again
 * and again with their full set.
 */

export const STORM_SERVICES = 20;
export const STORM_GROUPS_PER_SERVICE = 5;
export const STORM_ALERTS_PER_GROUP = 100;

export const stormIntegrationKey = (service: number) => `am-storm-${service}`;

/** The vigil.yaml: `pageAddress(s)` is where service s's responder is paged. storm_limit stays at its default: 5 incidents per service is no storm to hold back. */
export function stormConfig(pageAddress: (service: number) => string): string {
  const lines = ['users:'];
  for (let s = 0; s < STORM_SERVICES; s++) {
    lines.push(`  - id: storm-user-${s}`, `    name: Storm responder ${s}`, `    email: storm-${s}@example.com`, '    contact_methods:', `      - { id: storm-hook-${s}, type: webhook, address: "${pageAddress(s)}" }`);
  }
  lines.push('escalation_policies:');
  for (let s = 0; s < STORM_SERVICES; s++) lines.push(`  - { id: storm-policy-${s}, levels: [{ targets: ["user:storm-user-${s}"], escalate_after: 1h }] }`);
  lines.push('services:');
  for (let s = 0; s < STORM_SERVICES; s++) {
    lines.push(`  - id: storm-svc-${s}`, `    name: Storm service ${s}`, `    escalation_policy: storm-policy-${s}`, '    integrations:', `      - { type: alertmanager, key: ${stormIntegrationKey(s)}, rate_limit_per_minute: 100000000 }`);
  }
  return `${lines.join('\n')}\n`;
}

/** One notification of group `group` of service `service`: its alerts, in `order` (fixed label sets, so fixed fingerprints). One is critical, so every incident ends at SEV-1. */
export function stormMessage(service: number, group: number, round: number, order: readonly number[]): string {
  const alerts = order.map((a) => ({
    status: 'firing',
    labels: { alertname: 'StormAlert', service: `storm-svc-${service}`, cluster: `c${group}`, instance: `host-${a}`, severity: a === 0 ? 'critical' : 'warning' },
    annotations: { summary: `host-${a} of c${group} is down (notification ${round})` },
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus:9090/graph',
    fingerprint: `${service.toString(16).padStart(4, '0')}${group.toString(16).padStart(4, '0')}${a.toString(16).padStart(8, '0')}`,
  }));
  return JSON.stringify({
    version: '4',
    receiver: 'vigil',
    status: 'firing',
    alerts,
    groupLabels: { cluster: `c${group}` },
    commonLabels: { alertname: 'StormAlert', service: `storm-svc-${service}`, cluster: `c${group}` },
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    groupKey: `{}/{service="storm-svc-${service}"}:{cluster="c${group}"}`,
    truncatedAlerts: 0,
  });
}
