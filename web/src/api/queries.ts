import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** Queries several areas share. Area-specific ones live in their area's folder. */
export const queryKeys = {
  me: ['me'] as const,
  severities: ['severities'] as const,
  incidents: (filters: Record<string, unknown> = {}) => ['incidents', filters] as const,
  incident: (number: number | string) => ['incident', String(number)] as const,
};

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: () => unwrap(api.GET('/api/v1/me')), staleTime: 60_000, retry: false });
}

/** Severities change with `vigil.yaml` only: fetched once a session. */
export function useSeverities() {
  return useQuery({ queryKey: queryKeys.severities, queryFn: () => unwrap(api.GET('/api/v1/severities')), staleTime: 10 * 60_000 });
}
