import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../access/http-auth.js';
import type { Principal } from '../access/roles.js';
import { VigilError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import { ContactService } from '../notify/contact-service.js';
import { parseTarget } from './escalation-policy.js';
import { OnCallOutlook, OnCallOutlookQuery, errors } from './oncall-schemas.js';
import { onCallOutlook, type OnCallOutlook as Outlook } from './oncall-outlook.js';
import type { UserRef } from './oncall-service.js';

/** Whose contact methods a caller may see: the rule of GET /users/{id}/contact-methods. */
function mayReadContacts(principal: Principal, userId: string): boolean {
  return principal.role === 'admin' || principal.userId === userId;
}

/** Everyone the outlook names as on call now or next, once each, in the order met. */
function peopleIn(outlook: Outlook): UserRef[] {
  const seen = new Map<string, UserRef>();
  const add = (user: UserRef | null) => {
    if (user !== null && !seen.has(user.id)) seen.set(user.id, user);
  };
  for (const s of outlook.schedules) {
    add(s.now);
    add(s.next);
  }
  for (const p of outlook.escalation_policies) for (const l of p.levels) for (const t of l.targets) add(t.now);
  return [...seen.values()];
}

/**
 * `GET /oncall/outlook`: who is on call now, until when, and next, per schedule and per
 * escalation-policy level, with the contact methods the caller may see. One call answers the
 * console's On call page and schedule list instead of one per schedule.
 */
export function onCallRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  const contacts = new ContactService(runtime);
  return async (app) => {
    app.get('/oncall/outlook', {
      config: { access: 'read' },
      schema: {
        tags: ['on-call'],
        summary: 'Who is on call now (or at `at`), until when and next, per schedule and per escalation policy level, with the contact methods you may see',
        querystring: OnCallOutlookQuery,
        response: { 200: OnCallOutlook, ...errors },
      },
    }, async (request) => {
      const at = request.query.at === undefined ? runtime.clock.now() : Date.parse(request.query.at);
      const principal = principalOf(request);
      const outlook = await onCallOutlook(runtime, at, principal.userId === null ? {} : { forUser: principal.userId });
      const bySchedule = new Map(outlook.schedules.map((s) => [s.schedule.id, s]));
      const visible = peopleIn(outlook).filter((user) => mayReadContacts(principal, user.id));
      return {
        at: outlook.at,
        schedules: [...outlook.schedules],
        yours: [...(outlook.yours ?? [])],
        escalation_policies: outlook.escalation_policies.map((p) => ({
          policy: p.policy,
          levels: p.levels.map((l) => ({
            position: l.position,
            escalate_after: l.escalate_after,
            targets: l.targets.map((t) => {
              const parsed = parseTarget(t.target);
              const kind = parsed?.kind === 'schedule' ? 'schedule' as const : 'user' as const;
              const id = parsed?.id ?? t.target;
              const schedule = kind === 'schedule' ? bySchedule.get(id) : undefined;
              return {
                target: t.target,
                kind,
                id,
                name: schedule?.schedule.name ?? (kind === 'user' ? t.now?.name : undefined) ?? id,
                now: t.now,
                // The run of the person on call, not the current shift only: see ScheduleOnCall.until.
                until: schedule ? schedule.until : null,
                next: t.next,
                next_from: t.next_from,
              };
            }),
          })),
        })),
        contacts: (await Promise.all(visible.map(async (user) => {
          const methods = await contacts.list(user.id).catch((error: unknown) => {
            // A shift can outlive its person (deleted since); they have no methods to show.
            if (error instanceof VigilError && error.code === 'VIGIL_USER_NOT_FOUND') return null;
            throw error;
          });
          return methods === null ? [] : [{ user, contact_methods: methods.map(({ id, type, address, name, verified, disabled }) => ({ id, type, address, name, verified, disabled })) }];
        }))).flat(),
      };
    });
  };
}
