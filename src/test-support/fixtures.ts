import { readFileSync } from 'node:fs';

// Requests captured from a real Alertmanager 0.25.0, kept in the repository (test/fixtures) so a
// clone alone runs every test. Two record shapes exist:
//   top level: { method, url, headers (lower-case), body: <parsed JSON> }
//   lab/:      { n, t?, path, headers? (Title-Case), status_returned?, body: "<raw JSON>\n" }
export const ALERTMANAGER_FIXTURES = new URL('../../test/fixtures/alertmanager-0.25/', import.meta.url);

/** The JSON body of a captured request (`lab/…` records keep it as raw text). */
export function capturedBody(file: string): Record<string, unknown> {
  const record = JSON.parse(readFileSync(new URL(file, ALERTMANAGER_FIXTURES), 'utf8')) as { body: unknown };
  return (typeof record.body === 'string' ? JSON.parse(record.body) : record.body) as Record<string, unknown>;
}
