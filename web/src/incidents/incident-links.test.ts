import { describe, expect, it } from 'vitest';
import { safeHref } from './incident-links';

describe('safeHref', () => {
  it('keeps absolute http and https URLs, as the browser resolves them', () => {
    expect(safeHref('https://runbooks.example.com/checkout#5xx')).toBe('https://runbooks.example.com/checkout#5xx');
    expect(safeHref('http://grafana.internal:3000/d/abc?var-env=prod')).toBe('http://grafana.internal:3000/d/abc?var-env=prod');
    expect(safeHref('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it('refuses script, data and other schemes whatever their case', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.com/', 'mailto:ops@example.com']) {
      expect(safeHref(value), value).toBeNull();
    }
  });

  it('refuses relative and protocol-relative references', () => {
    for (const value of ['/incidents/1', 'incidents/1', '//evil.example/x', '#top', '?q=1', 'https:evil.example', 'https:/evil.example', 'https:\\\\evil.example']) {
      expect(safeHref(value), value).toBeNull();
    }
  });

  it('refuses whitespace and control-character tricks a browser would strip', () => {
    for (const value of [' javascript:alert(1)', '\tjavascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', ' https://example.com', 'https://example.com ', 'https://exa mple.com', 'https://example.com/\u200bx', '\ufeffhttps://example.com', 'https://example.com/\u00a0']) {
      expect(safeHref(value), JSON.stringify(value)).toBeNull();
    }
  });

  it('refuses URLs that carry a user name or password, which disguise the host', () => {
    expect(safeHref('https://trusted.example.com@evil.example/')).toBeNull();
    expect(safeHref('https://user:secret@example.com/')).toBeNull();
  });

  it('refuses what is not a non-empty string of sane length', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(safeHref({ href: 'https://example.com' })).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref(`https://example.com/${'a'.repeat(5_000)}`)).toBeNull();
  });
});
