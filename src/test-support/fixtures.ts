import { readFileSync } from 'node:fs';

// Requests captured from a real Alertmanager 0.25.0. `../shared` sits beside the repository
// root, here and in CI.
const FIXTURES = new URL('../../../shared/fixtures/alertmanager-0.25/', import.meta.url);

/** The JSON body of a captured request (`lab/…` records keep it as raw text). */
export function capturedBody(file: string): Record<string, unknown> {
  const record = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as { body: unknown };
  return (typeof record.body === 'string' ? JSON.parse(record.body) : record.body) as Record<string, unknown>;
}
