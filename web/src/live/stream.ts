import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

interface LiveState {
  readonly status: LiveStatus;
  /** When the last event or heartbeat arrived (ms), for "data from 03:12". */
  readonly lastHeardAt: number | null;
}

let state: LiveState = { status: 'connecting', lastHeardAt: null };
const listeners = new Set<() => void>();

function setState(next: Partial<LiveState>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/**
 * Keeps the console current from `GET /api/v1/stream`: an incident event refreshes the lists and
 * that incident's page; a reset (the server could not replay what was missed) refreshes everything.
 * EventSource reconnects by itself, sending Last-Event-ID.
 */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/stream');
    let offlineTimer: number | undefined;
    source.onopen = () => {
      window.clearTimeout(offlineTimer);
      setState({ status: 'live', lastHeardAt: Date.now() });
    };
    source.onerror = () => {
      setState({ status: 'reconnecting' });
      window.clearTimeout(offlineTimer);
      offlineTimer = window.setTimeout(() => setState({ status: 'offline' }), 30_000);
    };
    source.addEventListener('incident', (event) => {
      setState({ lastHeardAt: Date.now() });
      const data = JSON.parse((event as MessageEvent<string>).data) as { incident?: { number?: number } };
      void client.invalidateQueries({ queryKey: ['incidents'] });
      if (data.incident?.number !== undefined) void client.invalidateQueries({ queryKey: ['incident', String(data.incident.number)] });
    });
    source.addEventListener('reset', () => {
      setState({ lastHeardAt: Date.now() });
      void client.invalidateQueries();
    });
    return () => {
      window.clearTimeout(offlineTimer);
      source.close();
    };
  }, [client, enabled]);
}
