import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { userInPath, type OwnershipLookup } from '../access/roles.js';
import type { Runtime } from '../core/runtime.js';
import { actorOf, principalOf } from '../access/http-auth.js';
import { CalendarFeedService } from './calendar-feeds.js';
import { CalendarFeedList, CreatedFeed, IdParams, errors } from './oncall-schemas.js';

/**
 * Creating, listing and revoking calendar feeds, under /api/v1. `publicUrl` is where people reach Vigil:
 * the feed address handed out must work from their calendar app, not just from this host.
 */
export function calendarFeedRoutes(runtime: Runtime, publicUrl: string): FastifyPluginAsyncTypebox {
  const feeds = new CalendarFeedService(runtime);
  const base = publicUrl.replace(/\/+$/, '');
  const db = runtime.database.db;
  // A feed is revoked by whoever made it, or by the user whose shifts it shows.
  const feedOwner: OwnershipLookup = async ({ params }) => {
    const row = await db.selectFrom('calendar_feeds').select(['user_id', 'created_by']).where('id', '=', (params as { id: string }).id).executeTakeFirst();
    if (!row) return { kind: 'missing' };
    return { kind: 'user', userId: row.created_by.startsWith('user:') ? row.created_by.slice('user:'.length) : (row.user_id ?? '') };
  };
  return async (app) => {
    const tags = ['schedules'];
    const created = (id: string, secret: string) => ({ id, url: `${base}/ical/${secret}.ics` });

    app.post('/schedules/:id/calendar-feeds', {
      config: { access: 'read' },
      schema: { tags, summary: 'A secret iCalendar address for the schedule\'s shifts', params: IdParams, response: { 201: CreatedFeed, ...errors } },
    }, async (request, reply) => {
      const feed = await feeds.create({ kind: 'schedule', id: request.params.id }, actorOf(request));
      return reply.status(201).send(created(feed.id, feed.secret));
    });

    app.post('/users/:id/calendar-feeds', {
      config: { access: { self: userInPath, minimum: 'viewer' } },
      schema: { tags, summary: 'A secret iCalendar address for a user\'s shifts on every schedule', params: IdParams, response: { 201: CreatedFeed, ...errors } },
    }, async (request, reply) => {
      const feed = await feeds.create({ kind: 'user', id: request.params.id }, actorOf(request));
      return reply.status(201).send(created(feed.id, feed.secret));
    });

    app.get('/calendar-feeds', {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Calendar feeds not revoked: every one for admins, your own for others; never their secret addresses',
        response: { 200: CalendarFeedList, ...errors },
      },
    }, async (request) => ({ calendar_feeds: await feeds.list(principalOf(request)) }));

    app.delete('/calendar-feeds/:id', {
      config: { access: { self: feedOwner, minimum: 'viewer' } },
      schema: { tags, summary: 'Revoke a calendar feed: its address answers 404 from now on', params: IdParams, response: { 204: Type.Null(), ...errors } },
    }, async (request, reply) => {
      await feeds.revoke(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    });
  };
}

/** The feeds themselves, at the root: calendar apps send no token, the secret in the URL is the credential. */
export function icalRoutes(runtime: Runtime): FastifyPluginAsyncTypebox {
  const feeds = new CalendarFeedService(runtime);
  return async (app) => {
    app.get('/ical/:token.ics', {
      config: { access: 'public' },
      schema: {
        tags: ['schedules'],
        summary: 'Shifts from 7 days ago to 60 days ahead as text/calendar',
        params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }),
        security: [],
      },
    }, async (request, reply) => {
      const text = await feeds.render(request.params.token);
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(text);
    });
  };
}
