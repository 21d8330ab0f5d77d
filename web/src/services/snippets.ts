/**
 * Ready-to-paste configuration for the senders of a service's alerts, built from the service's
 * real routing keys and Vigil's public address. The addresses are Vigil's ingest routes
 * (src/ingest/ingest-routes.ts): one Events API v2 address for every PagerDuty-style key, and a
 * path per key for the Alertmanager, Grafana and generic webhooks (docs: PROTOCOLS.md §3.4, §4).
 */

export type IntegrationType = 'events_v2' | 'events_v1' | 'alertmanager' | 'grafana' | 'webhook';

export interface IntegrationKey {
  readonly type: string;
  readonly name: string | null;
  readonly key: string;
  /** A webhook whose fields are mapped in vigil.yaml rather than read by the default names. */
  readonly custom_mapping: boolean;
}

export interface GrafanaHint {
  /** The contact point's integration as Grafana names it. */
  readonly integration: 'PagerDuty' | 'Webhook' | null;
  /** The steps, in sentences; the values to paste are in `fields`. */
  readonly text: string;
  readonly fields: readonly { readonly label: string; readonly value: string }[];
}

export interface Snippets {
  readonly url: string;
  /** Alertmanager's `receivers:` entry, or null (with why) when this type is not for Alertmanager. */
  readonly alertmanager: { readonly yaml: string } | { readonly yaml: null; readonly why: string };
  readonly grafana: GrafanaHint;
  /** A trigger and the matching resolve, to try the integration end to end. */
  readonly curl: { readonly trigger: string; readonly resolve: string; readonly note: string | null };
}

const TEST_SUMMARY = 'Test alert from the Vigil console';
const TEST_KEY = 'vigil-console-test';

export function isKnownType(type: string): type is IntegrationType {
  return ['events_v2', 'events_v1', 'alertmanager', 'grafana', 'webhook'].includes(type);
}

/** What the sender speaks, in words. */
export function typeLabel(type: string): string {
  switch (type) {
    case 'events_v2': return 'Events API v2 (PagerDuty-compatible)';
    case 'events_v1': return 'Events API v1 (PagerDuty-compatible)';
    case 'alertmanager': return 'Alertmanager webhook';
    case 'grafana': return 'Grafana webhook';
    case 'webhook': return 'Generic JSON webhook';
    default: return type;
  }
}

/** Where a sender posts this integration's events. */
export function ingestUrl(publicUrl: string, integration: Pick<IntegrationKey, 'type' | 'key'>): string {
  const base = publicUrl.replace(/\/+$/, '');
  const type = integration.type;
  // One PagerDuty-style key serves both Events API versions; v2 is the one senders can be pointed at.
  if (type === 'events_v2' || type === 'events_v1') return `${base}/v2/enqueue`;
  return `${base}/integrations/${encodeURIComponent(type)}/${encodeURIComponent(integration.key)}`;
}

/** A YAML scalar: bare when plainly safe, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(value: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/.test(value) ? value : JSON.stringify(value);
}

/** One shell word, single-quoted. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function curl(url: string, body: unknown): string {
  return [`curl -sS -X POST ${shellQuote(url)} \\`, `  -H 'Content-Type: application/json' \\`, `  -d ${shellQuote(JSON.stringify(body))}`].join('\n');
}

function groupMessage(version: '4' | '1', status: 'firing' | 'resolved') {
  const labels = { alertname: 'VigilConsoleTest', severity: 'info' };
  const annotations = { summary: TEST_SUMMARY };
  // The common summary becomes the incident's title, as it does for a real group of one alert.
  return {
    version,
    groupKey: TEST_KEY,
    status,
    receiver: 'vigil',
    ...(version === '1' ? { title: TEST_SUMMARY } : {}),
    groupLabels: { alertname: labels.alertname },
    commonLabels: labels,
    commonAnnotations: annotations,
    alerts: [{ status, labels, annotations }],
  };
}

export function snippetsFor(publicUrl: string, serviceId: string, integration: IntegrationKey): Snippets {
  const url = ingestUrl(publicUrl, integration);
  const receiver = `vigil-${serviceId}`;
  const type = integration.type;

  if (type === 'events_v2' || type === 'events_v1') {
    return {
      url,
      alertmanager: {
        yaml: [
          'receivers:',
          `  - name: ${yamlScalar(receiver)}`,
          '    pagerduty_configs:',
          `      - routing_key: ${yamlScalar(integration.key)}`,
          `        url: ${yamlScalar(url)}`,
          `# and route alerts to it, e.g. route: { receiver: ${yamlScalar(receiver)} }`,
        ].join('\n'),
      },
      grafana: {
        integration: 'PagerDuty',
        text: 'In Grafana, add a contact point with the PagerDuty integration. Paste the key as its Integration Key, and under Optional PagerDuty settings set the URL (Grafana 11 or later; older Grafana always sends to PagerDuty itself).',
        fields: [
          { label: 'Integration Key', value: integration.key },
          { label: 'URL', value: url },
        ],
      },
      curl: {
        trigger: curl(url, { routing_key: integration.key, event_action: 'trigger', dedup_key: TEST_KEY, payload: { summary: TEST_SUMMARY, source: 'curl', severity: 'info' } }),
        resolve: curl(url, { routing_key: integration.key, event_action: 'resolve', dedup_key: TEST_KEY }),
        note: null,
      },
    };
  }

  if (type === 'alertmanager') {
    return {
      url,
      alertmanager: {
        yaml: [
          'receivers:',
          `  - name: ${yamlScalar(receiver)}`,
          '    webhook_configs:',
          `      - url: ${yamlScalar(url)}`,
          '        send_resolved: true',
          `# and route alerts to it, e.g. route: { receiver: ${yamlScalar(receiver)} }`,
        ].join('\n'),
      },
      grafana: {
        integration: null,
        text: 'Grafana\'s webhook speaks its own format, which this Alertmanager address refuses. For Grafana, give the service an integration of type grafana, or use Grafana\'s PagerDuty contact point with an Events API v2 key.',
        fields: [],
      },
      curl: { trigger: curl(url, groupMessage('4', 'firing')), resolve: curl(url, groupMessage('4', 'resolved')), note: null },
    };
  }

  if (type === 'grafana') {
    return {
      url,
      alertmanager: { yaml: null, why: 'This address takes Grafana\'s webhook format. For Alertmanager, give the service an integration of type alertmanager or events_v2.' },
      grafana: {
        integration: 'Webhook',
        text: 'In Grafana, add a contact point with the Webhook integration, method POST, and this URL. Its Test button opens an incident here.',
        fields: [{ label: 'URL', value: url }],
      },
      curl: { trigger: curl(url, groupMessage('1', 'firing')), resolve: curl(url, groupMessage('1', 'resolved')), note: null },
    };
  }

  // A generic JSON webhook: the default field names, unless vigil.yaml maps them otherwise.
  return {
    url,
    alertmanager: { yaml: null, why: 'This address takes any JSON by field names. For Alertmanager, give the service an integration of type alertmanager or events_v2.' },
    grafana: {
      integration: null,
      text: 'Grafana works best with an integration of type grafana, which understands its alert groups.',
      fields: [],
    },
    curl: {
      trigger: curl(url, { summary: TEST_SUMMARY, severity: 'info', dedup_key: TEST_KEY, status: 'trigger' }),
      resolve: curl(url, { dedup_key: TEST_KEY, status: 'resolved' }),
      note: integration.custom_mapping ? 'This webhook reads its fields where vigil.yaml\'s mapping says: change the body to match before sending it.' : null,
    },
  };
}

/**
 * When the address Vigil hands senders (VIGIL_PUBLIC_URL) is not the one this browser uses, a
 * sender elsewhere may not reach it: say so rather than hand out an address that fails quietly.
 */
export function publicUrlNote(publicUrl: string, browserOrigin: string): string | null {
  const normalise = (url: string) => url.replace(/\/+$/, '').toLowerCase();
  if (normalise(publicUrl) === normalise(browserOrigin)) return null;
  return `These snippets use Vigil's public address, ${publicUrl}, which is not the address this browser uses (${browserOrigin}). Senders must be able to reach ${publicUrl}; if they cannot, set VIGIL_PUBLIC_URL to an address they can.`;
}
