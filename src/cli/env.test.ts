import { describe, expect, it } from 'vitest';
import { readServeSettings } from './env.js';
import { OutboundPolicy } from '../core/outbound.js';
import { generateVapidKeys } from '../notify/vapid-keys.js';

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
        oidc: null,
        sessions: { idleMs: 12 * 3_600_000, maxMs: 7 * 86_400_000 },
        tls: null,
        trustProxy: [],
        vapid: null,
        vapidSubject: null,
      },
    });
  });

  it('blames only VIGIL_PORT for a bad port, not the VIGIL_PUBLIC_URL nobody set', () => {
    const result = readServeSettings({ VIGIL_PORT: 'http' });
    expect(result.ok ? [] : result.problems).toEqual([{ variable: 'VIGIL_PORT', message: '"http" is not a TCP port; use a whole number from 1 to 65535 (0 picks a free port)' }]);
    const both = readServeSettings({ VIGIL_PORT: 'http', VIGIL_PUBLIC_URL: 'vigil.example.com' });
    expect(both.ok ? [] : both.problems.map((p) => p.variable)).toEqual(['VIGIL_PORT', 'VIGIL_PUBLIC_URL']);
  });

  it('serves HTTPS only with both a certificate and a key it can read, and defaults the public URL to https', () => {
    const files = readServeSettings({ VIGIL_TLS_CERT: 'package.json', VIGIL_TLS_KEY: 'README.md' });
    expect(files.ok && files.settings).toMatchObject({ tls: { certFile: 'package.json', keyFile: 'README.md' }, publicUrl: 'https://127.0.0.1:8080' });
    const half = readServeSettings({ VIGIL_TLS_CERT: 'package.json' });
    expect(half.ok ? [] : half.problems).toEqual([
      { variable: 'VIGIL_TLS_KEY', message: 'is unset but VIGIL_TLS_CERT is set; HTTPS needs both the certificate (VIGIL_TLS_CERT) and its private key (VIGIL_TLS_KEY), as PEM files' },
    ]);
    const missing = readServeSettings({ VIGIL_TLS_CERT: '/nonexistent/vigil.crt', VIGIL_TLS_KEY: 'src' });
    expect(missing.ok ? [] : missing.problems).toEqual([
      { variable: 'VIGIL_TLS_CERT', message: 'cannot read a file at "/nonexistent/vigil.crt"; point it at a PEM certificate (chain) this user may read' },
      { variable: 'VIGIL_TLS_KEY', message: 'cannot read a file at "src"; point it at the PEM private key this user may read' },
    ]);
  });

  it('reads the trusted proxies as addresses and CIDR networks, refusing anything else in one line', () => {
    const set = readServeSettings({ VIGIL_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8, ::1' });
    expect(set.ok && set.settings.trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1']);
    const bad = readServeSettings({ VIGIL_TRUST_PROXY: 'true,10.0.0.0/99,proxy.internal' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      { variable: 'VIGIL_TRUST_PROXY', message: '"true", "10.0.0.0/99", "proxy.internal" are not addresses or CIDR networks; list the proxies in front of Vigil separated by commas, e.g. 127.0.0.1,10.0.0.0/8' },
    ]);
  });

  it('reads a VAPID key pair and subject, refusing half a pair, keys of another shape or pair, and other subjects', () => {
    const pair = generateVapidKeys();
    const set = readServeSettings({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey, VIGIL_VAPID_PRIVATE_KEY: pair.privateKey, VIGIL_VAPID_SUBJECT: 'mailto:ops@example.com' });
    expect(set.ok && [set.settings.vapid, set.settings.vapidSubject]).toEqual([pair, 'mailto:ops@example.com']);
    const problems = (env: Record<string, string>) => {
      const read = readServeSettings(env);
      return read.ok ? [] : read.problems.map((p) => `${p.variable} ${p.message}`);
    };
    expect(problems({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey })).toEqual([
      'VIGIL_VAPID_PRIVATE_KEY is unset but VIGIL_VAPID_PUBLIC_KEY is set; give both halves of one VAPID key pair, or neither (Vigil then keeps a pair in its database)',
    ]);
    expect(problems({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey, VIGIL_VAPID_PRIVATE_KEY: generateVapidKeys().privateKey })).toEqual([
      'VIGIL_VAPID_PUBLIC_KEY is not the public key of VIGIL_VAPID_PRIVATE_KEY; set both from one pair',
    ]);
    expect(problems({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey.slice(0, 44), VIGIL_VAPID_PRIVATE_KEY: pair.privateKey })[0]).toMatch(/^VIGIL_VAPID_PUBLIC_KEY decodes to 33 bytes; it must be the uncompressed P-256 point/);
    expect(problems({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey, VIGIL_VAPID_PRIVATE_KEY: `${pair.privateKey}==` })[0]).toMatch(/^VIGIL_VAPID_PRIVATE_KEY is not base64url/);
    expect(problems({ VIGIL_VAPID_SUBJECT: 'http://vigil.example.com' })).toEqual([
      'VIGIL_VAPID_SUBJECT "http://vigil.example.com" is not a mailto: address or an https: URL; push services use it to reach whoever runs this Vigil, e.g. mailto:ops@example.com',
    ]);
    // Neither problem prints a key.
    expect(problems({ VIGIL_VAPID_PUBLIC_KEY: pair.publicKey, VIGIL_VAPID_PRIVATE_KEY: generateVapidKeys().privateKey }).join()).not.toContain(pair.publicKey);
  });

  it('reads session lengths, refusing ones under a minute and an idle time past the maximum', () => {
    const set = readServeSettings({ VIGIL_SESSION_IDLE: '30m', VIGIL_SESSION_MAX: '1d' });
    expect(set.ok && set.settings.sessions).toEqual({ idleMs: 1_800_000, maxMs: 86_400_000 });
    const bad = readServeSettings({ VIGIL_SESSION_IDLE: '10s', VIGIL_SESSION_MAX: 'forever' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.variable)).toEqual(['VIGIL_SESSION_IDLE', 'VIGIL_SESSION_MAX']);
    const inverted = readServeSettings({ VIGIL_SESSION_IDLE: '2d', VIGIL_SESSION_MAX: '1d' });
    expect(inverted.ok ? [] : inverted.problems.map((p) => p.message)).toEqual(['is longer than VIGIL_SESSION_MAX; a session cannot stay idle longer than it may last']);
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

  describe('single sign-on', () => {
    const OKTA = { VIGIL_OIDC_ISSUER: 'https://example.okta.com', VIGIL_OIDC_CLIENT_ID: 'vigil', VIGIL_OIDC_CLIENT_SECRET: 'client-secret' };

    it('fills in the redirect URL, scopes, role and label', () => {
      const result = readServeSettings({ ...OKTA, VIGIL_PUBLIC_URL: 'https://vigil.example.com/' });
      expect(result.ok && result.settings.oidc).toEqual({
        issuer: 'https://example.okta.com',
        clientId: 'vigil',
        clientSecret: 'client-secret',
        redirectUrl: 'https://vigil.example.com/api/v1/auth/oidc/callback',
        scopes: 'openid email profile',
        provision: false,
        defaultRole: 'viewer',
        name: 'single sign-on',
        allowHttp: false,
      });
      const custom = readServeSettings({ ...OKTA, VIGIL_OIDC_PROVISION: 'true', VIGIL_OIDC_DEFAULT_ROLE: 'responder', VIGIL_OIDC_NAME: 'Okta', VIGIL_OIDC_SCOPES: 'openid email' });
      expect(custom.ok && custom.settings.oidc).toMatchObject({ provision: true, defaultRole: 'responder', name: 'Okta', scopes: 'openid email' });
    });

    it('refuses half a configuration, naming what is missing', () => {
      const result = readServeSettings({ VIGIL_OIDC_ISSUER: 'https://example.okta.com', VIGIL_OIDC_PROVISION: 'true' });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => p.variable)).toEqual(['VIGIL_OIDC_CLIENT_ID', 'VIGIL_OIDC_CLIENT_SECRET']);
      expect(result.problems[0]?.message).toMatch(/half configured \(VIGIL_OIDC_ISSUER, VIGIL_OIDC_PROVISION set\)/);
      const onlyExtras = readServeSettings({ VIGIL_OIDC_NAME: 'Okta' });
      expect(!onlyExtras.ok && onlyExtras.problems.map((p) => p.variable)).toEqual(['VIGIL_OIDC_ISSUER', 'VIGIL_OIDC_CLIENT_ID', 'VIGIL_OIDC_CLIENT_SECRET']);
    });

    it('refuses bad values, and plain http except on this machine or when allowed', () => {
      const result = readServeSettings({ ...OKTA, VIGIL_OIDC_ISSUER: 'http://sso.example.com', VIGIL_OIDC_SCOPES: 'email', VIGIL_OIDC_PROVISION: 'maybe', VIGIL_OIDC_DEFAULT_ROLE: 'owner' });
      expect(!result.ok && result.problems.map((p) => p.variable)).toEqual(['VIGIL_OIDC_ISSUER', 'VIGIL_OIDC_SCOPES', 'VIGIL_OIDC_PROVISION', 'VIGIL_OIDC_DEFAULT_ROLE']);
      const local = readServeSettings({ ...OKTA, VIGIL_OIDC_ISSUER: 'http://127.0.0.1:8081/realms/vigil' });
      expect(local.ok && local.settings.oidc?.allowHttp).toBe(true);
      const allowed = readServeSettings({ ...OKTA, VIGIL_OIDC_ISSUER: 'http://keycloak.internal/realms/vigil', VIGIL_OIDC_ALLOW_HTTP: 'true' });
      expect(allowed.ok && allowed.settings.oidc?.allowHttp).toBe(true);
    });
  });
});
