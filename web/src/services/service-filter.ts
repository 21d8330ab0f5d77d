/**
 * The services list's filter, kept in the address (`?q=check&team=platform&open=1`) so a filtered
 * view can be shared, and echoed as a sentence so it is clear which list is on screen.
 */
export interface ServiceFilter {
  readonly text: string;
  readonly team: string | null;
  readonly openOnly: boolean;
}

export interface ServiceRow {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly team: string | null;
  readonly escalation_policy: string | null;
  readonly open_incidents: number;
}

export function readFilter(params: URLSearchParams): ServiceFilter {
  return { text: params.get('q') ?? '', team: params.get('team') || null, openOnly: params.get('open') === '1' };
}

/** The address's query for a filter; empty parts are left out. */
export function writeFilter(filter: ServiceFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text.trim() !== '') params.set('q', filter.text);
  if (filter.team !== null) params.set('team', filter.team);
  if (filter.openOnly) params.set('open', '1');
  return params;
}

export function isFiltered(filter: ServiceFilter): boolean {
  return filter.text.trim() !== '' || filter.team !== null || filter.openOnly;
}

/** Services matching every part of the filter; the text matches name, id, description, team or policy names. */
export function filterServices<T extends ServiceRow>(services: readonly T[], filter: ServiceFilter, names: { team(id: string): string; policy(id: string): string }): T[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== '');
  return services.filter((service) => {
    if (filter.team !== null && service.team !== filter.team) return false;
    if (filter.openOnly && service.open_incidents === 0) return false;
    const haystack = [
      service.name,
      service.id,
      service.description ?? '',
      service.team === null ? '' : names.team(service.team),
      service.escalation_policy === null ? '' : names.policy(service.escalation_policy),
    ].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** "3 services", "1 service of Platform with open incidents matching “check”". */
export function describeFilter(count: number, filter: ServiceFilter, teamName: (id: string) => string): string {
  const parts = [`${count} ${count === 1 ? 'service' : 'services'}`];
  if (filter.team !== null) parts.push(`of ${teamName(filter.team)}`);
  if (filter.openOnly) parts.push('with open incidents');
  if (filter.text.trim() !== '') parts.push(`matching “${filter.text.trim()}”`);
  return parts.join(' ');
}
