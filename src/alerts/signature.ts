import { createHash } from 'node:crypto';

/** What an alert's signature is computed from: the fields that name the kind of problem. */
export interface SignatureFields {
  readonly summary: string | null;
  readonly dedupKey: string;
  readonly class: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Hex runs of 6 or more with at least one digit: pod hashes, commit ids, request ids. */
const HEX = /\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/**
 * A summary with what differs between repeats of the same problem masked: `disk 91% full on
 * db-7` and `disk 97% full on db-2` are one problem. Lowercased first, so hex is found in
 * any case; UUIDs before hex, hex before numbers, so each is masked whole.
 */
export function maskSummary(summary: string): string {
  return summary.toLowerCase().replace(UUID, '<uuid>').replace(HEX, '<hex>').replace(NUMBER, '<n>').replace(/\s+/g, ' ').trim();
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The kind of problem an alert reports on a service, as a short digest: the sender's alert
 * name (`labels.alertname`, else `details.alertname`), else its class, else its summary masked.
 * Computed once when the alert is created; incidents sharing one are repeats of each other.
 */
export function alertSignature(serviceId: string, fields: SignatureFields): string {
  const name = text(fields.labels['alertname']) ?? text(fields.details['alertname']) ?? text(fields.class);
  const basis = name !== null ? `name:${name}` : `summary:${maskSummary(fields.summary ?? fields.dedupKey)}`;
  return createHash('sha256').update(`${serviceId}\n${basis}`).digest('hex').slice(0, 32);
}
