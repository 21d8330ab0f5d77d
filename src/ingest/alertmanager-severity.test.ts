import { describe, expect, it } from 'vitest';
import { capturedBody } from '../test-support/fixtures.js';
import { parsePagerDutyV2 } from './adapters/pagerduty-v2.js';

/**
 * Alertmanager 0.25's PagerDuty notifier with `routing_key` and `url` but no `severity:`
 * template: the captured lab request, whose configuration did set the template, with the
 * "error" Alertmanager sends without it (PROTOCOLS §3.4).
 */
function withoutSeverityTemplate(): Record<string, unknown> {
  const body = capturedBody('lab/am-0.25.0-lab1-001.json');
  return { ...body, payload: { ...(body.payload as object), severity: 'error' } };
}

const notesOf = (body: unknown) => {
  const parsed = parsePagerDutyV2(body, { newKey: () => 'generated' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.batch.events[0]?.notes ?? [];
};

describe('the note on Alertmanager\'s default severity', () => {
  it('says how to map the severity label when Alertmanager sends its default "error" for an alert labelled critical', () => {
    expect(notesOf(withoutSeverityTemplate())).toEqual([
      'Alertmanager sent severity "error", its default, for an alert labelled severity "critical"; Vigil mapped "error". To map the label, set severity: \'{{ .CommonLabels.severity }}\' in the pagerduty_configs entry, or send to /integrations/alertmanager with webhook_configs (docs/migrating-from-pagerduty.md)',
    ]);
  });

  it('names every severity label of a group once', () => {
    const body = withoutSeverityTemplate();
    const payload = body.payload as { custom_details: { firing: string } };
    const firing = `${payload.custom_details.firing}${payload.custom_details.firing.replace('severity = critical', 'severity = warning')}${payload.custom_details.firing}`;
    expect(notesOf({ ...body, payload: { ...payload, custom_details: { ...payload.custom_details, firing } } })[0]).toContain('for alerts labelled severity "critical", "warning";');
  });

  it.each([
    ['the severity template is set', () => capturedBody('lab/am-0.25.0-lab1-001.json')],
    ['the label travels in custom_details.severity, which Vigil maps first', () => capturedBody('pagerduty-trigger-after-partial-resolve.json')],
    ['the alert is labelled error', () => {
      const body = withoutSeverityTemplate();
      const payload = body.payload as { custom_details: { firing: string } };
      return { ...body, payload: { ...payload, custom_details: { ...payload.custom_details, firing: payload.custom_details.firing.replace('severity = critical', 'severity = error') } } };
    }],
    ['the alert has no severity label', () => {
      const body = withoutSeverityTemplate();
      const payload = body.payload as { custom_details: { firing: string } };
      return { ...body, payload: { ...payload, custom_details: { ...payload.custom_details, firing: payload.custom_details.firing.replace(' - severity = critical\n', '') } } };
    }],
    ['the sender is not Alertmanager', () => ({ ...withoutSeverityTemplate(), client: 'Some SDK' })],
    ['the event resolves', () => ({ ...withoutSeverityTemplate(), event_action: 'resolve' })],
  ])('stays silent when %s', (_when, body) => {
    expect(notesOf(body())).toEqual([]);
  });
});
