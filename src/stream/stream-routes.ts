import type { OutgoingHttpHeaders } from 'node:http';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../access/http-auth.js';
import { ErrorResponse } from '../http/schemas.js';
import type { StreamHub } from './stream-hub.js';

/** Sent with every stream: no caching or transforming proxy, and nginx passes each event on at once. */
export const STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
} as const;

const StreamQuery = Type.Object(
  {
    lastEventId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The id of the last event seen, for clients that cannot send the Last-Event-ID header; the header wins' })),
  },
  { additionalProperties: false },
);

const DESCRIPTION = [
  'Server-sent events: every change to an incident the caller may see, as it is committed, on every node.',
  '',
  '- `event: incident`, `data: {"kind": …, "incident": <Incident without timeline>}`: `kind` is what happened (`opened`, `acknowledged`, `unacknowledged`, `resolved`, `reopened`, `escalated`, `severity_changed`, `commander_changed`, `updated`, `alerts_changed`); the incident is as it stands after the change. Changes to one incident within ~75 ms come as one event; under many changes, events come in rounds paced to about 64 KiB a second.',
  '- `event: reset`, `data: {"reason": …}`: events were missed, cannot be replayed or were too many to send; read what you show again (e.g. `GET /api/v1/incidents`), at most about once a second.',
  '- `: ping` comments every 15 s keep the connection alive; `retry: 3000` at the start.',
  '',
  'Every event has an `id`. A client that reconnects with it in `Last-Event-ID` (browsers do) gets the events it missed, or `reset` when this process no longer has them (more than the last 1000 events ago, or another node or run). A client that stops reading is disconnected once 256 KiB are queued for it. Streams end after about 30 minutes, so credentials are checked again on reconnecting.',
].join('\n');

export function streamRoutes(hub: StreamHub): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/stream', {
      config: { access: 'read' },
      schema: {
        tags: ['incidents'],
        summary: 'Live updates: incident changes as server-sent events',
        description: DESCRIPTION,
        querystring: StreamQuery,
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 200, description: 'The id of the last event seen; sent by browsers when they reconnect' })) }),
        response: {
          200: {
            description: 'An endless stream of events (text/event-stream)',
            content: { 'text/event-stream': { schema: Type.String({ description: 'Server-sent events: `id:`, `event:` and `data:` lines, messages ended by a blank line' }) } },
          },
          400: ErrorResponse,
          401: ErrorResponse,
        },
      },
    }, async (request, reply) => {
      const viewer = principalOf(request);
      const header = request.headers['last-event-id'];
      const lastEventId = (typeof header === 'string' && header !== '' ? header : undefined) ?? request.query.lastEventId;
      // The response is written here from now on; the headers set so far (security headers) go with it.
      reply.hijack();
      const raw = reply.raw;
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
      raw.writeHead(200, { ...headers, ...STREAM_HEADERS });
      if (request.method === 'HEAD') {
        raw.end();
        return;
      }
      hub.open(raw, viewer, lastEventId);
    });
  };
}
