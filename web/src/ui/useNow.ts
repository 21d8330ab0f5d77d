import { useEffect, useState } from 'react';
import { serverNow } from '../api/server-time';

/** The server's "now", ticking every `everyMs`: countdowns never freeze and never trust a wrong local clock. */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(serverNow()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
