import { isVigilError } from '../core/errors.js';
import type { IncidentService } from '../incidents/incident-service.js';

export interface ResponseOutcome {
  readonly number: number | null;
  readonly done: boolean;
  /** Why nothing changed: already acknowledged, resolved, unknown. */
  readonly note: string | null;
}

/**
 * Acknowledges or resolves incidents for the person who answered a page (link, SMS reply, key
 * press, Slack button). An incident someone else already handled is reported, not an error.
 */
export async function respondAsUser(
  incidents: IncidentService,
  userId: string,
  incidentIds: readonly string[],
  action: 'acknowledge' | 'resolve',
  via: string,
): Promise<ResponseOutcome[]> {
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
  return outcomes;
}

export function describeOutcomes(action: 'acknowledge' | 'resolve', outcomes: readonly ResponseOutcome[]): string {
  const verb = action === 'acknowledge' ? 'Acknowledged' : 'Resolved';
  const done = outcomes.filter((o) => o.done).map((o) => `#${o.number}`);
  const skipped = outcomes.filter((o) => !o.done).map((o) => `#${o.number ?? '?'} ${o.note ?? ''}`.trim());
  return [done.length ? `${verb} ${done.join(', ')}.` : '', skipped.length ? `Not changed: ${skipped.join('; ')}.` : ''].filter(Boolean).join(' ') || 'Nothing to do.';
}
