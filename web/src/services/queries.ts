import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Service = Json<paths['/api/v1/services/{id}']['get']['responses'][200]>;
export type ServiceIntegrations = Json<paths['/api/v1/services/{id}/integrations']['get']['responses'][200]>;
export type ServicePatch = NonNullable<paths['/api/v1/services/{id}']['patch']['requestBody']>['content']['application/json'];

/** The same keys the policies area uses for the same lists, so the cache is shared. */
export const serviceKeys = {
  services: ['services'] as const,
  service: (id: string) => ['service', id] as const,
  integrations: (id: string) => ['service', id, 'integrations'] as const,
  openIncidents: (id: string) => ['incidents', { service: id, status: 'open' }] as const,
  policies: ['escalation-policies'] as const,
  teams: ['teams'] as const,
};

export function useServices() {
  return useQuery({ queryKey: serviceKeys.services, queryFn: () => unwrap(api.GET('/api/v1/services')) });
}

export function useService(id: string) {
  return useQuery({ queryKey: serviceKeys.service(id), queryFn: () => unwrap(api.GET('/api/v1/services/{id}', { params: { path: { id } } })) });
}

/** Routing keys: fetched only for people allowed to see them, never kept once the page is left. */
export function useServiceIntegrations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: serviceKeys.integrations(id),
    queryFn: () => unwrap(api.GET('/api/v1/services/{id}/integrations', { params: { path: { id } } })),
    enabled,
    gcTime: 0,
  });
}

/** The service's incidents not yet resolved, most recent first (the list view's own order). */
export function useOpenIncidents(id: string) {
  return useQuery({
    queryKey: serviceKeys.openIncidents(id),
    queryFn: () => unwrap(api.GET('/api/v1/incidents', { params: { query: { service: [id], status: ['triggered', 'acknowledged'], limit: 100 } } })),
  });
}

export function usePolicies() {
  return useQuery({ queryKey: serviceKeys.policies, queryFn: () => unwrap(api.GET('/api/v1/escalation-policies')) });
}

export function useTeams() {
  return useQuery({ queryKey: serviceKeys.teams, queryFn: () => unwrap(api.GET('/api/v1/teams')), staleTime: 5 * 60_000 });
}

export function usePatchService(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ServicePatch) => unwrap(api.PATCH('/api/v1/services/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(serviceKeys.service(id), saved);
      void client.invalidateQueries({ queryKey: serviceKeys.services });
      void client.invalidateQueries({ queryKey: serviceKeys.policies });
    },
  });
}
