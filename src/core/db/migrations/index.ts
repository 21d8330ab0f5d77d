import type { Migration } from 'kysely';
import * as foundation from './001-foundation.js';
import * as alerts from './002-alerts.js';
import * as oncall from './003-oncall.js';
import * as notify from './004-notify.js';
import * as access from './005-access.js';
import * as integrationKeyDigest from './006-integration-key-digest.js';
import * as deliveryBundleIndex from './007-delivery-bundle-index.js';
import * as serviceGrouping from './008-service-grouping.js';
import * as emailUnique from './009-email-unique.js';
import * as inboundReplays from './010-inbound-replays.js';
import * as verificationDeliveryIndex from './011-verification-delivery-index.js';
import * as pushContactMethods from './012-push-contact-methods.js';
import * as runbooks from './013-runbooks.js';
import * as response from './014-response.js';
import * as learning from './015-learning.js';
import * as noiseState from './016-noise-state.js';
import * as alertNoise from './017-alert-noise.js';
import * as silencesMaintenance from './018-silences-maintenance.js';
import * as heartbeatsMerge from './019-heartbeats-merge.js';
import * as analytics from './020-analytics.js';
import * as analyticsFacts from './021-analytics-facts.js';
import * as serviceOpenAlerts from './022-service-open-alerts.js';
import * as oneSignatureIndex from './023-one-signature-index.js';

/**
 * Every migration, in order. Listed in code rather than read from a folder so the same set runs
 * from TypeScript sources and from the compiled build.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-foundation': foundation,
  '002-alerts': alerts,
  '003-oncall': oncall,
  '004-notify': notify,
  '005-access': access,
  '006-integration-key-digest': integrationKeyDigest,
  '007-delivery-bundle-index': deliveryBundleIndex,
  '008-service-grouping': serviceGrouping,
  '009-email-unique': emailUnique,
  '010-inbound-replays': inboundReplays,
  '011-verification-delivery-index': verificationDeliveryIndex,
  '012-push-contact-methods': pushContactMethods,
  '013-runbooks': runbooks,
  '014-response': response,
  '015-learning': learning,
  '016-noise-state': noiseState,
  '017-alert-noise': alertNoise,
  '018-silences-maintenance': silencesMaintenance,
  '019-heartbeats-merge': heartbeatsMerge,
  '020-analytics': analytics,
  '021-analytics-facts': analyticsFacts,
  '022-service-open-alerts': serviceOpenAlerts,
  '023-one-signature-index': oneSignatureIndex,
};
