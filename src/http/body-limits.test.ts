import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_BODY_LIMIT } from '../ingest/ingest-routes.js';
import { ACK_FORM_BODY_LIMIT } from '../notify/ack-routes.js';
import { CALLBACK_BODY_LIMIT } from '../notify/inbound-routes.js';
import { createTestApp, type TestApp } from '../test-support/app.js';

const API_BODY_LIMIT = 1024 * 1024;

/**
 * Every route that takes a body, read from the router itself (`printRoutes`), so a route added
 * later is covered without touching this test: the tree prints one node per line, indented four
 * characters a level, each with its part of the path and its methods.
 */
function bodyRoutes(tree: string): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.+?)(?: \(([^)]*)\))?$/u.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const path = stack.join('');
    for (const method of (match[3] ?? '').split(', ')) {
      if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) routes.push({ method, url: path.replace(/:[A-Za-z]+/g, 'x') });
    }
  }
  return routes;
}

/** The error shape each family of routes documents for a body over its limit. */
function expected(url: string): { status: number; shape: 'pagerduty' | 'vigil' } {
  // PagerDuty's Events API answers 400 for anything wrong with the event, size included.
  if (url.startsWith('/v2/') || url.startsWith('/generic/')) return { status: 400, shape: 'pagerduty' };
  // A heartbeat's ping address is Vigil's own, not a sender's protocol: Vigil's error shape.
  if (url.startsWith('/integrations/heartbeat/')) return { status: 413, shape: 'vigil' };
  if (url.startsWith('/integrations/')) return { status: 413, shape: 'pagerduty' };
  return { status: 413, shape: 'vigil' };
}

describe('request body limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuse a body over the limit on every route that takes one, in the documented shape', async () => {
    const routes = bodyRoutes(t.app.printRoutes({ commonPrefix: false }));
    // The parse found the routes of each family (guards against the tree format changing).
    for (const url of ['/api/v1/incidents', '/v2/enqueue', '/integrations/alertmanager/x', '/callbacks/twilio/sms', '/ack/x', '/api/v1/contact-methods/x/verify']) {
      expect(routes.map((r) => r.url)).toContain(url);
    }
    const oversize = JSON.stringify({ title: 'x'.repeat(API_BODY_LIMIT) });
    for (const { method, url } of routes) {
      const response = await t.request({ method: method as 'POST', url, headers: { 'content-type': 'application/json' }, payload: oversize });
      const want = expected(url);
      const where = `${method} ${url}: ${response.body.slice(0, 200)}`;
      expect(response.statusCode, where).toBe(want.status);
      if (want.shape === 'pagerduty') expect(response.json(), where).toMatchObject({ status: 'invalid event', errors: [expect.stringMatching(/larger than 512 KB/)] });
      else expect(response.json(), where).toEqual({ code: 'VIGIL_BODY_TOO_LARGE', message: expect.any(String) });
    }
  });

  it.each([
    ['an ingest endpoint', '/integrations/alertmanager/am-key', 'application/json', INGEST_BODY_LIMIT, 413],
    ['a Twilio callback', '/callbacks/twilio/sms', 'application/x-www-form-urlencoded', CALLBACK_BODY_LIMIT, 413],
    ['a Slack callback', '/callbacks/slack/interactions', 'application/x-www-form-urlencoded', CALLBACK_BODY_LIMIT, 413],
    ['the acknowledge form', '/ack/some-token', 'application/x-www-form-urlencoded', ACK_FORM_BODY_LIMIT, 413],
    ['the API', '/api/v1/incidents', 'application/json', API_BODY_LIMIT, 413],
  ])('apply their own, smaller limit on %s, sent with or without a Content-Length', async (_what, url, type, limit, status) => {
    const body = type === 'application/json' ? JSON.stringify({ pad: 'x'.repeat(limit) }) : `payload=${'x'.repeat(limit)}`;
    const sized = await t.request({ method: 'POST', url, headers: { 'content-type': type }, payload: body });
    expect(sized.statusCode, sized.body).toBe(status);
    // Chunked: no Content-Length, so the limit is counted while reading.
    const streamed = await t.request({ method: 'POST', url, headers: { 'content-type': type }, payload: Readable.from([body.slice(0, 1000), body.slice(1000)]) });
    expect(streamed.statusCode, streamed.body).toBe(status);
  });

  it('accepts bodies under the limits', async () => {
    const slack = await t.request({ method: 'POST', url: '/callbacks/slack/interactions', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `payload=${'x'.repeat(CALLBACK_BODY_LIMIT - 1000)}` });
    expect(slack.statusCode).toBe(403); // read, then refused for its missing signature
    const ack = await t.request({ method: 'POST', url: '/ack/some-token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(ack.statusCode).toBe(404); // read, then refused as an unknown link
  });
});
