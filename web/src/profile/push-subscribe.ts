/** Pure helpers for adding this browser as a push contact method. */

/** The VAPID public key (base64url) as the bytes `pushManager.subscribe` wants. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What the browser calls itself, for the method's name: "Chrome on Android", "Safari on iPhone". */
export function describeBrowser(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? 'Edge'
    : /Firefox\//.test(userAgent) ? 'Firefox'
    : /Chrome\/|Chromium\//.test(userAgent) ? 'Chrome'
    : /Safari\//.test(userAgent) ? 'Safari'
    : 'Browser';
  const device = /iPhone/.test(userAgent) ? 'iPhone'
    : /iPad/.test(userAgent) ? 'iPad'
    : /Android/.test(userAgent) ? 'Android'
    : /Mac OS X|Macintosh/.test(userAgent) ? 'Mac'
    : /Windows/.test(userAgent) ? 'Windows'
    : /Linux/.test(userAgent) ? 'Linux'
    : null;
  return device === null ? browser : `${browser} on ${device}`;
}

export type PushSupport = { readonly ok: true } | { readonly ok: false; readonly why: string };

/** Whether this browser can take push pages, and in words why not. */
export function pushSupport(env: { secure: boolean; serviceWorker: boolean; pushManager: boolean; notification: boolean; userAgent: string; standalone: boolean }): PushSupport {
  if (!env.secure) return { ok: false, why: 'Push needs Vigil served over https (or on this machine).' };
  if (/iPhone|iPad/.test(env.userAgent) && !env.standalone) {
    return { ok: false, why: 'On iPhone and iPad, add Vigil to the Home Screen first (Share → Add to Home Screen, iOS 16.4 or later), then open it from there.' };
  }
  if (!env.serviceWorker || !env.pushManager || !env.notification) return { ok: false, why: 'This browser does not support push notifications.' };
  return { ok: true };
}
