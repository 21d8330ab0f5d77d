import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Silence = Json<paths['/api/v1/silences/{id}']['get']['responses'][200]>;
export type SilenceState = Silence['state'];
export type SilenceBody = NonNullable<paths['/api/v1/silences']['post']['requestBody']>['content']['application/json'];
export type Matcher = SilenceBody['matchers'][number];
export type Preview = Json<paths['/api/v1/silences/preview']['post']['responses'][200]>;
export type Proposal = Json<paths['/api/v1/incidents/{ref}/silence']['post']['responses'][200]>;
export type MaintenanceWindow = Json<paths['/api/v1/maintenance-windows/{id}']['get']['responses'][200]>;
export type WindowBody = NonNullable<paths['/api/v1/maintenance-windows']['post']['requestBody']>['content']['application/json'];

export const noiseKeys = {
  silences: (state: SilenceState) => ['silences', state] as const,
  preview: (matchers: readonly Matcher[], services: readonly string[] | null) => ['silences', 'preview', matchers, services] as const,
  windows: ['maintenance-windows'] as const,
  service: (id: string) => ['maintenance-windows', 'service', id] as const,
  services: ['services'] as const,
};

export function useSilences(state: SilenceState) {
  return useQuery({ queryKey: noiseKeys.silences(state), queryFn: () => unwrap(api.GET('/api/v1/silences', { params: { query: { state, limit: 200 } } })) });
}

/** How many recent alerts the matchers would hold: asked again as they change, the last answer kept meanwhile. */
export function useSilencePreview(matchers: readonly Matcher[], services: readonly string[] | null, enabled: boolean) {
  return useQuery({
    queryKey: noiseKeys.preview(matchers, services),
    queryFn: () => unwrap(api.POST('/api/v1/silences/preview', { body: { matchers: [...matchers], services: services === null ? null : [...services] } })),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateSilence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SilenceBody) => unwrap(api.POST('/api/v1/silences', { body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['silences'] }),
  });
}

export function useExpireSilence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/silences/{id}', { params: { path: { id } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['silences'] }),
  });
}

export type SilencePatch = NonNullable<paths['/api/v1/silences/{id}']['patch']['requestBody']>['content']['application/json'];

export function useChangeSilence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SilencePatch }) => unwrap(api.PATCH('/api/v1/silences/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['silences'] }),
  });
}

/** What "silence alerts like this" would make for an incident: matchers on the labels its alerts share. */
export function useSilenceProposal() {
  return useMutation({
    mutationFn: ({ number, duration }: { number: string; duration: string }) =>
      unwrap(api.POST('/api/v1/incidents/{ref}/silence', { params: { path: { ref: number } }, body: { duration, dry_run: true } })) as Promise<Proposal>,
  });
}

export function useMaintenanceWindows() {
  return useQuery({ queryKey: noiseKeys.windows, queryFn: () => unwrap(api.GET('/api/v1/maintenance-windows')) });
}

export function useServiceMaintenance(id: string) {
  return useQuery({ queryKey: noiseKeys.service(id), queryFn: () => unwrap(api.GET('/api/v1/services/{id}/maintenance', { params: { path: { id } } })) });
}

/** The services in maintenance now, from the list of windows. */
export function useServicesInMaintenance(): ReadonlySet<string> {
  const windows = useMaintenanceWindows();
  return new Set((windows.data?.maintenance_windows ?? []).filter((w) => w.state === 'active').flatMap((w) => w.services));
}

export function useServiceList() {
  return useQuery({ queryKey: noiseKeys.services, queryFn: () => unwrap(api.GET('/api/v1/services')) });
}

function useWindowsChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['maintenance-windows'] });
    // Incident views say whether their service is in maintenance.
    void client.invalidateQueries({ queryKey: ['incident'] });
  };
}

export function useCreateWindow() {
  const changed = useWindowsChanged();
  return useMutation({ mutationFn: (body: WindowBody) => unwrap(api.POST('/api/v1/maintenance-windows', { body })), onSuccess: changed });
}

export function useEndWindow() {
  const changed = useWindowsChanged();
  return useMutation({ mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/maintenance-windows/{id}', { params: { path: { id } } })), onSuccess: changed });
}
