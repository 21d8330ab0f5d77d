/// <reference lib="webworker" />
/**
 * Push pages in the console's service worker. Vigil sends a small JSON message (see
 * `PushPayload` in src/notify/channels.ts): it becomes a notification whose buttons POST to
 * single-use links on Vigil (no session needed: the link is the credential), and whose tap opens
 * the incident. Nothing here reads or caches the API.
 */

export interface PushAction {
  readonly action: 'acknowledge' | 'resolve';
  readonly title: string;
  /** A path on Vigil's origin. */
  readonly url: string;
}

export interface PushPayload {
  readonly kind: 'page' | 'test' | 'verification' | 'event';
  readonly title: string;
  readonly body: string;
  readonly tag: string;
  readonly requireInteraction: boolean;
  readonly silent: boolean;
  readonly url: string;
  readonly actions: readonly PushAction[];
  readonly code?: string;
  readonly timestamp?: number;
}

/** What a notification keeps for its click. */
export interface NotificationData {
  readonly url: string;
  readonly actions: readonly PushAction[];
  readonly tag: string;
}

/** NotificationOptions with the members browsers take that TypeScript's lib leaves out. */
export type ShownOptions = NotificationOptions & {
  actions?: { action: string; title: string }[];
  renotify?: boolean;
  timestamp?: number;
};

const ICON = '/icons/icon-192.png';

/** Reads a push message's JSON; anything else (an empty push, a stray message) is a plain "open Vigil" notification. */
export function readPayload(text: string | null): PushPayload {
  try {
    const value = JSON.parse(text ?? '') as Partial<PushPayload>;
    if (typeof value.title === 'string' && typeof value.tag === 'string') {
      return {
        kind: value.kind ?? 'page',
        title: value.title,
        body: typeof value.body === 'string' ? value.body : '',
        tag: value.tag,
        requireInteraction: value.requireInteraction === true,
        silent: value.silent === true,
        url: typeof value.url === 'string' && value.url.startsWith('/') ? value.url : '/',
        actions: Array.isArray(value.actions) ? value.actions.filter((a) => (a.action === 'acknowledge' || a.action === 'resolve') && typeof a.url === 'string' && a.url.startsWith('/')) : [],
        ...(typeof value.code === 'string' ? { code: value.code } : {}),
        ...(typeof value.timestamp === 'number' ? { timestamp: value.timestamp } : {}),
      };
    }
  } catch {
    // not JSON: the plain notification below
  }
  return { kind: 'page', title: 'Vigil', body: 'Something needs you: open Vigil.', tag: 'vigil', requireInteraction: false, silent: false, url: '/', actions: [] };
}

/** The notification a push message shows. A silent one (an update) replaces its tag's without a sound. */
export function notificationFor(payload: PushPayload): { title: string; options: ShownOptions } {
  const data: NotificationData = { url: payload.url, actions: payload.actions, tag: payload.tag };
  return {
    title: payload.title,
    options: {
      body: payload.body,
      tag: payload.tag,
      requireInteraction: payload.requireInteraction,
      silent: payload.silent,
      renotify: !payload.silent,
      icon: ICON,
      badge: ICON,
      data,
      actions: payload.actions.map(({ action, title }) => ({ action, title })),
      ...(payload.timestamp === undefined ? {} : { timestamp: payload.timestamp }),
    },
  };
}

interface ActionAnswer {
  readonly action?: 'acknowledge' | 'resolve';
  readonly message?: string;
  readonly incidents?: readonly { readonly number: number | null; readonly done: boolean }[];
  readonly code?: string;
}

/**
 * The follow-up notification after a button was pressed: "#42 acknowledged", or why not. It
 * takes the page's tag, so it replaces the page (and its buttons), quietly.
 */
export function followUpFor(action: 'acknowledge' | 'resolve', tag: string, outcome: { readonly status: number; readonly answer: ActionAnswer | null } | null): { title: string; options: ShownOptions } {
  const past = action === 'acknowledge' ? 'acknowledged' : 'resolved';
  const options = (body: string): ShownOptions => ({ body, tag, silent: true, renotify: false, requireInteraction: false, icon: ICON, badge: ICON, data: { url: '/', actions: [], tag } satisfies NotificationData });
  if (outcome === null) return { title: `Not ${past}: Vigil could not be reached`, options: options(`Open Vigil to ${action} it.`) };
  const message = outcome.answer?.message ?? '';
  if (outcome.status >= 200 && outcome.status < 300) {
    const done = (outcome.answer?.incidents ?? []).filter((i) => i.done && i.number !== null).map((i) => `#${i.number}`);
    return { title: done.length > 0 ? `${done.join(', ')} ${past}` : `Nothing ${past}`, options: options(message) };
  }
  return { title: `Not ${past}`, options: options(message || `Vigil answered ${outcome.status}. Open Vigil to ${action} it.`) };
}

async function act(sw: ServiceWorkerGlobalScope, data: NotificationData, action: 'acknowledge' | 'resolve'): Promise<void> {
  const link = data.actions.find((a) => a.action === action);
  if (link === undefined) return openConsole(sw, data.url);
  let outcome: { status: number; answer: ActionAnswer | null } | null;
  try {
    // No cookies: the link itself is the credential, acting for the person the page was sent to.
    const response = await fetch(new URL(link.url, sw.location.origin).href, { method: 'POST', headers: { accept: 'application/json' }, credentials: 'omit' });
    const answer = await response.json().then((value: unknown) => value as ActionAnswer, () => null);
    outcome = { status: response.status, answer };
  } catch {
    outcome = null;
  }
  const { title, options } = followUpFor(action, data.tag, outcome);
  await sw.registration.showNotification(title, options);
}

/** A console tab already open is focused (and shown the page); otherwise one is opened. */
async function openConsole(sw: ServiceWorkerGlobalScope, url: string): Promise<void> {
  const target = new URL(url, sw.location.origin).href;
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === sw.location.origin);
  if (open === undefined) {
    await sw.clients.openWindow(target);
    return;
  }
  const focused = await open.focus();
  if (focused.url !== target) await focused.navigate(target).catch(() => null);
}

/** Adds the push and notification-click handlers to the service worker. */
export function registerPushHandlers(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('push', (event) => {
    const { title, options } = notificationFor(readPayload(event.data?.text() ?? null));
    event.waitUntil(sw.registration.showNotification(title, options));
  });

  sw.addEventListener('notificationclick', (event) => {
    const notification = event.notification;
    const data = (notification.data ?? { url: '/', actions: [], tag: notification.tag }) as NotificationData;
    notification.close();
    const action = event.action;
    event.waitUntil(action === 'acknowledge' || action === 'resolve' ? act(sw, data, action) : openConsole(sw, data.url));
  });
}
