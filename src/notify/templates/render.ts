import type { Channel, PageContext, RenderedMessage } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { renderEmail } from './email.js';
import { renderNtfy } from './ntfy.js';
import { renderPush } from './push.js';
import { renderSms } from './sms.js';
import { renderSlack } from './slack.js';
import { renderTeams } from './teams.js';
import { renderVoice } from './voice.js';
import { renderWebhook } from './webhook.js';

/**
 * The message a channel carries for `context`. Pure: the same context always gives the same
 * message, so a delivery retried later sends what the first attempt would have sent.
 */
export function renderMessage(channel: Channel, context: PageContext): RenderedMessage {
  switch (channel) {
    case 'email':
      return renderEmail(context);
    case 'sms':
      return renderSms(context);
    case 'voice':
      return renderVoice(context);
    case 'slack':
      return renderSlack(context);
    case 'teams':
      return renderTeams(context);
    case 'webhook':
      return renderWebhook(context);
    case 'ntfy':
      return renderNtfy(context);
    case 'push':
      return renderPush(context);
    default:
      return assertNever(channel, 'channel');
  }
}
