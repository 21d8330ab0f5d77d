import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpFor, notificationFor, readPayload, registerPushHandlers, type PushPayload } from './push-handlers';

const PAGE: PushPayload = {
  kind: 'page',
  title: 'SEV-1 #42 · Checkout API',
  body: 'DB pool exhausted · triggered 4 min ago',
  tag: 'incident-42',
  requireInteraction: true,
  silent: false,
  url: '/incidents/42',
  actions: [
    { action: 'acknowledge', title: 'Acknowledge', url: '/ack/ack_a.sig' },
    { action: 'resolve', title: 'Resolve', url: '/ack/ack_r.sig' },
  ],
  timestamp: 1_700_000_000_000,
};

type Listener = (event: unknown) => void;

/** Just enough of a service worker's global scope for the handlers. */
function fakeWorker(windows: { url: string; focus: () => Promise<unknown>; navigate: (url: string) => Promise<unknown> }[] = []) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const sw = {
    location: new URL('https://vigil.example.com/sw.js'),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    registration: { showNotification: async (title: string, options: Record<string, unknown>) => void shown.push({ title, options }) },
    clients: { matchAll: async () => windows, openWindow: async (url: string) => void opened.push(url) },
  };
  registerPushHandlers(sw as unknown as ServiceWorkerGlobalScope);
  const dispatch = async (type: string, event: Record<string, unknown>) => {
    const pending: Promise<unknown>[] = [];
    listeners.get(type)?.({ ...event, waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
  };
  const click = (action: string, data: unknown = notificationFor(PAGE).options.data) => dispatch('notificationclick', { action, notification: { tag: 'incident-42', data, close: () => undefined } });
  return { shown, opened, dispatch, click };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('push pages in the service worker', () => {
  it('shows a page with its buttons, keeping the links for the click, and buzzes again for a repeat page', async () => {
    const worker = fakeWorker();
    await worker.dispatch('push', { data: { text: () => JSON.stringify(PAGE) } });
    expect(worker.shown).toEqual([{
      title: 'SEV-1 #42 · Checkout API',
      options: {
        body: 'DB pool exhausted · triggered 4 min ago', tag: 'incident-42', requireInteraction: true, silent: false, renotify: true,
        icon: '/icons/icon-192.png', badge: '/icons/icon-192.png', timestamp: 1_700_000_000_000,
        data: { url: '/incidents/42', actions: PAGE.actions, tag: 'incident-42' },
        actions: [{ action: 'acknowledge', title: 'Acknowledge' }, { action: 'resolve', title: 'Resolve' }],
      },
    }]);
  });

  it('replaces the notification quietly for an update, and shows something for a message it cannot read', () => {
    expect(notificationFor(readPayload(JSON.stringify({ ...PAGE, kind: 'event', silent: true, actions: [] }))).options).toMatchObject({ silent: true, renotify: false, tag: 'incident-42' });
    expect(notificationFor(readPayload('not json'))).toMatchObject({ title: 'Vigil', options: { tag: 'vigil', actions: [] } });
    // Links elsewhere than Vigil's own origin are dropped.
    expect(readPayload(JSON.stringify({ ...PAGE, url: 'https://evil.example.com/', actions: [{ action: 'acknowledge', title: 'A', url: 'https://evil.example.com/x' }] }))).toMatchObject({ url: '/', actions: [] });
  });

  it('POSTs a button\'s link without cookies, asking for JSON, and says what happened in place of the page', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ action: 'acknowledge', message: 'Acknowledged #42.', incidents: [{ number: 42, done: true, note: null }] }), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const worker = fakeWorker();
    await worker.click('acknowledge');
    expect(calls).toEqual([{ url: 'https://vigil.example.com/ack/ack_a.sig', init: { method: 'POST', headers: { accept: 'application/json' }, credentials: 'omit' } }]);
    expect(worker.shown).toEqual([{ title: '#42 acknowledged', options: expect.objectContaining({ body: 'Acknowledged #42.', tag: 'incident-42', silent: true, renotify: false }) }]);
  });

  it('says why a button did nothing: a used link, or Vigil out of reach', async () => {
    expect(followUpFor('acknowledge', 'incident-42', { status: 409, answer: { code: 'VIGIL_LINK_USED', message: 'This link was already used.' } })).toMatchObject({ title: 'Not acknowledged', options: { body: 'This link was already used.' } });
    expect(followUpFor('resolve', 'incident-42', { status: 200, answer: { message: 'Not changed: #42 already resolved.', incidents: [{ number: 42, done: false }] } })).toMatchObject({ title: 'Nothing resolved' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const worker = fakeWorker();
    await worker.click('resolve');
    expect(worker.shown[0]).toMatchObject({ title: 'Not resolved: Vigil could not be reached', options: { body: 'Open Vigil to resolve it.' } });
  });

  it('opens the incident on a plain tap, in the console tab already open if there is one', async () => {
    const navigated: string[] = [];
    const tab = { url: 'https://vigil.example.com/oncall', focus: async () => tab, navigate: async (url: string) => navigated.push(url) };
    const withTab = fakeWorker([tab]);
    await withTab.click('');
    expect(navigated).toEqual(['https://vigil.example.com/incidents/42']);
    expect(withTab.opened).toEqual([]);
    const without = fakeWorker();
    await without.click('');
    expect(without.opened).toEqual(['https://vigil.example.com/incidents/42']);
  });
});
