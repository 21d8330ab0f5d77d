import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** How many incidents are triggered (nobody has them yet): the nav badge and the tab title. */
export function useTriggeredCount(): number {
  const query = useQuery({
    queryKey: ['incidents', { status: 'triggered', count: true }],
    queryFn: () => unwrap(api.GET('/api/v1/incidents', { params: { query: { status: ['triggered'], limit: 100 } } })),
    staleTime: 30_000,
    retry: false,
    enabled: typeof window !== 'undefined' && window.location.pathname !== '/login',
  });
  return query.data?.incidents.length ?? 0;
}
