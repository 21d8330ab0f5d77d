import type { PageContext } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { fitText, plainLine, textLength } from './escape.js';
import { eventText, incidentCount, incidentList, incidentTitle, PRODUCT, serviceName, severityShort, verificationSentence } from './wording.js';

/**
 * One SMS segment holds 160 GSM-7 characters. Every body, reply instruction included, stays
 * within 160 code units (see `textLength`); titles are cut with "…" to make room.
 */
export const SMS_LIMIT = 160;

export function renderSms(context: PageContext): { readonly channel: 'sms'; readonly body: string } {
  return { channel: 'sms', body: fitText(smsBody(context), SMS_LIMIT) };
}

function smsBody(context: PageContext): string {
  switch (context.kind) {
    case 'verification':
      return verificationSentence(context);
    case 'test': {
      const who = context.recipient === null ? '' : ` for ${fitText(plainLine(context.recipient.name), 30)}`;
      return `${PRODUCT} test${who}: this number receives ${PRODUCT} pages. No reply needed.`;
    }
    case 'event':
      return eventBody(context);
    case 'page':
      return pageBody(context);
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function replyLine(context: PageContext, all: boolean): string {
  const code = plainLine(context.replyCode ?? '');
  if (code === '') return '';
  return all ? `\nReply ${code}a ack all, ${code}r resolve all` : `\nReply ${code}a ack, ${code}r resolve`;
}

function pageBody(context: PageContext): string {
  const [first] = context.incidents;
  if (first === undefined) return `${PRODUCT}: you are paged. Open ${PRODUCT} for details.`;
  if (context.incidents.length === 1) {
    const service = serviceName(first);
    const prefix = `${PRODUCT} #${first.number} ${fitText(severityShort(first), 12)}${service === null ? '' : ` ${fitText(service, 24)}`}: `;
    const suffix = replyLine(context, false);
    return prefix + fitText(incidentTitle(first), SMS_LIMIT - textLength(prefix) - textLength(suffix)) + suffix;
  }
  const prefix = `${PRODUCT} ${incidentCount(context.incidents.length)}: `;
  const suffix = replyLine(context, true);
  return prefix + incidentList(context.incidents, SMS_LIMIT - textLength(prefix) - textLength(suffix)) + suffix;
}

function eventBody(context: PageContext): string {
  const [first] = context.incidents;
  const what = fitText(eventText(context), 40);
  if (first === undefined) return `${PRODUCT}: ${what}`;
  const prefix = context.incidents.length === 1 ? `${PRODUCT} #${first.number} ${what}: ` : `${PRODUCT} ${what}: `;
  if (context.incidents.length === 1) return prefix + fitText(incidentTitle(first), SMS_LIMIT - textLength(prefix));
  return prefix + incidentList(context.incidents, SMS_LIMIT - textLength(prefix));
}
