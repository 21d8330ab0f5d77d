import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

export type Outlook = paths['/api/v1/oncall/outlook']['get']['responses'][200]['content']['application/json'];
export type PolicyOutlook = Outlook['escalation_policies'][number];
export type TargetOutlook = PolicyOutlook['levels'][number]['targets'][number];
export type ContactMethod = Outlook['contacts'][number]['contact_methods'][number];

/**
 * Who is on call now and next: refetched on every visit and each minute, since "now" moves and
 * an override made on a schedule page must show here at once.
 */
export function useOutlook() {
  return useQuery({
    queryKey: ['oncall-outlook'],
    queryFn: () => unwrap(api.GET('/api/v1/oncall/outlook')),
    staleTime: 0,
    refetchInterval: 60_000,
  });
}
