import { describe, expect, it } from 'vitest';
import { isExternal, markdownHref } from './markdown-links';

describe('links in rendered Markdown', () => {
  it('keep absolute http(s) URLs and paths on Vigil', () => {
    expect(markdownHref('https://wiki.example.com/db?x=1#top')).toBe('https://wiki.example.com/db?x=1#top');
    expect(markdownHref('http://grafana.local:3000/d/abc')).toBe('http://grafana.local:3000/d/abc');
    expect(markdownHref('/incidents/42')).toBe('/incidents/42');
    expect(isExternal('/incidents/42')).toBe(false);
    expect(isExternal('https://wiki.example.com')).toBe(true);
  });

  it('turn every other scheme, protocol-relative and disguised URL into text', () => {
    for (const raw of [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox', 'mailto:a@example.com', 'file:///etc/passwd', '//evil.example/x', '/\\evil.example', 'https://user:pw@evil.example',
      'https://trusted.example@evil.example/', 'relative/path', '#anchor', '', 'https://', 'http:\\\\evil.example', 'https://a.example/\u0000',
    ]) {
      expect(markdownHref(raw), JSON.stringify(raw)).toBeNull();
    }
    expect(markdownHref(42)).toBeNull();
  });
});
