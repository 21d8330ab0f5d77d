/**
 * A webhook receiver in the bench process, standing in for a responder's webhook contact method:
 * it answers every request 204 at once and reports each page's incidents with the moment the
 * request arrived, so a script can time trigger → page.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { onCleanup } from './cleanup.js';
import { freePort } from './free-port.js';

/** Where a page arrived and in which delivery, for scripts that check more than its timing. */
export interface PageArrival {
  /** The request's path: a contact method may add its own below the receiver's address. */
  readonly path: string;
  /** `X-Vigil-Delivery`; `repeated` when an earlier request already carried it (a retry). */
  readonly delivery: string;
  readonly repeated: boolean;
  /** The incident's service, as the page names it. */
  readonly serviceId: string | null;
}

export interface WebhookReceiver {
  /** The contact method's address; paths below it reach the receiver too. */
  readonly url: string;
  /** Called per incident in each page: its title, number and when the request arrived (`performance.now()`). */
  onPage: (title: string, number: number | null, arrivedAt: number, arrival: PageArrival) => void;
  readonly stats: { requests: number; badSignatures: number; notPages: number; duplicates: number; unparsable: number };
  readonly close: () => Promise<void>;
}

/**
 * Listens on a free loopback port. With `secret` (Vigil's VIGIL_WEBHOOK_SECRET) every request's
 * `X-Vigil-Signature` is checked against it; without, signatures are not checked.
 */
export async function startWebhookReceiver(secret?: string): Promise<WebhookReceiver> {
  const port = await freePort();
  const seenDeliveries = new Set<string>();
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}/pages`,
    onPage: () => {},
    stats: { requests: 0, badSignatures: 0, notPages: 0, duplicates: 0, unparsable: 0 },
    close: async () => {},
  };
  const server = createServer((request, response) => {
    const arrivedAt = performance.now();
    receiver.stats.requests += 1;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(204).end();
      const raw = Buffer.concat(chunks);
      if (secret !== undefined) {
        const timestamp = String(request.headers['x-vigil-timestamp'] ?? '');
        const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest('hex')}`);
        const given = Buffer.from(String(request.headers['x-vigil-signature'] ?? ''));
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) receiver.stats.badSignatures += 1;
      }
      const delivery = String(request.headers['x-vigil-delivery'] ?? '');
      const repeated = seenDeliveries.has(delivery);
      if (repeated) receiver.stats.duplicates += 1;
      seenDeliveries.add(delivery);
      let body: { kind?: unknown; incidents?: { title?: unknown; number?: unknown; service?: { id?: unknown } | null }[] };
      try {
        body = JSON.parse(raw.toString('utf8')) as typeof body;
      } catch {
        receiver.stats.unparsable += 1;
        return;
      }
      if (body.kind !== 'page') {
        receiver.stats.notPages += 1;
        return;
      }
      const path = request.url ?? '';
      for (const incident of body.incidents ?? []) {
        if (typeof incident.title !== 'string') continue;
        const serviceId = typeof incident.service?.id === 'string' ? incident.service.id : null;
        receiver.onPage(incident.title, typeof incident.number === 'number' ? incident.number : null, arrivedAt, { path, delivery, repeated, serviceId });
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const close = onCleanup('stop the webhook receiver', async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return Object.assign(receiver, { close });
}
