import { describe, expect, it } from 'vitest';
import { readServeSettings } from './env.js';
import { OutboundPolicy } from './outbound.js';

describe('readServeSettings', () => {
  it('defaults to SQLite under ./data on 127.0.0.1:8080', () => {
    const result = readServeSettings({});
    expect(result).toEqual({
      ok: true,
      settings: {
        port: 8080,
        host: '127.0.0.1',
        databaseUrl: './data/vigil.db',
        configFile: null,
        publicUrl: 'http://127.0.0.1:8080',
        adminToken: null,
        secret: null,
        logLevel: 'info',
        jobLeaseMs: null,
        outbound: OutboundPolicy.strict(),
      },
    });
  });

  it('reports every bad variable at once with a message for each', () => {
    const result = readServeSettings({
      VIGIL_PORT: '80a',
      VIGIL_DATABASE_URL: 'mysql://x@y/z',
      VIGIL_CONFIG: '/nonexistent/vigil.yaml',
      VIGIL_PUBLIC_URL: 'ftp://example.com',
      VIGIL_ADMIN_TOKEN: 'short',
      VIGIL_SECRET: 'too-short',
      VIGIL_LOG_LEVEL: 'loud',
      VIGIL_OUTBOUND_ALLOW: '10.0.0.0/8,10.0.0.0/99',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.variable)).toEqual([
      'VIGIL_PORT',
      'VIGIL_DATABASE_URL',
      'VIGIL_CONFIG',
      'VIGIL_PUBLIC_URL',
      'VIGIL_ADMIN_TOKEN',
      'VIGIL_SECRET',
      'VIGIL_LOG_LEVEL',
      'VIGIL_OUTBOUND_ALLOW',
    ]);
    expect(result.problems[0]?.message).toMatch(/not a TCP port/);
    expect(result.problems[5]?.message).toMatch(/at least 32 characters \(it has 9\)/);
    expect(result.problems[7]?.message).toMatch(/^"10.0.0.0\/99" is not a CIDR network/);
  });

  it('rejects a port above 65535', () => {
    const result = readServeSettings({ VIGIL_PORT: '70000' });
    expect(result.ok).toBe(false);
  });

  it('derives the public URL from host and port and strips a trailing slash from a given one', () => {
    const derived = readServeSettings({ VIGIL_PORT: '9090', VIGIL_HOST: '0.0.0.0' });
    expect(derived.ok && derived.settings.publicUrl).toBe('http://127.0.0.1:9090');
    const given = readServeSettings({ VIGIL_PUBLIC_URL: 'https://vigil.example.com/' });
    expect(given.ok && given.settings.publicUrl).toBe('https://vigil.example.com');
  });

  it('reads the outbound allow-list', () => {
    const result = readServeSettings({ VIGIL_OUTBOUND_ALLOW: '127.0.0.1, 10.0.0.0/8,hooks.internal.example' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.outbound.text).toBe('127.0.0.1,10.0.0.0/8,hooks.internal.example');
    expect(result.settings.outbound.checkUrl('http://10.9.9.9/x')).toBeNull();
    expect(result.settings.outbound.checkUrl('http://192.168.0.1/x')?.range).toBe('private');
  });
});
