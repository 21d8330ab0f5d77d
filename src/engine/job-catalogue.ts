/**
 * Every kind of durable job, with its payload type and retry policy. A handler is registered
 * per kind; adding a kind here makes a missing handler a start-up error.
 */
export interface JobPayloads {
  /** Run one escalation step: page the level's targets and schedule the next step. */
  'escalation.step': { readonly incidentId: string; readonly round: number; readonly level: number };
  /** A notification rule comes due for a page: queue a delivery to its contact method. */
  'notify.rule': { readonly pageId: string; readonly contactMethodId: string };
  /** Gather what is queued for a contact method (a bundle, if several) once its throttle allows. */
  'notify.flush': { readonly contactMethodId: string };
  /** Send one bundle of deliveries through its provider. */
  'notify.send': { readonly bundleId: string };
  /** Post an incident event to a team's channel or webhook. */
  'notify.event': { readonly deliveryId: string };
}

export type JobKind = keyof JobPayloads;
export type JobPayload<K extends JobKind> = JobPayloads[K];

export interface JobPolicy {
  /** Attempts before the job is dead-lettered. */
  readonly maxAttempts: number;
}

export const JOB_CATALOGUE: { readonly [K in JobKind]: JobPolicy } = {
  'escalation.step': { maxAttempts: 10 },
  'notify.rule': { maxAttempts: 10 },
  'notify.flush': { maxAttempts: 10 },
  // 1 s, 2 s, 4 s … capped at 5 min: about 20 minutes of trying before a send is given up.
  'notify.send': { maxAttempts: 12 },
  'notify.event': { maxAttempts: 12 },
};

export const JOB_KINDS = Object.keys(JOB_CATALOGUE) as JobKind[];
