/**
 * Server-Sent Events framing (the WHATWG HTML "event stream" format), pure. A message is lines
 * of `field: value` ended by a blank line; a comment line starts with a colon.
 */

export interface SseMessage {
  /** Sets the client's last event ID, which it sends back as `Last-Event-ID` when it reconnects. */
  readonly id?: string;
  /** The event's type; the client's `message` handler hears messages without one. */
  readonly event?: string;
  /** Sent as one `data:` line per line of the text. An empty `data` is not dispatched by clients. */
  readonly data?: string;
  /** How long the client waits before reconnecting, in ms. */
  readonly retry?: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** A field value that must stay on one line; ids may not hold NUL either (clients ignore such ids). */
function singleLine(name: string, value: string): string {
  if (LINE_BREAK.test(value) || (name === 'id' && value.includes('\0'))) throw new Error(`an SSE ${name} cannot contain a line break${name === 'id' ? ' or NUL' : ''}: ${JSON.stringify(value)}`);
  return value;
}

/** One message, ended by its blank line. Line breaks inside `data` become further `data:` lines, which the client joins with `\n`. */
export function formatMessage(message: SseMessage): string {
  let out = '';
  if (message.retry !== undefined) {
    if (!Number.isInteger(message.retry) || message.retry < 0) throw new Error(`an SSE retry must be a whole number of ms: ${message.retry}`);
    out += `retry: ${message.retry}\n`;
  }
  if (message.id !== undefined) out += `id: ${singleLine('id', message.id)}\n`;
  if (message.event !== undefined) out += `event: ${singleLine('event', message.event)}\n`;
  if (message.data !== undefined) for (const line of message.data.split(LINE_BREAK)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** A comment: clients ignore it; it keeps proxies and the connection from idling out. */
export function formatComment(text: string): string {
  return `${text.split(LINE_BREAK).map((line) => `: ${line}\n`).join('')}\n`;
}
