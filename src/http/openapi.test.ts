import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredTestApp, type TestApp } from '../test-support/app.js';
import { DIALECTS } from '../test-support/databases.js';
import { capturedBody } from '../test-support/fixtures.js';

const CONFIG = `
services:
  - id: checkout
    name: Checkout API
    integrations:
      - { type: events_v2, key: 0123456789abcdef0123456789abcdef }
      - { type: alertmanager, key: am-checkout-key }
      - { type: grafana, key: grafana-key-0001 }
      - type: webhook
        key: hook-key-0001
        mapping: { summary: title, dedup_key: id }
`;
const PD_KEY = '0123456789abcdef0123456789abcdef';

interface Operation {
  readonly requestBody?: { content: Record<string, { schema: object }> };
  readonly responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

/** The endpoints senders and operators use most, which the document must describe. */
const DOCUMENTED: readonly [method: string, path: string][] = [
  ['post', '/v2/enqueue'],
  ['post', '/v2/change/enqueue'],
  ['post', '/generic/2010-04-15/create_event.json'],
  ...['alertmanager', 'grafana', 'webhook'].flatMap((name) => [
    ['post', `/integrations/${name}/{key}`],
    ['put', `/integrations/${name}/{key}`],
    ['post', `/integrations/${name}`],
  ] as [string, string][]),
  ['get', '/healthz'],
  ['get', '/readyz'],
  ['get', '/metrics'],
  ['get', '/api/v1/stream'],
];

const grafanaBody = {
  receiver: 'vigil', status: 'firing', orgId: 1, version: '1', groupKey: '{}:{alertname="CPU"}', truncatedAlerts: 0, state: 'alerting', title: '[FIRING:1] CPU', message: '',
  groupLabels: { alertname: 'CPU' }, commonLabels: { alertname: 'CPU' }, commonAnnotations: {}, externalURL: 'https://grafana.test/',
  alerts: [{ status: 'firing', labels: { alertname: 'CPU' }, annotations: {}, startsAt: '2026-03-02T10:00:00Z', endsAt: '0001-01-01T00:00:00Z', generatorURL: '', fingerprint: 'c0ffee0000000001', values: null, valueString: '' }],
};

for (const dialect of DIALECTS) {
  describe(`the OpenAPI document on ${dialect}`, () => {
    let t: TestApp;
    let spec: Document;
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    beforeAll(async () => {
      t = await createConfiguredTestApp(dialect, CONFIG);
      spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<Document>();
    });
    afterAll(async () => {
      await t.close();
    });

    const operation = (method: string, path: string): Operation => {
      const found = spec.paths[path]?.[method];
      if (!found) throw new Error(`/openapi.json does not list ${method.toUpperCase()} ${path}`);
      return found;
    };
    /** Checks a real answer against the schema documented for its status and content type. */
    const conforms = (method: string, path: string, response: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
      const documented = operation(method, path).responses[String(response.statusCode)];
      expect(documented, `${method} ${path} documents no ${response.statusCode} answer`).toBeDefined();
      const json = String(response.headers['content-type']).startsWith('application/json');
      const schema = documented!.content?.[json ? 'application/json' : 'text/plain']?.schema;
      expect(schema, `${method} ${path} ${response.statusCode} has no schema`).toBeDefined();
      const validate = ajv.compile(schema!);
      const ok = validate(json ? JSON.parse(response.body) : response.body);
      expect(ok, `${method} ${path} ${response.statusCode}: ${ajv.errorsText(validate.errors)}\n${response.body.slice(0, 300)}`).toBe(true);
    };
    const requestConforms = (method: string, path: string, body: unknown) => {
      const validate = ajv.compile(operation(method, path).requestBody!.content['application/json']!.schema);
      expect(validate(body), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    };
    const post = (url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') =>
      t.app.inject({ method, url, payload: payload as object, headers: { 'content-type': 'application/json' } });

    it('lists the ingest, health and metrics endpoints, each POST with a request body schema and every one with answer schemas', () => {
      for (const [method, path] of DOCUMENTED) {
        const found = operation(method, path);
        if (method !== 'get') expect(found.requestBody?.content['application/json']?.schema, `${method} ${path}`).toBeDefined();
        const answers = Object.entries(found.responses);
        expect(answers.some(([status]) => status.startsWith('2')), `${method} ${path}`).toBe(true);
        for (const [status, answer] of answers) expect(Object.values(answer.content ?? {})[0]?.schema, `${method} ${path} ${status}`).toBeDefined();
      }
    });

    it('documents request bodies that real Alertmanager and PagerDuty bodies satisfy', () => {
      requestConforms('post', '/v2/enqueue', capturedBody('lab/am-0.25.0-lab1-001.json'));
      requestConforms('post', '/v2/enqueue', capturedBody('pagerduty-resolve.json'));
      requestConforms('post', '/integrations/alertmanager/{key}', capturedBody('webhook-firing-two.json'));
      requestConforms('post', '/integrations/grafana/{key}', grafanaBody);
    });

    it('names the integration type of each path key with the right article', () => {
      const key = (path: string) => (spec.paths[path]?.post as { parameters?: { description?: string }[] } | undefined)?.parameters?.[0]?.description;
      expect(key('/integrations/alertmanager/{key}')).toBe('The integration key of an alertmanager integration');
      expect(key('/integrations/grafana/{key}')).toBe('The integration key of a grafana integration');
    });

    it('describes the real answers of the PagerDuty endpoints, success and refusal alike', async () => {
      const trigger = { routing_key: PD_KEY, event_action: 'trigger', payload: { summary: 'Disk 95% full on db-1', source: 'db-1', severity: 'critical' } };
      const accepted = await post('/v2/enqueue', trigger);
      expect(accepted.statusCode).toBe(202);
      conforms('post', '/v2/enqueue', accepted);
      conforms('post', '/v2/enqueue', await post('/v2/enqueue', { ...trigger, event_action: 'explode' }));
      conforms('post', '/v2/change/enqueue', await post('/v2/change/enqueue', { routing_key: PD_KEY, payload: { summary: 'Deployed checkout v1.42.0' } }));
      const v1 = await post('/generic/2010-04-15/create_event.json', { service_key: PD_KEY, event_type: 'trigger', description: 'Queue backed up' });
      expect(v1.statusCode).toBe(200);
      conforms('post', '/generic/2010-04-15/create_event.json', v1);
    });

    it('describes the real answers of the webhook endpoints', async () => {
      const am = await post('/integrations/alertmanager/am-checkout-key', capturedBody('webhook-firing-one.json'));
      expect(am.statusCode).toBe(202);
      conforms('post', '/integrations/alertmanager/{key}', am);
      conforms('post', '/integrations/alertmanager/{key}', await post('/integrations/alertmanager/no-such-key', capturedBody('webhook-firing-one.json')));
      conforms('post', '/integrations/alertmanager', await post('/integrations/alertmanager', capturedBody('webhook-firing-one.json')));
      conforms('put', '/integrations/grafana/{key}', await post('/integrations/grafana/grafana-key-0001', grafanaBody, 'PUT'));
      conforms('post', '/integrations/webhook/{key}', await post('/integrations/webhook/hook-key-0001', { title: 'Batch job failed', id: 'job-7' }));
    });

    it('describes the live stream as server-sent events, with what it carries', () => {
      const stream = operation('get', '/api/v1/stream') as Operation & { description?: string; parameters?: { name: string; in: string }[] };
      expect(Object.keys(stream.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
      expect(stream.description).toContain('event: incident');
      expect(stream.description).toContain('Last-Event-ID');
      expect(stream.parameters?.map((p) => `${p.in} ${p.name}`)).toEqual(expect.arrayContaining(['query lastEventId', 'header last-event-id']));
    });

    it('describes the real answers of the health and metrics endpoints', async () => {
      for (const path of ['/healthz', '/readyz', '/metrics']) {
        const response = await t.app.inject({ method: 'GET', url: path });
        expect(response.statusCode, path).toBe(200);
        conforms('get', path, response);
      }
    });
  });
}
