import type { IncidentSummary, PageContext } from '../channels.js';
import { assertNever } from '../../core/errors.js';
import { plainLine } from './escape.js';
import { eventText, incidentCount, PRODUCT } from './wording.js';

/** A call reads at most this many incidents; the rest are counted. */
const SPOKEN_INCIDENTS = 5;
/** Characters of a title read aloud: a long title read in full loses the listener. */
const SPOKEN_TITLE = 160;

export function renderVoice(context: PageContext): { readonly channel: 'voice'; readonly say: string; readonly gather: boolean } {
  switch (context.kind) {
    case 'page':
      return { channel: 'voice', say: pageSpeech(context), gather: context.incidents.length > 0 };
    case 'test':
      return { channel: 'voice', say: `This is a test call from ${PRODUCT}. This phone number receives ${PRODUCT} pages. No action is needed. Goodbye.`, gather: false };
    case 'verification': {
      const digits = spellOut(context.verificationCode ?? '');
      return { channel: 'voice', say: `Your ${PRODUCT} verification code is: ${digits}. Again, your code is: ${digits}. Goodbye.`, gather: false };
    }
    case 'event':
      return { channel: 'voice', say: eventSpeech(context), gather: false };
    default:
      return assertNever(context.kind, 'message kind');
  }
}

function pageSpeech(context: PageContext): string {
  const { incidents } = context;
  if (incidents.length === 0) return `This is ${PRODUCT}. You are paged. Open ${PRODUCT} for details. Goodbye.`;
  const opening = incidents.length === 1 ? `This is ${PRODUCT}.` : `This is ${PRODUCT}. ${incidentCount(incidents.length)} need you.`;
  const read = incidents.slice(0, SPOKEN_INCIDENTS).map(describe);
  const rest = incidents.length - read.length;
  const more = rest > 0 ? ` And ${rest} more.` : '';
  const keys = incidents.length === 1 ? 'Press 1 to acknowledge, or 2 to resolve.' : 'Press 1 to acknowledge all, or 2 to resolve all.';
  return `${opening} ${read.join(' ')}${more} ${keys}`;
}

function eventSpeech(context: PageContext): string {
  const [first] = context.incidents;
  const what = spoken(eventText(context));
  if (first === undefined) return `This is ${PRODUCT}: ${what}. Goodbye.`;
  return `This is ${PRODUCT}. Incident ${first.number}, ${what}: ${spokenTitle(first)}. Goodbye.`;
}

function describe(incident: IncidentSummary): string {
  const service = incident.service === null ? '' : spoken(incident.service.name);
  return `${spoken(incident.severity.id)} incident ${incident.number}${service === '' ? '' : `, on ${service}`}: ${spokenTitle(incident)}.`;
}

function spokenTitle(incident: IncidentSummary): string {
  const title = spoken(incident.title);
  if (title === '') return 'no title';
  if (title.length <= SPOKEN_TITLE) return title.replace(/[.!?;:,]+$/, '');
  const cut = title.slice(0, SPOKEN_TITLE);
  const space = cut.lastIndexOf(' ');
  return (space > SPOKEN_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[.!?;:,]+$/, '');
}

/**
 * Text as a speech engine should read it: one line, no URLs (read letter by letter they take a
 * minute), `#42` as "number 42", `SEV-1` and `db_pool` as words, and no markup symbols.
 */
export function spoken(text: string): string {
  return plainLine(
    plainLine(text)
      .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, 'a link')
      .replace(/#(\d)/g, 'number $1')
      .replace(/&/g, ' and ')
      .replace(/(?<=\w)[-_/](?=\w)/g, ' ')
      .replace(/[<>{}[\]()*`|~^\\"_/]/g, ' '),
  );
}

/** `123456` as "1, 2, 3, 4, 5, 6": read digit by digit, with a pause between. */
export function spellOut(code: string): string {
  return [...plainLine(code).replace(/\s/g, '')].join(', ');
}
