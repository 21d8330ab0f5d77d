import type { Kysely } from 'kysely';
import { atLeast, minimumRole, type Role } from '../access/roles.js';
import type { Schema } from '../core/db/schema.js';
import { assertNever, isVigilError } from '../core/errors.js';
import type { IncidentService } from '../incidents/incident-service.js';

export interface ResponseOutcome {
  readonly number: number | null;
  readonly done: boolean;
  /** Why nothing changed: already acknowledged, resolved, unknown. */
  readonly note: string | null;
}

export type PageResponse =
  /** The person may not act (any more): nothing was changed. */
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'answered'; readonly outcomes: readonly ResponseOutcome[] };

/** Answering a page acknowledges or resolves, which through the API needs a `write` route's role. */
const ROLE_TO_ANSWER: Role = minimumRole('write');

const GERUND = { acknowledge: 'acknowledging', resolve: 'resolving' } as const;

/**
 * Acknowledges or resolves incidents for the person who answered a page (link, SMS reply, key
 * press, Slack button). An incident someone else already handled is reported, not an error.
 *
 * A page outlives its recipient's role: the link, reply code or button still works after they
 * are demoted or removed. So the role is read now, as the API would for a request, and someone
 * who could not acknowledge through the API cannot through a page either.
 */
export async function respondAsUser(
  db: Kysely<Schema>,
  incidents: IncidentService,
  userId: string,
  incidentIds: readonly string[],
  action: 'acknowledge' | 'resolve',
  via: string,
): Promise<PageResponse> {
  return (await refusalToAnswer(db, userId, action)) ?? answerAs(incidents, userId, incidentIds, action, via);
}

/** Acknowledges or resolves for someone already found allowed to (`refusalToAnswer`). */
export async function answerAs(
  incidents: IncidentService,
  userId: string,
  incidentIds: readonly string[],
  action: 'acknowledge' | 'resolve',
  via: string,
): Promise<PageResponse> {
  const outcomes: ResponseOutcome[] = [];
  for (const id of incidentIds) {
    try {
      const view = action === 'acknowledge' ? await incidents.acknowledge(id, `user:${userId}`, `via ${via}`) : await incidents.resolve(id, `user:${userId}`, `via ${via}`);
      outcomes.push({ number: view.number, done: true, note: null });
    } catch (error) {
      if (!isVigilError(error)) throw error;
      const number = await incidents.get(id).then((v) => v.number, () => null);
      outcomes.push({ number, done: false, note: error.code === 'VIGIL_ILLEGAL_TRANSITION' ? `already ${String(error.details?.status ?? 'handled')}` : error.message });
    }
  }
  return { kind: 'answered', outcomes };
}

/** Why this person may not answer a page now (removed, or demoted below responder), or null when they may. */
export async function refusalToAnswer(db: Kysely<Schema>, userId: string, action: 'acknowledge' | 'resolve'): Promise<Extract<PageResponse, { kind: 'refused' }> | null> {
  const user = await db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
  if (!user) return { kind: 'refused', reason: 'the person this page went to is no longer a Vigil user' };
  if (!atLeast(user.role, ROLE_TO_ANSWER)) {
    return { kind: 'refused', reason: `your Vigil role is now ${user.role}, and ${GERUND[action]} needs ${ROLE_TO_ANSWER}; ask an admin, or answer in Vigil` };
  }
  return null;
}

/** One line for the person, in whichever channel they answered from. */
export function describeResponse(action: 'acknowledge' | 'resolve', response: PageResponse): string {
  switch (response.kind) {
    case 'refused':
      return `Not ${action === 'acknowledge' ? 'acknowledged' : 'resolved'}: ${response.reason}.`;
    case 'answered':
      return describeOutcomes(action, response.outcomes);
    default:
      return assertNever(response, 'page response');
  }
}

function describeOutcomes(action: 'acknowledge' | 'resolve', outcomes: readonly ResponseOutcome[]): string {
  const verb = action === 'acknowledge' ? 'Acknowledged' : 'Resolved';
  const done = outcomes.filter((o) => o.done).map((o) => `#${o.number}`);
  const skipped = outcomes.filter((o) => !o.done).map((o) => `#${o.number ?? '?'} ${o.note ?? ''}`.trim());
  return [done.length ? `${verb} ${done.join(', ')}.` : '', skipped.length ? `Not changed: ${skipped.join('; ')}.` : ''].filter(Boolean).join(' ') || 'Nothing to do.';
}
