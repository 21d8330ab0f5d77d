import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type RunbookSummary = Json<paths['/api/v1/runbooks']['get']['responses'][200]>['runbooks'][number];
export type Runbook = Json<paths['/api/v1/runbooks/{id}']['get']['responses'][200]>;
export type RunbookVersion = Json<paths['/api/v1/runbooks/{id}/versions']['get']['responses'][200]>['versions'][number];
export type RunbookBody = NonNullable<paths['/api/v1/runbooks']['post']['requestBody']>['content']['application/json'];

export const runbookKeys = {
  runbooks: ['runbooks'] as const,
  runbook: (id: string) => ['runbook', id] as const,
  versions: (id: string) => ['runbook', id, 'versions'] as const,
  version: (id: string, version: number) => ['runbook', id, 'versions', version] as const,
  services: ['services'] as const,
  teams: ['teams'] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useRunbooks() {
  return useQuery({ queryKey: runbookKeys.runbooks, queryFn: () => unwrap(api.GET('/api/v1/runbooks')) });
}

export function useRunbook(id: string) {
  return useQuery({ queryKey: runbookKeys.runbook(id), queryFn: () => unwrap(api.GET('/api/v1/runbooks/{id}', path(id))) });
}

export function useRunbookVersions(id: string) {
  return useQuery({ queryKey: runbookKeys.versions(id), queryFn: () => unwrap(api.GET('/api/v1/runbooks/{id}/versions', path(id))) });
}

export function useRunbookVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: runbookKeys.version(id, version ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/runbooks/{id}/versions/{version}', { params: { path: { id, version: version ?? 1 } } })),
    enabled: version !== null,
  });
}

/** The same keys the services area uses for the same lists, so the cache is shared. */
export function useServiceList() {
  return useQuery({ queryKey: runbookKeys.services, queryFn: () => unwrap(api.GET('/api/v1/services')) });
}

export function useTeamList() {
  return useQuery({ queryKey: runbookKeys.teams, queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
}

function useSaved() {
  const client = useQueryClient();
  return (saved: Runbook) => {
    client.setQueryData(runbookKeys.runbook(saved.id), saved);
    void client.invalidateQueries({ queryKey: runbookKeys.runbooks });
    void client.invalidateQueries({ queryKey: runbookKeys.versions(saved.id) });
    // Incidents show runbooks too: their panels read them again.
    void client.invalidateQueries({ queryKey: ['incident'] });
  };
}

export function useCreateRunbook() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: RunbookBody) => unwrap(api.POST('/api/v1/runbooks', { body })), onSuccess: saved });
}

export function useUpdateRunbook(id: string) {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: Omit<RunbookBody, 'id'>) => unwrap(api.PUT('/api/v1/runbooks/{id}', { ...path(id), body })), onSuccess: saved });
}

export function useReviewRunbook(id: string) {
  const saved = useSaved();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/runbooks/{id}/review', path(id))), onSuccess: saved });
}

export function useDeleteRunbook(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/runbooks/{id}', path(id))),
    onSuccess: () => {
      client.removeQueries({ queryKey: runbookKeys.runbook(id) });
      void client.invalidateQueries({ queryKey: runbookKeys.runbooks });
      void client.invalidateQueries({ queryKey: ['incident'] });
    },
  });
}
