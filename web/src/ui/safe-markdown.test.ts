import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { safeUrl, SafeMarkdown } from './SafeMarkdown';

const render = (markdown: string) => renderToStaticMarkup(createElement(MantineProvider, null, createElement(SafeMarkdown, null, markdown)));

describe('Markdown written by people', () => {
  it('follows only http and https links', () => {
    expect(safeUrl('https://grafana.example.com/d/1')).toBe('https://grafana.example.com/d/1');
    expect(safeUrl('http://10.0.0.1:3000/')).toBe('http://10.0.0.1:3000/');
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '/relative', '#anchor']) expect(safeUrl(url), url).toBe('');
  });

  it('shows raw HTML as text, drops unsafe links, and never loads an image', () => {
    const html = render('<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![pixel](https://evil.example.com/p.png) **bold**');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://evil.example.com/p.png"');
    expect(html).toContain('<strong>bold</strong>');
  });
});
