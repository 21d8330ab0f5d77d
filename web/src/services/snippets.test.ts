import { describe, expect, it } from 'vitest';
import { ingestUrl, publicUrlNote, shellQuote, snippetsFor, typeLabel, type IntegrationKey } from './snippets';

const BASE = 'https://vigil.example.com';
const EVENTS: IntegrationKey = { type: 'events_v2', name: 'Prometheus', key: '3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85', custom_mapping: false };
const ALERTMANAGER: IntegrationKey = { type: 'alertmanager', name: null, key: 'am-checkout-5d1e9b7c2a4f', custom_mapping: false };
const GRAFANA: IntegrationKey = { type: 'grafana', name: null, key: 'grafana-payments-2f7a9c4e1b', custom_mapping: false };

/** The JSON body a generated curl command sends. */
function bodyOf(command: string): unknown {
  const match = /-d '(.*)'$/s.exec(command);
  if (!match) throw new Error(`no body in ${command}`);
  return JSON.parse(match[1]!.replace(/'\\''/g, "'"));
}

describe('ingest addresses', () => {
  it('sends every PagerDuty-style key to the one Events API v2 address, and webhooks to a path per key', () => {
    expect(ingestUrl(`${BASE}/`, EVENTS)).toBe(`${BASE}/v2/enqueue`);
    expect(ingestUrl(BASE, { ...EVENTS, type: 'events_v1' })).toBe(`${BASE}/v2/enqueue`);
    expect(ingestUrl(BASE, ALERTMANAGER)).toBe(`${BASE}/integrations/alertmanager/am-checkout-5d1e9b7c2a4f`);
    expect(ingestUrl(BASE, GRAFANA)).toBe(`${BASE}/integrations/grafana/grafana-payments-2f7a9c4e1b`);
    expect(ingestUrl(BASE, { type: 'webhook', key: 'a b' })).toBe(`${BASE}/integrations/webhook/a%20b`);
  });

  it('names each type in words', () => {
    expect(typeLabel('events_v2')).toBe('Events API v2 (PagerDuty-compatible)');
    expect(typeLabel('something-new')).toBe('something-new');
  });
});

describe('Alertmanager snippets', () => {
  it('gives an Events API v2 key as a pagerduty_configs receiver pointed at Vigil', () => {
    expect(snippetsFor(BASE, 'checkout', EVENTS).alertmanager).toEqual({
      yaml: [
        'receivers:',
        '  - name: vigil-checkout',
        '    pagerduty_configs:',
        '      - routing_key: 3f9c2a7e1b5d4c8f9a0e6b2d7c1f4a85',
        '        url: https://vigil.example.com/v2/enqueue',
        '# and route alerts to it, e.g. route: { receiver: vigil-checkout }',
      ].join('\n'),
    });
  });

  it('gives an Alertmanager key as a webhook_configs receiver with the key in the path', () => {
    const snippet = snippetsFor(BASE, 'checkout', ALERTMANAGER).alertmanager;
    expect(snippet.yaml).toContain('    webhook_configs:\n      - url: https://vigil.example.com/integrations/alertmanager/am-checkout-5d1e9b7c2a4f\n        send_resolved: true');
  });

  it('says why there is no Alertmanager snippet for a Grafana key', () => {
    expect(snippetsFor(BASE, 'payments', GRAFANA).alertmanager).toEqual({ yaml: null, why: expect.stringContaining('type alertmanager or events_v2') });
  });

  it('quotes a value YAML would misread', () => {
    const odd = snippetsFor('https://vigil.example.com', 'odd', { ...EVENTS, key: '#not-a-comment' }).alertmanager;
    expect(odd.yaml).toContain('routing_key: "#not-a-comment"');
  });
});

describe('Grafana hints', () => {
  it('points Grafana\'s PagerDuty contact point at Vigil with the key and URL', () => {
    const hint = snippetsFor(BASE, 'checkout', EVENTS).grafana;
    expect(hint.integration).toBe('PagerDuty');
    expect(hint.fields).toEqual([
      { label: 'Integration Key', value: EVENTS.key },
      { label: 'URL', value: `${BASE}/v2/enqueue` },
    ]);
  });

  it('points a Webhook contact point at a Grafana key\'s address, which holds the key', () => {
    expect(snippetsFor(BASE, 'payments', GRAFANA).grafana.fields).toEqual([{ label: 'URL', value: `${BASE}/integrations/grafana/${GRAFANA.key}` }]);
  });
});

describe('test curl commands', () => {
  it('triggers and resolves through Events API v2 with the real key and one dedup key', () => {
    const { trigger, resolve } = snippetsFor(BASE, 'checkout', EVENTS).curl;
    expect(trigger.startsWith(`curl -sS -X POST 'https://vigil.example.com/v2/enqueue' \\\n`)).toBe(true);
    expect(bodyOf(trigger)).toEqual({ routing_key: EVENTS.key, event_action: 'trigger', dedup_key: 'vigil-console-test', payload: { summary: 'Test alert from the Vigil console', source: 'curl', severity: 'info' } });
    expect(bodyOf(resolve)).toEqual({ routing_key: EVENTS.key, event_action: 'resolve', dedup_key: 'vigil-console-test' });
  });

  it('sends an Alertmanager version 4 group and a Grafana version 1 group to their addresses', () => {
    expect(bodyOf(snippetsFor(BASE, 'checkout', ALERTMANAGER).curl.trigger)).toMatchObject({ version: '4', status: 'firing', groupKey: 'vigil-console-test', alerts: [{ status: 'firing', labels: { alertname: 'VigilConsoleTest' } }] });
    expect(bodyOf(snippetsFor(BASE, 'payments', GRAFANA).curl.resolve)).toMatchObject({ version: '1', status: 'resolved', alerts: [{ status: 'resolved' }] });
  });

  it('warns that a webhook with its own field mapping needs its own body', () => {
    expect(snippetsFor(BASE, 'x', { type: 'webhook', name: null, key: 'k', custom_mapping: true }).curl.note).toContain('mapping');
    expect(snippetsFor(BASE, 'x', { type: 'webhook', name: null, key: 'k', custom_mapping: false }).curl.note).toBeNull();
  });

  it('keeps a single quote inside a shell word', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});

describe('the public address', () => {
  it('says nothing when the browser uses the public address, and explains when it does not', () => {
    expect(publicUrlNote('https://vigil.example.com/', 'https://vigil.example.com')).toBeNull();
    expect(publicUrlNote('http://127.0.0.1:8080', 'https://vigil.example.com')).toContain('set VIGIL_PUBLIC_URL');
  });
});
