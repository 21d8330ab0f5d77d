import { request, type IncomingHttpHeaders } from 'node:http';

/** One message as a client parses it; `comment` for a comment line (`: ping`). */
export interface ReceivedMessage {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
  readonly retry?: number;
  readonly comment?: string;
}

export interface SseClient {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Every message and comment so far, in order. */
  readonly messages: ReceivedMessage[];
  /** The body as received so far. */
  text(): string;
  /** `event: incident` messages, their data parsed. */
  incidents(): { id: string; kind: string; incident: { number: number; status: string } & Record<string, unknown> }[];
  /** Whether the server ended the stream. */
  readonly ended: boolean;
  /** The id of the last message that carried one, as a browser would send in Last-Event-ID. */
  readonly lastEventId: string | undefined;
  close(): void;
}

/** Parses one message block (the text between blank lines) as the WHATWG event-stream parser does. */
function parseBlock(block: string): ReceivedMessage[] {
  const out: ReceivedMessage[] = [];
  const message: { id?: string; event?: string; data?: string[]; retry?: number } = {};
  let fields = 0;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      out.push({ comment: line.slice(1).replace(/^ /, '') });
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    fields += 1;
    if (name === 'id') message.id = value;
    else if (name === 'event') message.event = value;
    else if (name === 'data') (message.data ??= []).push(value);
    else if (name === 'retry') message.retry = Number(value);
  }
  if (fields > 0) out.push({ ...(message.id === undefined ? {} : { id: message.id }), ...(message.event === undefined ? {} : { event: message.event }), ...(message.data === undefined ? {} : { data: message.data.join('\n') }), ...(message.retry === undefined ? {} : { retry: message.retry }) });
  return out;
}

/** Opens `GET url` over real HTTP and parses the event stream as it arrives; resolves once the answer's headers are in. */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const messages: ReceivedMessage[] = [];
    let body = '';
    let pending = '';
    let ended = false;
    let lastEventId: string | undefined;
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
        pending += chunk;
        let end = pending.indexOf('\n\n');
        while (end >= 0) {
          for (const message of parseBlock(pending.slice(0, end))) {
            if (message.id !== undefined) lastEventId = message.id;
            messages.push(message);
          }
          pending = pending.slice(end + 2);
          end = pending.indexOf('\n\n');
        }
      });
      response.on('end', () => (ended = true));
      response.on('error', () => (ended = true));
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        messages,
        text: () => body,
        incidents: () =>
          messages.filter((m) => m.event === 'incident').map((m) => ({ id: m.id ?? '', ...(JSON.parse(m.data ?? '{}') as { kind: string; incident: { number: number; status: string } }) })),
        get ended() {
          return ended;
        },
        get lastEventId() {
          return lastEventId;
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', (error) => (ended ? undefined : reject(error)));
    req.end();
  });
}
