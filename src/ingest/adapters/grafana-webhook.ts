import type { SignatureCheck } from '../../core/signature-check.js';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AlertBatch, AlertImage, AlertLink } from '../../alerts/alert-event.js';
import { groupAlertEvent, groupTitle, readGroupMessage, type GroupAlert } from './alert-group-message.js';
import { httpUrl, isObject } from './wire-fields.js';

export type GrafanaWebhookResult =
  | {
      readonly ok: true;
      readonly batch: AlertBatch;
      readonly receiver: string;
      readonly groupKey: string;
      /** The "Test" button of a contact point; see `isGrafanaTestMessage`. */
      readonly isTest: boolean;
      /** `alerting` or `ok` as Grafana sends it (documented as to be deprecated). */
      readonly state: string | null;
      readonly title: string | null;
      readonly message: string | null;
      readonly orgId: number | null;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Grafana unified alerting's webhook contact point, payload version "1" (PROTOCOLS §4.1):
 * Alertmanager's body plus `orgId`, `state`, `title`, `message` and per-alert extras. Events are
 * built as for Alertmanager (dedupKey = fingerprint, incidentKey = groupKey); Grafana's rendered
 * `title` becomes the batch title. Per alert, dashboardURL/panelURL/silenceURL become links,
 * imageURL an image, and values (`null` when absent), valueString, orgId and ruleUID go to details.
 */
export function parseGrafanaWebhook(body: unknown): GrafanaWebhookResult {
  if (!isObject(body)) return { ok: false, errors: ['the body must be a JSON object'] };
  const errors: string[] = [];
  const warnings: string[] = [];
  if (body.version !== '1') {
    const hint = body.version === '4' ? ' (version "4" is an Alertmanager webhook)' : '';
    errors.push(`'version' must be "1", got ${JSON.stringify(body.version ?? null)}${hint}`);
  }
  const group = readGroupMessage(body, errors, warnings);
  if (group === null || errors.length > 0) return { ok: false, errors };

  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
  const title = text(body.title);
  const batch: AlertBatch = {
    events: group.alerts.map((alert) => groupAlertEvent(alert, group, grafanaExtras(alert))),
    complete: group.truncatedAlerts === 0,
    title: title ?? groupTitle(group),
  };
  return {
    ok: true,
    batch,
    receiver: group.receiver,
    groupKey: group.groupKey,
    isTest: isGrafanaTestMessage(group),
    state: text(body.state),
    title,
    message: text(body.message),
    orgId: typeof body.orgId === 'number' ? body.orgId : null,
    warnings,
  };
}

function grafanaExtras(alert: GroupAlert) {
  const { raw } = alert;
  const links: AlertLink[] = [];
  for (const [field, label] of [['dashboardURL', 'Dashboard'], ['panelURL', 'Panel'], ['silenceURL', 'Silence']] as const) {
    const href = httpUrl(raw[field]);
    if (href !== null) links.push({ href, text: label });
  }
  const image = httpUrl(raw.imageURL);
  const images: AlertImage[] = image === null ? [] : [{ src: image }];
  const details: Record<string, unknown> = { values: isObject(raw.values) ? raw.values : null };
  if (typeof raw.valueString === 'string' && raw.valueString !== '') details.valueString = raw.valueString;
  if (typeof raw.ruleUID === 'string' && raw.ruleUID !== '') details.ruleUID = raw.ruleUID;
  if (typeof raw.orgId === 'number') details.orgId = raw.orgId;
  return { client: 'Grafana', links, images, details };
}

/** The group key Grafana gives a test send: `<integration>-<16 hex fingerprint>-<unix seconds>`. */
const TEST_GROUP_KEY = /^(?!\{).*-[0-9a-f]{16}-\d+$/;

/**
 * Grafana's "Test" button sends one synthetic alert labelled `alertname="TestAlert",
 * instance="Grafana"` (annotation `summary: "Notification test"`; `newTestAlert` in
 * grafana/alerting). Users may override those labels in a custom test, so the group key is a
 * second signal: test sends use `<integration>-<fingerprint>-<unix seconds>` instead of a routed
 * key, and routed keys always start with `{` (the root route's matchers).
 */
export function isGrafanaTestMessage(group: { readonly groupKey: string; readonly alerts: readonly { readonly labels: Readonly<Record<string, string>> }[] }): boolean {
  const defaultLabels = group.alerts.length > 0 && group.alerts.every((a) => a.labels.alertname === 'TestAlert' && a.labels.instance === 'Grafana');
  return defaultLabels || TEST_GROUP_KEY.test(group.groupKey);
}

/** Grafana's sender uses the first name when none is configured; its docs and UI show the second. */
export const GRAFANA_SIGNATURE_HEADERS = ['x-grafana-alert-signature', 'x-grafana-alerting-signature'] as const;

export interface GrafanaSignatureOptions {
  /** The contact point's configured signature header; default: either name above. */
  readonly header?: string;
  /** Set when the contact point names a timestamp header; the signature then covers `<ts>:<body>`. */
  readonly timestampHeader?: string;
  /** How far the timestamp may be from `now` before the request counts as a replay; default 300 s. */
  readonly maxSkewSeconds?: number;
  /** Epoch ms; defaults to the current time. */
  readonly now?: number;
}

export type { SignatureCheck } from '../../core/signature-check.js';

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

function header(headers: Headers, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : (value[0] ?? null);
  }
  return null;
}

/**
 * Checks Grafana's optional HMAC signature (grafana/alerting `http/hmac.go`):
 * hex(HMAC-SHA256(secret, [timestamp ":"] rawBody)). `rawBody` must be the exact bytes received:
 * a re-serialised JSON body will not verify.
 */
export function verifyGrafanaSignature(rawBody: string | Uint8Array, headers: Headers, secret: string, options: GrafanaSignatureOptions = {}): SignatureCheck {
  const names = options.header === undefined ? GRAFANA_SIGNATURE_HEADERS : [options.header];
  const signature = names.map((name) => header(headers, name)).find((value) => value !== null) ?? null;
  if (signature === null) return { ok: false, reason: `no ${names.join(' or ')} header` };
  const hmac = createHmac('sha256', secret);
  if (options.timestampHeader !== undefined) {
    const timestamp = header(headers, options.timestampHeader);
    if (timestamp === null || !/^\d+$/.test(timestamp.trim())) return { ok: false, reason: `no unix timestamp in ${options.timestampHeader}` };
    const skew = Math.abs((options.now ?? Date.now()) / 1000 - Number(timestamp.trim()));
    if (skew > (options.maxSkewSeconds ?? 300)) return { ok: false, reason: `timestamp is ${Math.round(skew)} s away from now` };
    hmac.update(`${timestamp.trim()}:`);
  }
  const expected = hmac.update(rawBody).digest();
  const given = Buffer.from(signature.trim().toLowerCase(), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature does not match' };
  return { ok: true };
}
