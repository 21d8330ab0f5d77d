/**
 * Every kind of durable job, with its payload type and retry policy. A handler is registered
 * per kind; adding a kind here makes a missing handler a start-up error.
 */
export interface JobPayloads {
  /** Run one escalation step: page the level's targets and schedule the next step. */
  'escalation.step': { readonly incidentId: string; readonly round: number; readonly level: number };
}

export type JobKind = keyof JobPayloads;
export type JobPayload<K extends JobKind> = JobPayloads[K];

export interface JobPolicy {
  /** Attempts before the job is dead-lettered. */
  readonly maxAttempts: number;
}

export const JOB_CATALOGUE: { readonly [K in JobKind]: JobPolicy } = {
  'escalation.step': { maxAttempts: 10 },
};

export const JOB_KINDS = Object.keys(JOB_CATALOGUE) as JobKind[];
