import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? Json<R> : never;

export type Summary = Get<'/api/v1/analytics/summary'>;
export type OverTime = Get<'/api/v1/analytics/incidents-over-time'>;
export type OncallLoad = Get<'/api/v1/analytics/oncall-load'>;
export type Costs = Get<'/api/v1/analytics/costs'>;
export type Definition = Get<'/api/v1/analytics/definitions'>['definitions'][number];

/** The page's filters as the API takes them; empty strings are left out. */
export interface Filters {
  readonly from: string;
  readonly to: string;
  readonly service: string;
  readonly team: string;
  readonly severity: string;
}

export function queryOf(filters: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
}

const keep = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

/** The rules, as the server words them: every tooltip quotes these. */
export function useDefinitions() {
  return useQuery({ queryKey: ['analytics', 'definitions'], queryFn: () => unwrap(api.GET('/api/v1/analytics/definitions')), staleTime: Infinity });
}

export function useSummary(filters: Filters) {
  return useQuery({ queryKey: ['analytics', 'summary', filters], queryFn: async () => (await unwrap(api.GET('/api/v1/analytics/summary', { params: { query: queryOf(filters) } }))) as Summary, ...keep });
}

export function useOverTime(filters: Filters, bucket: 'day' | 'week' | 'month', timeZone: string) {
  return useQuery({
    queryKey: ['analytics', 'over-time', filters, bucket, timeZone],
    queryFn: async () => (await unwrap(api.GET('/api/v1/analytics/incidents-over-time', { params: { query: { ...queryOf(filters), bucket, time_zone: timeZone } } }))) as OverTime,
    ...keep,
  });
}

export function useOncallLoad(filters: Filters) {
  const { from, to, team } = filters;
  return useQuery({
    queryKey: ['analytics', 'oncall-load', from, to, team],
    queryFn: async () => (await unwrap(api.GET('/api/v1/analytics/oncall-load', { params: { query: queryOf({ from, to, team, service: '', severity: '' }) } }))) as OncallLoad,
    ...keep,
  });
}

export function useCosts(filters: Filters) {
  const { from, to, service, team } = filters;
  return useQuery({
    queryKey: ['analytics', 'costs', from, to, service, team],
    queryFn: async () => (await unwrap(api.GET('/api/v1/analytics/costs', { params: { query: queryOf({ from, to, service, team, severity: '' }) } }))) as Costs,
    ...keep,
  });
}

/** Asks the server for the table as CSV (its bytes, its quoting) and saves it as a file. */
export async function downloadCsv(path: string, query: Record<string, string>, filename: string): Promise<void> {
  const response = await fetch(`${path}?${new URLSearchParams(query).toString()}`, { headers: { accept: 'text/csv' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Export refused (${response.status})`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** `45 s`, `12 min`, `1 h 5 min`, `2 d 3 h`. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} d${h > 0 ? ` ${h} h` : ''}`;
  return `${h} h${m > 0 ? ` ${m} min` : ''}`;
}

export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10}%`;
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
