/**
 * Many live-stream viewers in one process of their own, as browsers elsewhere would be: opens
 * `count` connections to `GET /api/v1/stream` and reads everything they are sent, counting it.
 * Prints its counts as a JSON line every 250 ms; `bench/sse.ts` starts it (sse-viewers.ts).
 *
 *   node --import tsx bench/support/sse-clients.ts <stream url> <bearer token> <count>
 */
import { request } from 'node:http';

const [url, token, countText] = process.argv.slice(2);
const count = Number(countText);
if (!url || !token || !Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: sse-clients.ts <stream url> <bearer token> <count>\n');
  process.exit(2);
}

/** Occurrences of `pattern` in `text` that end after `from` (the carried-over tail of the previous chunk). */
function occurrences(text: string, pattern: string, from: number): number {
  let found = 0;
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) if (at + pattern.length > from) found += 1;
  return found;
}

const INCIDENT = '\nevent: incident\n';
const RESET = '\nevent: reset\n';
const CARRY = Math.max(INCIDENT.length, RESET.length) - 1;

const counts = { connected: 0, failed: 0, ended: 0, events: 0, resets: 0, bytes: 0 };
const perClient: number[] = new Array<number>(count).fill(0);

function open(index: number): void {
  const req = request(url!, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, agent: false }, (response) => {
    if (response.statusCode !== 200) {
      counts.failed += 1;
      response.resume();
      return;
    }
    counts.connected += 1;
    response.setEncoding('utf8');
    // Each message's fields start a line: the `id:` line comes first, so `\nevent:` always matches.
    let carry = '';
    response.on('data', (chunk: string) => {
      counts.bytes += Buffer.byteLength(chunk);
      const text = carry + chunk;
      const events = occurrences(text, INCIDENT, carry.length);
      counts.events += events;
      perClient[index]! += events;
      counts.resets += occurrences(text, RESET, carry.length);
      carry = text.slice(-CARRY);
    });
    response.on('end', () => (counts.ended += 1));
    response.on('error', () => (counts.ended += 1));
  });
  req.on('error', () => (counts.failed += 1));
  req.end();
}

for (let i = 0; i < count; i++) open(i);

const report = () => {
  let min = Infinity;
  let max = 0;
  for (const n of perClient) {
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  process.stdout.write(`${JSON.stringify({ ...counts, minPerClient: min, maxPerClient: max })}\n`);
};
setInterval(report, 250);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
