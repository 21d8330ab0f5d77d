import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, describeBrowser, pushSupport } from './push-subscribe';

describe('adding this browser for push', () => {
  it('turns a base64url key into its bytes', () => {
    expect([...base64UrlToBytes('AQID_-8')]).toEqual([1, 2, 3, 255, 239]);
    expect(base64UrlToBytes('BPw').length).toBe(2);
  });

  it('names the browser and the device it runs on', () => {
    expect(describeBrowser('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36')).toBe('Chrome on Android');
    expect(describeBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1')).toBe('Safari on iPhone');
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge on Windows');
    expect(describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox on Linux');
  });

  it('says why push cannot work here', () => {
    const desktop = { secure: true, serviceWorker: true, pushManager: true, notification: true, userAgent: 'Chrome/131 Windows', standalone: false };
    expect(pushSupport(desktop)).toEqual({ ok: true });
    expect(pushSupport({ ...desktop, secure: false })).toMatchObject({ ok: false, why: expect.stringContaining('https') });
    expect(pushSupport({ ...desktop, userAgent: 'iPhone Safari/604.1' })).toMatchObject({ ok: false, why: expect.stringContaining('Home Screen') });
    expect(pushSupport({ ...desktop, userAgent: 'iPhone Safari/604.1', standalone: true })).toEqual({ ok: true });
    expect(pushSupport({ ...desktop, pushManager: false })).toMatchObject({ ok: false, why: 'This browser does not support push notifications.' });
  });
});
