import { describe, expect, it } from 'vitest';
import type { PageContext } from '../channels.js';
import { HOSTILE_TITLE, sampleContext, sampleIncident } from './sample-context.js';
import { readSlackActionValue, renderSlack, SLACK_ACK_ACTION, SLACK_RESOLVE_ACTION, slackActionValue } from './slack.js';

type Json = Record<string, unknown>;
const blocksOf = (context: PageContext) => renderSlack(context).blocks as readonly Json[];
const buttons = (context: PageContext) => blocksOf(context).filter((b) => b.type === 'actions').flatMap((b) => b.elements as Json[]);
/** Every mrkdwn text in the message, where Slack would parse mentions and links. */
const mrkdwnTexts = (context: PageContext): string[] => {
  const found: string[] = [renderSlack(context).text];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const object = node as Json;
      if (object.type === 'mrkdwn' && typeof object.text === 'string') found.push(object.text);
      Object.values(object).forEach(walk);
    }
  };
  walk(renderSlack(context).blocks);
  return found;
};

const bundle = sampleContext({ incidents: [sampleIncident(), sampleIncident({ number: 43, id: 'inc_43', status: 'acknowledged' })] });

describe('renderSlack', () => {
  it('heads a page with its severity, number, service and title, and shows the facts as fields', () => {
    const [header, fields] = blocksOf(sampleContext());
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: '🚨 SEV-1 #42 Checkout API: DB pool exhausted', emoji: true } });
    expect((fields?.fields as Json[]).map((f) => f.text)).toEqual(['*Severity*\nSEV-1 (Critical)', '*Service*\nCheckout API', '*Status*\nTriggered']);
    expect(renderSlack(sampleContext()).text).toBe('SEV-1 #42 Checkout API: DB pool exhausted');
  });

  it('offers acknowledge and resolve buttons carrying the incident id, and incident and runbook link buttons', () => {
    const [ack, resolve, open, runbook] = buttons(sampleContext());
    expect(ack).toMatchObject({ action_id: SLACK_ACK_ACTION, style: 'primary' });
    expect(resolve).toMatchObject({ action_id: SLACK_RESOLVE_ACTION, style: 'danger', confirm: { style: 'danger' } });
    expect(readSlackActionValue(ack?.value as string)).toEqual(['inc_00000000000000000000000000000042']);
    expect(JSON.parse(resolve?.value as string)).toEqual({ incident_ids: ['inc_00000000000000000000000000000042'] });
    expect(open).toMatchObject({ url: 'https://vigil.example.com/incidents/42', text: { text: 'Open incident' } });
    expect(runbook).toMatchObject({ url: 'https://wiki.example.com/runbooks/db-pool', text: { text: 'Runbook' } });
  });

  it('acknowledges and resolves every bundled incident with one pair of buttons', () => {
    const [ack, resolve] = buttons(bundle);
    expect(ack).toMatchObject({ action_id: SLACK_ACK_ACTION, text: { text: 'Acknowledge all' } });
    expect(readSlackActionValue(ack?.value as string)).toEqual(['inc_00000000000000000000000000000042', 'inc_43']);
    expect(readSlackActionValue(resolve?.value as string)).toEqual(['inc_00000000000000000000000000000042', 'inc_43']);
    expect(blocksOf(bundle).filter((b) => b.type === 'section')).toHaveLength(2);
  });

  it('offers no acknowledge button once nobody has to acknowledge, and no buttons once resolved', () => {
    const event = (status: 'acknowledged' | 'resolved') =>
      sampleContext({ kind: 'event', event: { type: status, text: `${status} by bob` }, incidents: [sampleIncident({ status })] });
    expect(buttons(event('acknowledged')).map((b) => b.action_id)).toEqual([SLACK_RESOLVE_ACTION, 'vigil_open_incident', 'vigil_open_runbook']);
    expect(buttons(event('resolved')).map((b) => b.action_id)).toEqual(['vigil_open_incident', 'vigil_open_runbook']);
  });

  it("escapes &, < and > in every mrkdwn text so a title cannot mention or link", () => {
    const hostile = sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE, service: { id: 's', name: '<@U123> & co' } })] });
    const bundled = sampleContext({ incidents: [sampleIncident({ title: HOSTILE_TITLE }), sampleIncident({ number: 7, id: 'i7', title: '<https://evil|click>' })] });
    for (const context of [hostile, bundled]) {
      for (const text of mrkdwnTexts(context)) {
        expect(text).not.toMatch(/<[!@#]|<https?:|&(?!amp;|lt;|gt;)/);
      }
    }
    expect(mrkdwnTexts(hostile).join('\n')).toContain('&lt;@U123&gt; &amp; co');
    expect(renderSlack(hostile).text).toContain('&lt;!channel&gt;');
  });

  it('drops a runbook link that is not http(s)', () => {
    const context = sampleContext({ incidents: [sampleIncident({ runbookUrl: 'javascript:alert(1)' })] });
    expect(buttons(context).map((b) => b.action_id)).not.toContain('vigil_open_runbook');
  });

  it.each<[string, PageContext, string]>([
    ['verification', sampleContext({ kind: 'verification', incidents: [], verificationCode: '123456' }), 'Your Vigil verification code is *123456*'],
    ['test', sampleContext({ kind: 'test' }), 'This is a test notification from Vigil for Alice Example. This contact method works; no action is needed.'],
  ])('words a %s message', (_name, context, text) => {
    expect(blocksOf(context)).toEqual([{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }]);
  });

  it('keeps the header within 150 characters and lists at most 10 incidents of a bundle', () => {
    const [header] = blocksOf(sampleContext({ incidents: [sampleIncident({ title: 'x'.repeat(400) })] }));
    expect(((header?.text as Json).text as string).length).toBeLessThanOrEqual(150);
    const many = sampleContext({ incidents: Array.from({ length: 14 }, (_, i) => sampleIncident({ number: i, id: `inc_${i}` })) });
    expect(blocksOf(many).filter((b) => b.type === 'section')).toHaveLength(10);
    expect(JSON.stringify(blocksOf(many))).toContain('…and 4 more in Vigil');
  });
});

describe('slack action values', () => {
  it("holds as many ids as Slack's 2,000 characters allow", () => {
    const ids = Array.from({ length: 100 }, (_, i) => `inc_${String(i).padStart(32, '0')}`);
    const value = slackActionValue(ids);
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(readSlackActionValue(value)).toEqual(ids.slice(0, readSlackActionValue(value).length));
    expect(readSlackActionValue(value).length).toBeGreaterThan(40);
  });

  it.each(['', 'not json', '{"incident_ids":"x"}', '[1]', '{"incident_ids":[1,"",null]}'])('reads no ids from %j', (value) => {
    expect(readSlackActionValue(value)).toEqual([]);
  });
});
