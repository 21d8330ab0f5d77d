import { describe, expect, it } from 'vitest';
import { CHANNELS, type MessageKind } from '../channels.js';
import { renderMessage } from './render.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';

const KINDS: readonly MessageKind[] = ['page', 'test', 'verification', 'event'];

describe('renderMessage', () => {
  it.each(CHANNELS)('renders a %s message for the channel asked for', (channel) => {
    expect(renderMessage(channel, sampleContext()).channel).toBe(channel);
  });

  it.each(CHANNELS.flatMap((channel) => KINDS.map((kind) => [channel, kind] as const)))('renders %s %s messages the same way twice, with or without incidents', (channel, kind) => {
    for (const incidents of [[], [sampleIncident({ title: HOSTILE_TITLE })], [sampleIncident(), sampleIncident({ number: 43, id: 'i43' })]]) {
      const context = sampleContext({ kind, incidents, verificationCode: kind === 'verification' ? '123456' : null, event: kind === 'event' ? { type: 'escalated', text: 'escalated to level 2' } : null });
      expect(renderMessage(channel, context)).toEqual(renderMessage(channel, context));
    }
  });
});
