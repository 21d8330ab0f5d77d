import { describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, sampleContext } from '../notify/templates/sample-context.js';
import { renderMessage } from '../notify/templates/render.js';

/** A stakeholder update as the notify templates carry it: hostile text stays text everywhere. */
const update = sampleContext({ kind: 'event', ackUrl: null, replyCode: null, recipient: null, event: { type: 'status_update', text: `Identified: ${HOSTILE_TITLE} — to stop these updates: https://vigil.example.com/stakeholders/unsubscribe/sub_1?token=abc` } });

describe('stakeholder updates on each channel', () => {
  it('sends email as plain text and escaped HTML, with no acknowledge link', () => {
    const mail = renderMessage('email', update);
    if (mail.channel !== 'email') throw new Error('not an email');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.text).toContain('to stop these updates: https://vigil.example.com/stakeholders/unsubscribe/sub_1?token=abc');
    expect(mail.html).not.toContain('/ack/');
  });

  it('defuses Slack mentions and markup', () => {
    const slack = renderMessage('slack', update);
    if (slack.channel !== 'slack') throw new Error('not a Slack message');
    // Slack reads mentions in `text` and mrkdwn blocks (escaped there); plain_text blocks show them as written.
    expect(slack.text).toContain('&lt;!channel&gt;');
    const mrkdwn = JSON.stringify(slack.blocks).match(/"type":"mrkdwn","text":"[^"]*"/g) ?? [];
    expect(mrkdwn.filter((block) => block.includes('<!channel>'))).toEqual([]);
  });

  it('gives Slack readers of an update nothing to acknowledge or resolve: they are told, not paged', () => {
    const slack = renderMessage('slack', update);
    if (slack.channel !== 'slack') throw new Error('not a Slack message');
    const actions = JSON.stringify(slack.blocks);
    expect(actions).not.toContain('"Acknowledge"');
    expect(actions).not.toContain('"Resolve"');
    // A page of the same incident still carries them.
    const page = renderMessage('slack', sampleContext({ kind: 'page' }));
    if (page.channel !== 'slack') throw new Error('not a Slack message');
    expect(JSON.stringify(page.blocks)).toContain('"Acknowledge"');
  });
});
