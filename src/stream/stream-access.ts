import type { Principal } from '../access/roles.js';
import type { IncidentView } from '../incidents/incident-view.js';

/**
 * Whether a stream's viewer may see a change to this incident. Every role may read every
 * incident today (`GET /api/v1/incidents` is `read`), so every viewer sees every change; the
 * one place to narrow it (by team, by service) when reading incidents narrows.
 */
export function streamMaySee(_viewer: Principal, _incident: IncidentView): boolean {
  return true;
}
