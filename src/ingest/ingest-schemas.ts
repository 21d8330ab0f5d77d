import { Type, type TSchema } from '@sinclair/typebox';

/**
 * The ingest endpoints' bodies and answers, for `/openapi.json` (and the types a console
 * generates from it). They describe; they do not validate: the adapters check bodies leniently
 * and answer in PagerDuty's error shape (docs/ARCHITECTURE.md, Ingest), so the ingest context
 * installs a validator that accepts everything and serialises answers as they are.
 */

const open = { additionalProperties: true } as const;

/** "an alertmanager integration", "a grafana integration". */
export const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const Text = (description: string, options: object = {}) => Type.String({ description, ...options });

const Link = Type.Object({ href: Text('http(s) URL'), text: Type.Optional(Type.String()) }, open);
const Image = Type.Object({ src: Text('http(s) URL of the image'), href: Type.Optional(Type.String()), alt: Type.Optional(Type.String()) }, open);
const Details = Type.Record(Type.String(), Type.Unknown(), { description: 'Free-form JSON; `details.<path>` in grouping rules reads it' });

export const PagerDutyV2Event = Type.Object(
  {
    routing_key: Text('The integration key of an events_v2 or events_v1 integration'),
    event_action: Type.Union([Type.Literal('trigger'), Type.Literal('acknowledge'), Type.Literal('resolve')]),
    dedup_key: Type.Optional(Text('Identifies the alert; required to acknowledge or resolve. A trigger without one gets a generated key, returned in the answer', { maxLength: 255 })),
    payload: Type.Optional(
      Type.Object(
        {
          summary: Text('Required for a trigger; the alert\'s (and a new incident\'s) title. Longer than 1024 characters is truncated', { minLength: 1 }),
          source: Text('Required for a trigger: the host or place where the problem is'),
          severity: Text('Required for a trigger: critical, error, warning or info; other words are accepted and mapped by the service\'s severity_map'),
          timestamp: Type.Optional(Text('ISO 8601; ignored when unparsable')),
          component: Type.Optional(Type.String()),
          group: Type.Optional(Type.String()),
          class: Type.Optional(Type.String()),
          custom_details: Type.Optional(Type.Union([Details, Type.Null()])),
        },
        { ...open, description: 'Required for a trigger; optional (and mostly ignored) for acknowledge and resolve' },
      ),
    ),
    client: Type.Optional(Type.String()),
    client_url: Type.Optional(Type.String()),
    links: Type.Optional(Type.Union([Type.Array(Link), Type.Null()])),
    images: Type.Optional(Type.Union([Type.Array(Image), Type.Null()])),
  },
  { ...open, description: 'PagerDuty Events API v2 alert event. Unknown fields are ignored.' },
);

export const PagerDutyChangeEvent = Type.Object(
  {
    routing_key: Text('The integration key of an events_v2 or events_v1 integration'),
    payload: Type.Object(
      {
        summary: Text('What changed, e.g. "Deployed checkout v1.42.0"', { minLength: 1 }),
        source: Type.Optional(Type.String()),
        timestamp: Type.Optional(Text('ISO 8601; "" is accepted')),
        custom_details: Type.Optional(Type.Union([Details, Type.Null()])),
      },
      open,
    ),
    links: Type.Optional(Type.Union([Type.Array(Link), Type.Null()])),
  },
  { ...open, description: 'PagerDuty change event: a deploy or other change, shown as a recent change on the service\'s incidents; never opens one.' },
);

export const PagerDutyV1Event = Type.Object(
  {
    service_key: Text('The integration key of an events_v2 or events_v1 integration'),
    event_type: Type.Union([Type.Literal('trigger'), Type.Literal('acknowledge'), Type.Literal('resolve')]),
    incident_key: Type.Optional(Text('Identifies the alert; required to acknowledge or resolve', { maxLength: 255 })),
    description: Type.Optional(Text('Required for a trigger: the alert\'s title')),
    details: Type.Optional(Type.Union([Details, Type.Null()])),
    client: Type.Optional(Type.String()),
    client_url: Type.Optional(Type.String()),
    contexts: Type.Optional(Type.Array(Type.Object({ type: Type.String(), href: Type.Optional(Type.String()), src: Type.Optional(Type.String()), text: Type.Optional(Type.String()) }, open))),
  },
  { ...open, description: 'PagerDuty Events API v1 event. Alertmanager\'s v1 body also carries "event_action": "" and "payload": null, which are ignored.' },
);

const GroupedAlert = (extra: Record<string, TSchema> = {}) =>
  Type.Object(
    {
      status: Type.Union([Type.Literal('firing'), Type.Literal('resolved')]),
      labels: Type.Record(Type.String(), Type.String()),
      annotations: Type.Optional(Type.Record(Type.String(), Type.String())),
      startsAt: Type.Optional(Type.String()),
      endsAt: Type.Optional(Text('"0001-01-01T00:00:00Z" while firing')),
      generatorURL: Type.Optional(Type.String()),
      fingerprint: Type.Optional(Text('Identifies the alert within its group; computed from the labels when absent')),
      ...extra,
    },
    open,
  );

const groupFields = {
  receiver: Type.Optional(Type.String()),
  status: Type.Union([Type.Literal('firing'), Type.Literal('resolved')]),
  groupLabels: Type.Optional(Type.Record(Type.String(), Type.String())),
  commonLabels: Type.Optional(Type.Record(Type.String(), Type.String())),
  commonAnnotations: Type.Optional(Type.Record(Type.String(), Type.String())),
  externalURL: Type.Optional(Type.String()),
  groupKey: Text('One incident per (integration, groupKey)'),
  truncatedAlerts: Type.Optional(Type.Integer({ minimum: 0, description: 'More than 0: alerts were left out, so the incident is never resolved from this message' })),
};

export const AlertmanagerWebhook = Type.Object(
  { ...groupFields, version: Type.Literal('4'), alerts: Type.Array(GroupedAlert()) },
  { ...open, description: 'Alertmanager webhook_configs message (version 4).' },
);

export const GrafanaWebhook = Type.Object(
  {
    ...groupFields,
    version: Type.Literal('1'),
    orgId: Type.Optional(Type.Integer()),
    state: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    message: Type.Optional(Type.String()),
    alerts: Type.Array(
      GroupedAlert({
        values: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Number()), Type.Null()])),
        valueString: Type.Optional(Type.String()),
        silenceURL: Type.Optional(Type.String()),
        dashboardURL: Type.Optional(Type.String()),
        panelURL: Type.Optional(Type.String()),
      }),
    ),
  },
  { ...open, description: 'Grafana webhook contact point message (version 1).' },
);

export const GenericWebhook = Type.Object({}, { ...open, description: 'Any JSON object; the integration\'s mapping says where the summary, dedup key, status and severity are.' });

export const PagerDutyAccepted = Type.Object(
  {
    status: Type.Literal('success'),
    message: Type.Literal('Event processed'),
    dedup_key: Text('The alert\'s dedup key; generated for a trigger that sent none'),
  },
  { description: 'Accepted and committed, exactly as PagerDuty answers.' },
);

export const PagerDutyChangeAccepted = Type.Object({ status: Type.Literal('success'), message: Type.Literal('Change event processed') }, { description: 'Accepted and committed.' });

export const PagerDutyV1Accepted = Type.Object(
  { status: Type.Literal('success'), message: Type.Literal('Event processed'), incident_key: Type.String() },
  { description: 'Accepted and committed; Events API v1 answers 200, not 202.' },
);

export const WebhookAccepted = Type.Object(
  {
    status: Type.Literal('success'),
    message: Text('e.g. "Processed 2 alerts"'),
    incidents: Type.Array(Type.Integer(), { description: 'Numbers of the incidents the message opened or touched' }),
  },
  { description: 'Accepted and committed.' },
);

export const IngestRefused = Type.Object(
  {
    status: Text('"invalid event", "Unrecognized object", "throttle event", "unavailable" or "error"'),
    message: Type.String(),
    errors: Type.Array(Type.String(), { description: 'Each problem, naming the field' }),
  },
  { description: 'PagerDuty\'s error shape, on every ingest refusal.' },
);

const refused = (description: string) => ({ ...IngestRefused, description });

/** Answers every ingest route may give besides its success. */
const COMMON_REFUSALS = {
  400: refused('The body is not JSON or the event is invalid; not retried by senders, so only what the wire format requires is refused'),
  503: refused('The database cannot be reached; nothing was stored. Retry after Retry-After seconds'),
};

const ingestDocs = { tags: ['ingest'], security: [] as Record<string, string[]>[] };

export const PAGERDUTY_V2_SCHEMA = {
  ...ingestDocs,
  summary: 'PagerDuty Events API v2: trigger, acknowledge or resolve an alert',
  body: PagerDutyV2Event,
  response: { 202: PagerDutyAccepted, ...COMMON_REFUSALS, 429: refused('More events a minute than the integration allows; retry after Retry-After seconds') },
};

export const PAGERDUTY_CHANGE_SCHEMA = {
  ...ingestDocs,
  summary: 'PagerDuty change event (a deploy); never opens an incident',
  body: PagerDutyChangeEvent,
  response: { 202: PagerDutyChangeAccepted, ...COMMON_REFUSALS, 429: refused('More events a minute than the integration allows; retry after Retry-After seconds') },
};

export const PAGERDUTY_V1_SCHEMA = {
  ...ingestDocs,
  summary: 'PagerDuty Events API v1 (service_key)',
  body: PagerDutyV1Event,
  response: { 200: PagerDutyV1Accepted, ...COMMON_REFUSALS, 403: refused('More events a minute than the integration allows (PagerDuty v1\'s code); retry later') },
};

const WEBHOOK_BODIES = { alertmanager: AlertmanagerWebhook, grafana: GrafanaWebhook, webhook: GenericWebhook } as const;
const WEBHOOK_SUMMARIES = {
  alertmanager: 'Alertmanager webhook: one incident per Alertmanager group, its alerts kept apart by fingerprint',
  grafana: 'Grafana webhook contact point: one incident per alert group',
  webhook: 'Any JSON, read through the integration\'s field mapping',
} as const;

/** A webhook route's schema; `withKey` for the variant with the integration key in the path. */
export function webhookSchema(name: keyof typeof WEBHOOK_BODIES, withKey: boolean) {
  return {
    ...ingestDocs,
    summary: withKey ? WEBHOOK_SUMMARIES[name] : `${WEBHOOK_SUMMARIES[name]} (key as "Authorization: Bearer <key>")`,
    ...(withKey ? { params: Type.Object({ key: Text(`The integration key of ${withArticle(name)} integration`) }) } : {}),
    body: WEBHOOK_BODIES[name],
    response: {
      202: WebhookAccepted,
      ...COMMON_REFUSALS,
      ...(withKey ? { 404: refused('No integration has this key') } : { 401: refused('No key was sent, or the bearer token is not an integration key') }),
      413: refused('The body is larger than 512 KB'),
      429: refused('More events a minute than the integration allows; retry after Retry-After seconds'),
    },
  };
}
