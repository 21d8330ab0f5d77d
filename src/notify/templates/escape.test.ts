import { describe, expect, it } from 'vitest';
import { escapeCardMarkdown, escapeHtml, escapeSlack, fitText, plainLine, safeHttpUrl } from './escape.js';

describe('plainLine', () => {
  it.each([
    ['newlines and tabs become single spaces', 'a\r\n\tb', 'a b'],
    ['bell and other C0 controls go', 'a\u0007b\u0000c', 'a b c'],
    ['C1 controls and DEL go', 'a\u0085b\u007fc', 'a b c'],
    ['bidi overrides are removed, not replaced', 'invoice\u202Egnp.exe', 'invoicegnp.exe'],
    ['line separators are spaces', 'a\u2028b', 'a b'],
    ['emoji joiners stay', '👩‍💻 down', '👩‍💻 down'],
  ])('%s', (_name, input, expected) => {
    expect(plainLine(input)).toBe(expected);
  });
});

describe('fitText', () => {
  it.each([
    ['leaves text that fits', 'hello', 5, 'hello'],
    ['cuts with an ellipsis inside the limit', 'hello world', 8, 'hello w…'],
    ['drops a space left before the ellipsis', 'hello world', 7, 'hello…'],
    ['never splits an emoji surrogate pair', 'ab😀😀😀', 5, 'ab😀…'],
    ['never splits a combining accent from its letter', 'abcde\u0301fgh', 6, 'abcd…'],
    ['gives nothing for no room', 'abc', 0, ''],
  ])('%s', (_name, input, max, expected) => {
    const out = fitText(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://wiki.example.com/a b', 'https://wiki.example.com/a%20b'],
    ['http://x.test', 'http://x.test/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('escapers', () => {
  it('HTML-escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it("escapes only Slack's three control characters", () => {
    expect(escapeSlack('<!channel> & <@U123|bob> *b* _i_')).toBe('&lt;!channel&gt; &amp; &lt;@U123|bob&gt; *b* _i_');
  });

  it('leaves no markdown link or date function that an Adaptive Card could render', () => {
    const out = escapeCardMarkdown('[x](http://evil) **b** _i_ {{DATE(2017-02-14T06:08:39Z)}}\n- item');
    expect(out).not.toMatch(/\]\(/);
    expect(out).not.toContain('{{');
    expect(out).toBe('\\[x\\]\u200B(http://evil) \\*\\*b\\*\\* \\_i\\_ {\u200B{DATE(2017-02-14T06:08:39Z)}} - item');
    expect(escapeCardMarkdown('- leading list marker')).toBe('\\- leading list marker');
  });
});
