/** Pure wire-format adapters: each turns one sender's body into AlertBatch / ChangeEvent. */
export { parsePagerDutyV2 } from './pagerduty-v2.js';
export { parsePagerDutyChange, type PagerDutyChangeResult } from './pagerduty-change.js';
export { parsePagerDutyV1 } from './pagerduty-v1.js';
export { invalidEvent, unrecognizedObject, type PagerDutyError, type PagerDutyOptions, type PagerDutyResult } from './pagerduty-error.js';
export { parseAlertmanagerWebhook, type AlertmanagerWebhookResult } from './alertmanager-webhook.js';
export { alertFingerprint, groupKeyHash } from './alertmanager-fingerprint.js';
export { alertmanagerSubject, detectGroupWebhookSender } from './alert-group-message.js';
export {
  GRAFANA_SIGNATURE_HEADERS,
  isGrafanaTestMessage,
  parseGrafanaWebhook,
  verifyGrafanaSignature,
  type GrafanaSignatureOptions,
  type GrafanaWebhookResult,
  type SignatureCheck,
} from './grafana-webhook.js';
export {
  DEFAULT_GENERIC_MAPPING,
  GenericMappingSchema,
  parseGenericWebhook,
  valueAtPath,
  type GenericMapping,
  type GenericWebhookOptions,
  type GenericWebhookResult,
} from './generic-webhook.js';
export { parseTimestamp } from './wire-fields.js';
