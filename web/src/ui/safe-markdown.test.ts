import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from './SafeMarkdown';

const render = (markdown: string) => renderToStaticMarkup(createElement(MantineProvider, null, createElement(SafeMarkdown, { markdown })));

describe('Markdown written by people', () => {
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
