import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';
import { renderVoice, spellOut, spoken } from './voice.js';

describe('renderVoice', () => {
  it.each<[string, PageContext, string, boolean]>([
    ['single page', sampleContext(), 'This is Vigil. SEV 1 incident 42, on Checkout API: DB pool exhausted. Press 1 to acknowledge, or 2 to resolve.', true],
    [
      'bundled page',
      sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'inc_43', title: 'Disk full.', service: null })] }),
      'This is Vigil. 2 incidents need you. SEV 1 incident 42, on Checkout API: DB pool exhausted. SEV 1 incident 43: Disk full. Press 1 to acknowledge all, or 2 to resolve all.',
      true,
    ],
    ['verification', sampleContext({ kind: 'verification', incidents: [], verificationCode: '123456' }), 'Your Vigil verification code is: 1, 2, 3, 4, 5, 6. Again, your code is: 1, 2, 3, 4, 5, 6. Goodbye.', false],
    ['test', sampleContext({ kind: 'test' }), 'This is a test call from Vigil. This phone number receives Vigil pages. No action is needed. Goodbye.', false],
    ['event', sampleContext({ kind: 'event', event: { type: 'resolved', text: 'resolved by bob' } }), 'This is Vigil. Incident 42, resolved by bob: DB pool exhausted. Goodbye.', false],
  ])('reads a %s', (_name, context, say, gather) => {
    expect(renderVoice(context)).toEqual({ channel: 'voice', say, gather });
  });

  it('reads five incidents of a large bundle and counts the rest', () => {
    const incidents = Array.from({ length: 8 }, (_, i) => sampleIncident({ number: i + 1, id: `inc_${i}` }));
    expect(renderVoice(sampleContext({ incidents })).say).toContain('incident 5, on Checkout API: DB pool exhausted. And 3 more. Press 1');
  });

  it('speaks a hostile title without markup, links or control characters', () => {
    const { say } = renderVoice(sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE })] }));
    expect(say).not.toMatch(/[<>[\]{}*\p{Cc}\u202E]|https?:/u);
    expect(say).toContain('a link');
  });

  it('cuts a long title at a word', () => {
    const { say } = renderVoice(sampleContext({ incidents: [sampleIncident({ title: 'word '.repeat(100) })] }));
    expect(say).toMatch(/word\. Press 1/);
    expect(say.length).toBeLessThan(300);
  });
});

describe('spoken text', () => {
  it.each([
    ['SEV-1 on db_pool/primary', 'SEV 1 on db pool primary'],
    ['see #42 & #43', 'see number 42 and number 43'],
    ['docs at https://x.test/a?b=1 now', 'docs at a link now'],
  ])('%s', (input, expected) => {
    expect(spoken(input)).toBe(expected);
  });

  it('spells a code digit by digit', () => {
    expect(spellOut(' 12 34 ')).toBe('1, 2, 3, 4');
  });
});
