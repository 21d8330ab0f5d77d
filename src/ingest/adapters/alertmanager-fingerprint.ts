import { createHash } from 'node:crypto';

const FNV_OFFSET = 14695981039346656037n;
const FNV_PRIME = 1099511628211n;
const MASK_64 = (1n << 64n) - 1n;
const SEPARATOR = 0xff;

/**
 * Alertmanager's alert fingerprint (`prometheus/common` model.LabelSet.Fingerprint, PROTOCOLS
 * §3.3): FNV-1a 64 over the label names in sorted order, each name and value followed by 0xFF,
 * printed as 16 lower-case hex digits. Needed when a body lacks `fingerprint`; Grafana computes
 * its own over labels it strips from the body, so a Grafana fingerprint cannot be recomputed.
 */
export function alertFingerprint(labels: Readonly<Record<string, string>>): string {
  const encoder = new TextEncoder();
  let hash = FNV_OFFSET;
  const add = (byte: number) => {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  };
  // Go sorts label names by byte order; JS's default sort compares UTF-16 units, which agrees
  // for the ASCII names Prometheus allows and differs only for rare astral-plane names.
  for (const name of Object.keys(labels).sort()) {
    for (const byte of encoder.encode(name)) add(byte);
    add(SEPARATOR);
    for (const byte of encoder.encode(labels[name] ?? '')) add(byte);
    add(SEPARATOR);
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The dedup key Alertmanager's and Grafana's PagerDuty notifiers send for a group: SHA-256 of
 * the group key as 64 hex digits (`notify.Key.Hash`). Lets a webhook group be matched with the
 * same group arriving through the PagerDuty integration.
 */
export function groupKeyHash(groupKey: string): string {
  return createHash('sha256').update(groupKey, 'utf8').digest('hex');
}
