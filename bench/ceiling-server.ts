/**
 * The ceiling of one Node.js process for `POST /v2/enqueue`: Fastify parsing a PagerDuty event,
 * validating it against a schema and answering 202, storing nothing. `bench/compare.ts` measures
 * it beside Alertmanager and Vigil, so the distance between Vigil and Alertmanager can be read
 * against what Node.js's HTTP stack alone allows on the same machine in the same run.
 *
 *   CEILING_PORT=8090 node --import tsx bench/ceiling-server.ts
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 512 * 1024 });
let accepted = 0;

const event = {
  type: 'object',
  required: ['routing_key', 'event_action', 'payload'],
  properties: {
    routing_key: { type: 'string', minLength: 1, maxLength: 128 },
    event_action: { enum: ['trigger', 'acknowledge', 'resolve'] },
    dedup_key: { type: 'string', maxLength: 255 },
    payload: {
      type: 'object',
      required: ['summary', 'source', 'severity'],
      properties: {
        summary: { type: 'string', maxLength: 1024 },
        source: { type: 'string' },
        severity: { enum: ['critical', 'error', 'warning', 'info'] },
        group: { type: 'string' },
      },
    },
  },
} as const;

app.post('/v2/enqueue', { schema: { body: event } }, async (request, reply) => {
  accepted += 1;
  return reply.code(202).send({ status: 'success', message: 'Event processed', dedup_key: (request.body as { dedup_key?: string }).dedup_key ?? null });
});
app.get('/count', async () => ({ accepted }));
app.get('/ready', async () => ({ ok: true }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.CEILING_PORT) });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
