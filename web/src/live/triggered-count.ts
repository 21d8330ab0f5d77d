import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { incidentSummaryKey } from './incident-cache';

/**
 * How many incidents are triggered (nobody has them yet): the nav badge and the tab title. The
 * counts are read again whenever the stream brings a change, so they can be kept a long while.
 */
export function useTriggeredCount(): number {
  const query = useQuery({
    queryKey: incidentSummaryKey({}),
    queryFn: () => unwrap(api.GET('/api/v1/incidents/summary', { params: { query: {} } })),
    staleTime: 5 * 60_000,
    retry: false,
    enabled: typeof window !== 'undefined' && window.location.pathname !== '/login',
  });
  return query.data?.by_status.triggered ?? 0;
}
