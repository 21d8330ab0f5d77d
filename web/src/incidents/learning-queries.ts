import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { queryKeys } from '../api/queries';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type IncidentCost = Get<'/api/v1/incidents/{ref}/cost'>;
export type SimilarIncident = Get<'/api/v1/incidents/{ref}/similar'>['similar'][number];
export type CostEdit = NonNullable<paths['/api/v1/incidents/{ref}/cost']['patch']['requestBody']>['content']['application/json'];

/** Under the incident's key: an incident event (resolve, an edit) refreshes them with it. */
const keys = {
  cost: (number: string) => [...queryKeys.incident(number), 'cost'] as const,
  similar: (number: string) => [...queryKeys.incident(number), 'similar'] as const,
  postmortem: (number: string) => [...queryKeys.incident(number), 'postmortem'] as const,
};
const ref = (number: string) => ({ params: { path: { ref: number } } });

export function useIncidentCost(number: string) {
  return useQuery({ queryKey: keys.cost(number), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/cost', ref(number))) });
}

export function useEditCost(number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CostEdit) => unwrap(api.PATCH('/api/v1/incidents/{ref}/cost', { ...ref(number), body })),
    onSuccess: (cost) => {
      client.setQueryData(keys.cost(number), cost);
      void client.invalidateQueries({ queryKey: queryKeys.incident(number) });
    },
  });
}

export function useSimilarIncidents(number: string) {
  return useQuery({ queryKey: keys.similar(number), queryFn: () => unwrap(api.GET('/api/v1/incidents/{ref}/similar', ref(number))) });
}

/** The postmortem covering the incident, if one was written. */
export function useIncidentPostmortem(number: string) {
  return useQuery({
    queryKey: keys.postmortem(number),
    queryFn: async () => (await unwrap(api.GET('/api/v1/postmortems', { params: { query: { incident: Number(number) } } }))).postmortems[0] ?? null,
  });
}

export function useCreatePostmortem(number: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/incidents/{ref}/postmortem', { ...ref(number), body: {} })),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.postmortem(number) }),
  });
}

/** `252,000.00 USD` in the viewer's digits grouping; the currency code, not a symbol, so $ and A$ never mix. */
export function formatMoney(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)} ${currency}`;
}
