import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALERTMANAGER_FIXTURES } from '../../test-support/fixtures.js';
import type { AlertEvent } from '../../alerts/alert-event.js';
import { alertmanagerSubject, readGroupMessage } from './alert-group-message.js';
import { alertFingerprint, groupKeyHash } from './alertmanager-fingerprint.js';
import { parseAlertmanagerWebhook } from './alertmanager-webhook.js';
import { parsePagerDutyV2 } from './pagerduty-v2.js';

// Requests captured from a real Alertmanager 0.25.0 (PROTOCOLS §3.8); shapes in test-support/fixtures.ts.
const FIXTURES = ALERTMANAGER_FIXTURES;

interface Capture {
  readonly file: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
}

function load(subdir: string): Capture[] {
  const dir = new URL(subdir, FIXTURES);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const record = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { url?: string; path?: string; body: unknown };
      const body = typeof record.body === 'string' ? JSON.parse(record.body) : record.body;
      return { file: `${subdir}${name}`, path: record.path ?? record.url ?? '', body };
    });
}

const captures = existsSync(fileURLToPath(FIXTURES)) ? [...load(''), ...load('lab/')] : [];
const byFile = (file: string) => {
  const capture = captures.find((c) => c.file === file);
  if (!capture) throw new Error(`no capture ${file}`);
  return capture;
};
const isPagerDuty = (c: Capture) => c.path === '/v2/enqueue';
const newKey = () => {
  throw new Error('captured PD events always carry a dedup_key');
};
function pd(file: string): AlertEvent {
  const result = parsePagerDutyV2(byFile(file).body, { newKey });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.batch.events[0]!;
}
function webhook(file: string) {
  const result = parseAlertmanagerWebhook(byFile(file).body);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result;
}

describe('captured Alertmanager 0.25 requests', () => {
  it('finds the fixtures beside the repository', () => {
    expect(existsSync(fileURLToPath(new URL('README.md', FIXTURES))), fileURLToPath(FIXTURES)).toBe(true);
    expect(captures.filter((c) => !c.file.startsWith('lab/'))).toHaveLength(8);
    expect(captures.filter((c) => c.file.startsWith('lab/'))).toHaveLength(17);
  });

  for (const capture of captures) {
    it(`${capture.file} parses with the ${isPagerDuty(capture) ? 'PagerDuty v2' : 'Alertmanager webhook'} adapter`, () => {
      const body = capture.body;
      if (isPagerDuty(capture)) {
        const result = parsePagerDutyV2(body, { newKey });
        expect(result.ok, JSON.stringify(result)).toBe(true);
        if (!result.ok) return;
        const payload = body.payload as Record<string, unknown>;
        expect(result.warnings).toEqual([]);
        expect(result.routingKey).toBe(body.routing_key);
        expect(result.batch.events[0]).toMatchObject({ action: body.event_action, dedupKey: body.dedup_key, dedupKeyGenerated: false, summary: payload.summary, source: 'Alertmanager', client: 'Alertmanager' });
        return;
      }
      const result = parseAlertmanagerWebhook(body);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const alerts = body.alerts as { status: string; labels: Record<string, string>; fingerprint: string }[];
      expect(result.warnings).toEqual([]);
      expect(result.batch.complete).toBe(body.truncatedAlerts === 0);
      expect(result.batch.events.map((e) => e.action)).toEqual(alerts.map((a) => (a.status === 'firing' ? 'trigger' : 'resolve')));
      expect(result.batch.events.map((e) => e.dedupKey)).toEqual(alerts.map((a) => a.fingerprint));
      // The §3.3 algorithm reproduces every fingerprint Alertmanager sent.
      expect(alerts.map((a) => alertFingerprint(a.labels))).toEqual(alerts.map((a) => a.fingerprint));
      expect(result.batch.events.every((e) => e.incidentKey === body.groupKey)).toBe(true);
    });
  }

  it('links each webhook group to the PD dedup key of the same group (sha256 of groupKey)', () => {
    const pdKeys = new Set(captures.filter(isPagerDuty).map((c) => c.body.dedup_key));
    for (const c of captures.filter((c) => !isPagerDuty(c))) expect(pdKeys.has(groupKeyHash(c.body.groupKey as string)), c.file).toBe(true);
  });

  it("rebuilds the PD summary from the webhook body with Alertmanager's default subject", () => {
    const pairs = [['lab/am-0.25.0-lab1-002.json', 'lab/am-0.25.0-lab1-001.json'], ['lab/am-0.25.0-lab1-004.json', 'lab/am-0.25.0-lab1-003.json'],
      ['lab/am-0.25.0-lab1-005.json', 'lab/am-0.25.0-lab1-006.json'], ['lab/am-0.25.0-lab2-002.json', 'lab/am-0.25.0-lab2-001.json'], ['lab/am-0.25.0-lab2-010.json', 'lab/am-0.25.0-lab2-009.json']] as const;
    for (const [hook, page] of pairs) {
      const message = readGroupMessage(byFile(hook).body, [], []);
      expect(message && alertmanagerSubject(message), hook).toBe(pd(page).summary);
    }
    expect(pd('lab/am-0.25.0-lab2-001.json').summary).toBe('[FIRING:2] DiskFull ');
  });

  it('updates one PD alert from [FIRING:1] to [FIRING:2] as a second alert joins the group', () => {
    const first = pd('lab/am-0.25.0-lab1-001.json');
    const second = pd('lab/am-0.25.0-lab1-003.json');
    expect(second.dedupKey).toBe(first.dedupKey);
    expect(first.dedupKey).toBe('6b7c790fb52db48458fffc37809172125d5b79895f4c5460fca5883e28491c36');
    expect([first.summary, second.summary]).toEqual(['[FIRING:1] HighErrorRate (api-1:9090 myjob critical payments)', '[FIRING:2] HighErrorRate (myjob critical payments)']);
    expect([first.details.num_firing, second.details.num_firing]).toEqual(['1', '2']);
    expect(first.links).toEqual([{ href: 'https://runbooks.example.test/HighErrorRate', text: 'Runbook' }]);
    expect(first.clientUrl).toBe('http://am.example.test:9093/#/alerts?receiver=multi');
  });

  it('resolves the PD alert with payload and details still present', () => {
    const resolve = pd('lab/am-0.25.0-lab1-006.json');
    expect(resolve).toMatchObject({ action: 'resolve', summary: '[RESOLVED] HighErrorRate (myjob critical payments)', severityHints: ['critical'], details: { num_firing: '0', num_resolved: '2' } });
  });

  it('keeps sending trigger after a partial resolve; the webhook shows both statuses', () => {
    expect(pd('lab/am-0.25.0-lab2-009.json')).toMatchObject({ action: 'trigger', summary: '[FIRING:1] DiskFull ', details: { num_firing: '1', num_resolved: '1' } });
    const mixed = webhook('lab/am-0.25.0-lab2-010.json');
    expect(mixed.batch.events.map((e) => [e.dedupKey, e.action])).toEqual([['fd807b82f98f9135', 'resolve'], ['fd8a7b82f997e5ba', 'trigger']]);
    expect(mixed.batch.events[0]?.occurredAt).toBe(Date.UTC(2026, 10, 26, 14, 42, 14));
    expect(mixed.batch.complete).toBe(true);
  });

  it('marks max_alerts-truncated messages incomplete, even one that says resolved', () => {
    const firing = webhook('lab/am-0.25.0-lab2-003.json');
    expect(firing.batch).toMatchObject({ complete: false, events: [{ action: 'trigger', dedupKey: 'fd807b82f98f9135' }] });
    const resolved = webhook('lab/am-0.25.0-lab2-011.json');
    expect(byFile('lab/am-0.25.0-lab2-011.json').body.status).toBe('resolved');
    expect(resolved.batch).toMatchObject({ complete: false, events: [{ action: 'resolve' }] });
  });

  it('treats the zero endsAt of firing alerts as not ended', () => {
    const result = webhook('webhook-partial-resolve.json');
    const [gone, firing] = result.batch.events;
    expect(firing).toMatchObject({ action: 'trigger', details: { endsAt: null }, occurredAt: Date.parse('2026-11-26T14:41:57.304Z') });
    expect(gone).toMatchObject({ action: 'resolve', links: [{ href: 'https://runbooks.example.com/db-connections', text: 'Runbook' }, { href: 'http://prometheus:9090/graph?g0.expr=pool_utilization%3E0.95', text: 'Source' }] });
    expect(firing?.links).toEqual([]);
    expect(result.batch.title).toBe('[FIRING:1] DatabaseConnectionPoolExhausted (prod-eu checkout critical)');
  });

  // The top-level files were named for the step that produced them, but each holds the last
  // request of that kind: several are resolves. These expectations follow the contents.
  it('reads each top-level capture for what it holds, not what its name says', () => {
    const actions = Object.fromEntries(captures.filter((c) => !c.file.startsWith('lab/')).map((c) => {
      const events = isPagerDuty(c) ? [pd(c.file)] : webhook(c.file).batch.events;
      return [c.file, events.map((e) => e.action).join(',')];
    }));
    expect(actions).toEqual({
      'pagerduty-resolve.json': 'resolve',
      'pagerduty-trigger-after-partial-resolve.json': 'trigger',
      'pagerduty-trigger-two-alerts.json': 'resolve',
      'pagerduty-trigger-warning-group.json': 'resolve',
      'webhook-all-resolved.json': 'resolve',
      'webhook-firing-one.json': 'resolve',
      'webhook-firing-two.json': 'resolve',
      'webhook-partial-resolve.json': 'resolve,trigger',
    });
    expect(webhook('webhook-firing-one.json').batch.title).toBe('Search p99 > 5s');
    expect(pd('pagerduty-trigger-two-alerts.json').severityHints).toEqual(['critical', 'error']);
    expect(pd('pagerduty-trigger-warning-group.json').severityHints).toEqual(['warning', 'error']);
  });
});
