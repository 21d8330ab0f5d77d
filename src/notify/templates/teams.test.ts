import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';
import { renderTeams } from './teams.js';

type Json = Record<string, unknown>;
const card = (context: PageContext) => renderTeams(context).card as Json;
const body = (context: PageContext) => card(context).body as Json[];
const actions = (context: PageContext) => card(context).actions as Json[];
/** Text a Teams client reads as markdown: TextBlock text and fact values. */
const markdownTexts = (context: PageContext): string[] => {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const object = node as Json;
      if (object.type === 'TextBlock' && typeof object.text === 'string') found.push(object.text);
      if (object.type === 'FactSet') for (const fact of object.facts as Json[]) found.push(String(fact.title), String(fact.value));
      Object.values(object).forEach(walk);
    }
  };
  walk(card(context).body);
  return found;
};
const runs = (context: PageContext) => body(context).flatMap((b) => (b.type === 'RichTextBlock' ? (b.inlines as Json[]).map((r) => r.text) : []));

describe('renderTeams', () => {
  it('makes a version 1.4 Adaptive Card with its schema', () => {
    expect(card(sampleContext())).toMatchObject({ type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
  });

  it('shows the title, a fact set and open-url actions for the ack link, incident and runbook', () => {
    expect(runs(sampleContext())).toEqual(['SEV-1 · Incident #42', 'DB pool exhausted']);
    expect(body(sampleContext()).find((b) => b.type === 'FactSet')).toEqual({
      type: 'FactSet',
      facts: [{ title: 'Severity', value: 'SEV-1 (Critical)' }, { title: 'Service', value: 'Checkout API' }, { title: 'Status', value: 'Triggered' }],
    });
    expect(actions(sampleContext())).toEqual([
      { type: 'Action.OpenUrl', title: 'Acknowledge', url: 'https://vigil.example.com/ack/ack_0123456789abcdef0123456789abcdef.abcdefghijklmnopqrstuvwxyz012345' },
      { type: 'Action.OpenUrl', title: 'Open incident', url: 'https://vigil.example.com/incidents/42' },
      { type: 'Action.OpenUrl', title: 'Runbook', url: 'https://wiki.example.com/runbooks/db-pool' },
    ]);
  });

  it('puts a hostile title in a TextRun (no markdown) and escapes markdown in fact values', () => {
    const context = sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE, service: { id: 's', name: '[pay here](http://evil) **now**' }, runbookUrl: 'javascript:x' })] });
    const title = runs(context)[1] as string;
    expect(title).not.toMatch(/[\p{Cc}\u202E]/u);
    expect(title).not.toContain('{{');
    for (const text of markdownTexts(context)) expect(text).not.toMatch(/\]\(|(?<!\\)\*\*|\{\{/);
    expect(actions(context).map((a) => a.title)).toEqual(['Acknowledge', 'Open incident']);
    expect(body(context).some((b) => b.type === 'TextBlock')).toBe(false);
  });

  it('lists a bundle as containers that open each incident, with one acknowledge-all action', () => {
    const context = sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'inc_43', title: 'Disk full' })] });
    const containers = body(context).filter((b) => b.type === 'Container');
    expect(containers.map((c) => c.selectAction)).toEqual([
      { type: 'Action.OpenUrl', title: 'Open incident', url: 'https://vigil.example.com/incidents/42' },
      { type: 'Action.OpenUrl', title: 'Open incident', url: 'https://vigil.example.com/incidents/43' },
    ]);
    expect(actions(context).map((a) => a.title)).toEqual(['Acknowledge all', 'Open Vigil']);
  });

  it.each<[string, PageContext, string]>([
    ['verification', sampleContext({ kind: 'verification', incidents: [], verificationCode: '123456' }), 'Your Vigil verification code is 123456'],
    ['event', sampleContext({ kind: 'event', event: { type: 'acknowledged', text: 'acknowledged by alice' } }), 'Incident #42 acknowledged by alice'],
  ])('words a %s card', (_name, context, first) => {
    expect(runs(context)[0]).toBe(first);
    expect(actions(context).map((a) => a.title)).not.toContain('Acknowledge');
  });
});
