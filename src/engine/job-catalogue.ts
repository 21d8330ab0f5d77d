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
  /** A status update's reminder for one cycle of an incident's cadence: due, late or escalate. */
  'update.remind': { readonly incidentId: string; readonly cycle: number; readonly stage: 'due' | 'late' | 'escalate' };
  /** Remind an action item's owner of its due date (postmortems/action-reminders.ts). */
  'action.remind': { readonly actionItemId: string; readonly dueDate: string; readonly stage: string };
  /** A silence or maintenance occurrence ended: re-admit the still-firing alerts it held (alerts/holds.ts). */
  'hold.release': { readonly ref: string; readonly at: number };
  /** An incident's response target passes: breached if still unanswered (response/response-target.ts). */
  'target.breach': { readonly incidentId: string; readonly respondBy: number };
  /** A maintenance window's occurrence starts or ends: pause or resume escalation, write the next occurrence (noise/maintenance.ts). */
  'maint.boundary': { readonly windowId: string; readonly occurrence: number; readonly edge: 'start' | 'end' };
  /** A flapping alert may have settled: stable for the window, its incident resolves or stays open (alerts/flap-settle.ts). */
  'flap.settle': { readonly serviceId: string; readonly dedupKey: string; readonly settleAt: number };
  /** A heartbeat's deadline: miss (open its alert) unless a ping moved the deadline, then wait for the new one (heartbeats/). */
  'hb.check': { readonly heartbeatId: string; readonly deadline: number };
  /** Tell an incident's paged responders which alerts joined it during one grouping interval (alerts/group-updates.ts). */
  'group.update': { readonly incidentId: string; readonly slot: number };
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
  'update.remind': { maxAttempts: 10 },
  'action.remind': { maxAttempts: 10 },
  'hold.release': { maxAttempts: 10 },
  'target.breach': { maxAttempts: 10 },
  'maint.boundary': { maxAttempts: 10 },
  'flap.settle': { maxAttempts: 10 },
  'hb.check': { maxAttempts: 10 },
  'group.update': { maxAttempts: 10 },
};

export const JOB_KINDS = Object.keys(JOB_CATALOGUE) as JobKind[];

/**
 * Each job's key, from what makes it that job and no other: writing a key twice is harmless
 * (docs/ARCHITECTURE.md, The engine), so these strings are what exactly-once rests on. Stored in
 * `jobs.key`: changing one orphans the pending jobs written with the old form.
 */
export const jobKeys = {
  escalationStep: (incidentId: string, step: { readonly round: number; readonly level: number }) => `escalate:${incidentId}:${step.round}:${step.level}`,
  notifyRule: (pageId: string, contactMethodId: string, delayMs: number) => `notify:${pageId}:${contactMethodId}:${delayMs}`,
  notifyFlush: (contactMethodId: string, runAt: number) => `notify:flush:${contactMethodId}:${runAt}`,
  notifySend: (bundleId: string) => `notify:send:${bundleId}`,
  notifyEvent: (deliveryId: string) => `notify:event:${deliveryId}`,
  /** A post sent again by hand: a new job beside the finished one. */
  notifyEventRetry: (deliveryId: string, at: number) => `notify:event:${deliveryId}:retry:${at}`,
  updateRemind: (incidentId: string, cycle: number, stage: string) => `update:${incidentId}:${cycle}:${stage}`,
  /** One reminder of an action item for one due date; a new due date makes new keys. */
  actionRemind: (actionItemId: string, dueDate: string, stage: string) => `action:${actionItemId}:${dueDate}:${stage}`,
  /** The end of one hold at one time: moving the end writes a new job; the old one finds nothing held by it. */
  holdRelease: (ref: string, at: number) => `release:${ref}:${at}`,
  /** One response target of one incident: a severity change moves `respond_by` and writes a new key. */
  targetBreach: (incidentId: string, respondBy: number) => `breach:${incidentId}:${respondBy}`,
  /** One edge of one occurrence of a maintenance window; an edited window rewrites its pending edges. */
  maintBoundary: (windowId: string, occurrence: number, edge: 'start' | 'end') => `maint:${windowId}:${occurrence}:${edge}`,
  /** Snooze style: a change moves the row's settle time, and the job due at the old one writes the next. */
  flapSettle: (serviceId: string, dedupKey: string, settleAt: number) => `flap:${serviceId}:${dedupKey}:${settleAt}`,
  /** One deadline of one heartbeat: a ping that moves the deadline makes the next check write a new key. */
  heartbeatCheck: (heartbeatId: string, deadline: number) => `hb:${heartbeatId}:${deadline}`,
  /** One interval's update of a grouped incident: alerts joining within the same slot share it. */
  groupUpdate: (incidentId: string, slot: number) => `group.update:${incidentId}:${slot}`,
} as const;
