import { describe, expect, it } from 'vitest';
import { alertFingerprint, groupKeyHash } from './alertmanager-fingerprint.js';

const decimal = (hex: string) => BigInt(`0x${hex}`).toString();

// Vectors from PROTOCOLS §3.3 (prometheus/common signature_test.go and the live 0.25.0 capture).
describe('alertFingerprint', () => {
  it('hashes the empty label set to the FNV-1a offset basis', () => {
    expect(decimal(alertFingerprint({}))).toBe('14695981039346656037');
  });

  it('matches the prometheus/common signature test vector', () => {
    expect(decimal(alertFingerprint({ name: 'garland, briggs', fear: 'love is not enough' }))).toBe('5799056148416392346');
  });

  it('matches the fingerprints Alertmanager 0.25 sent', () => {
    const labels = { alertname: 'HighErrorRate', instance: 'api-1:9090', job: 'myjob', severity: 'critical', team: 'payments' };
    expect(alertFingerprint(labels)).toBe('050959f74ef86295');
    expect(alertFingerprint({ ...labels, instance: 'api-2:9090' })).toBe('d7767434fd0f08bc');
  });

  it('does not depend on the order labels arrive in', () => {
    expect(alertFingerprint({ b: '2', a: '1' })).toBe(alertFingerprint({ a: '1', b: '2' }));
  });

  it('prints 16 hex digits, keeping leading zeros', () => {
    expect(alertFingerprint({ alertname: 'HighErrorRate', instance: 'api-1:9090', job: 'myjob', severity: 'critical', team: 'payments' })).toMatch(/^0[0-9a-f]{15}$/);
  });
});

describe('groupKeyHash', () => {
  it("reproduces Alertmanager's PagerDuty dedup keys", () => {
    expect(groupKeyHash('{}:{alertname="HighErrorRate"}')).toBe('cbc7a356b874c7d0332c73753d5082204bea3c18a5cb2a9a50e75f6687ffb86b');
    expect(groupKeyHash('{}/{team="payments"}:{alertname="HighErrorRate"}')).toBe('6b7c790fb52db48458fffc37809172125d5b79895f4c5460fca5883e28491c36');
  });
});
