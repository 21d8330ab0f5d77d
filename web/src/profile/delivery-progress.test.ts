import { describe, expect, it } from 'vitest';
import { deliveryProgress, pollInterval, settled } from './delivery-progress';

const at = '2026-03-02T10:00:00.000Z';

describe('a delivery\'s progress in words', () => {
  it('says it is on its way until it settles', () => {
    expect(deliveryProgress({ status: 'queued', last_error: null, history: [{ at, status: 'queued', detail: null }] })).toEqual({ label: 'Waiting to send', tone: 'pending', detail: null });
    expect(deliveryProgress({ status: 'queued', last_error: 'timeout', history: [] })).toEqual({ label: 'Retrying', tone: 'pending', detail: 'last attempt failed: timeout' });
    const backedOff = 'attempt 2 failed: not tried: webhook:127.0.0.1:9999 failed to answer 3 times in a row; backed off until 2026-12-04T20:10:00.000Z';
    expect(deliveryProgress({ status: 'sending', last_error: 'refused', history: [{ at: '2026-12-04T20:00:00.000Z', status: 'sending', detail: null }, { at: '2026-12-04T20:00:01.000Z', status: 'retrying', detail: backedOff }] }))
      .toEqual({ label: 'Retrying', tone: 'pending', detail: backedOff });
    expect(deliveryProgress({ status: 'sending', last_error: null, history: [{ at: '2026-12-04T20:00:00.000Z', status: 'sending', detail: null }] })).toEqual({ label: 'Sending', tone: 'pending', detail: null });
    expect(deliveryProgress({ status: 'sending', last_error: null, history: [] }).tone).toBe('pending');
  });

  it('gives the provider\'s words when sent and the reason when it failed', () => {
    expect(deliveryProgress({ status: 'sent', last_error: null, history: [{ at, status: 'sent', detail: 'accepted by smtp as <1@x>' }] })).toEqual({ label: 'Sent', tone: 'done', detail: 'accepted by smtp as <1@x>' });
    expect(deliveryProgress({ status: 'failed', last_error: 'email is not configured: set VIGIL_SMTP_URL', history: [] })).toEqual({ label: 'Failed', tone: 'failed', detail: 'email is not configured: set VIGIL_SMTP_URL' });
  });

  it('stops asking once settled, and slows down then gives up when it never does', () => {
    expect(['sent', 'delivered', 'failed', 'cancelled'].every(settled)).toBe(true);
    expect(settled('sending')).toBe(false);
    expect(pollInterval(undefined, 0)).toBe(1_000);
    expect(pollInterval('sending', 40_000)).toBe(5_000);
    expect(pollInterval('sending', 6 * 60_000)).toBe(false);
    expect(pollInterval('sent', 1_000)).toBe(false);
  });
});
