import { Button, Group, NativeSelect, SimpleGrid, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect, useState, type Ref } from 'react';
import type { Severities } from '../api/types';
import { SeverityBadge } from '../ui/SeverityBadge';
import { STATUSES, toggle, type ListFilters, type Status } from './list-filters';

const STATUS_LABELS: Record<Status, string> = { triggered: 'Triggered', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export interface FilterCounts {
  readonly byStatus: Readonly<Record<Status, number>> | undefined;
  readonly bySeverity: ReadonlyMap<string, number> | undefined;
}

/**
 * Count chips that also filter (a severity or status and how many it would show), and the other
 * filters. Every change goes to the address at once; the search waits for a pause in typing.
 */
export function IncidentsFilters({ filters, onChange, severities, counts, services, teams, searchRef }: {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  severities: Severities['severities'];
  counts: FilterCounts;
  services: readonly { id: string; name: string }[];
  teams: readonly { id: string; name: string }[];
  searchRef: Ref<HTMLInputElement>;
}) {
  const shownStatuses = filters.statuses.length === 0 ? STATUSES : filters.statuses;
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text.trim() === filters.q) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, q: text.trim() }), 300);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const countText = (count: number | undefined) => (count === undefined ? '…' : String(count));

  return (
    <>
      <Group gap="xs" role="group" aria-label="Severity">
        {severities.map((severity) => {
          const pressed = filters.severities.includes(severity.id);
          const count = counts.bySeverity?.get(severity.id);
          return (
            <Button
              key={severity.id}
              variant={pressed ? 'light' : 'default'}
              size="sm"
              h={44}
              aria-pressed={pressed}
              onClick={() => onChange({ ...filters, severities: toggle(filters.severities, severity.id) })}
              leftSection={<span aria-hidden="true" style={{ width: 12 }}>{pressed ? '✓' : ''}</span>}
              styles={{ label: { gap: 8 } }}
            >
              <SeverityBadge severity={severity} size="sm" />
              <Text span size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>{countText(count)}</Text>
              <VisuallyHidden> {severity.name} incidents</VisuallyHidden>
            </Button>
          );
        })}
        <span aria-hidden="true" style={{ width: 8 }} />
        <Group gap="xs" role="group" aria-label="Status">
          {STATUSES.map((status) => {
            const pressed = shownStatuses.includes(status);
            return (
              <Button
                key={status}
                variant={pressed ? 'light' : 'default'}
                size="sm"
                h={44}
                aria-pressed={pressed}
                onClick={() => {
                  const next = toggle(shownStatuses, status);
                  // None chosen would show nothing: it means any status, as every one chosen does.
                  onChange({ ...filters, statuses: next.length === STATUSES.length ? [] : next });
                }}
                leftSection={<span aria-hidden="true" style={{ width: 12 }}>{pressed ? '✓' : ''}</span>}
              >
                {STATUS_LABELS[status]}
                <Text span size="sm" fw={600} ml={8} style={{ fontVariantNumeric: 'tabular-nums' }}>{countText(counts.byStatus?.[status])}</Text>
              </Button>
            );
          })}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          ref={searchRef}
          label="Search titles"
          placeholder="Words in the title or description"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
          rightSection={<Text span size="xs" c="dimmed" aria-hidden="true" visibleFrom="sm">/</Text>}
          size="md"
          type="search"
        />
        <NativeSelect
          label="Service"
          value={filters.service ?? ''}
          onChange={(event) => onChange({ ...filters, service: event.currentTarget.value || null })}
          data={[{ value: '', label: 'Any service' }, ...services.map((s) => ({ value: s.id, label: s.name })), ...missing(filters.service, services)]}
          size="md"
        />
        <NativeSelect
          label="Team"
          value={filters.team ?? ''}
          onChange={(event) => onChange({ ...filters, team: event.currentTarget.value || null })}
          data={[{ value: '', label: 'Any team' }, ...teams.map((t) => ({ value: t.id, label: t.name })), ...missing(filters.team, teams)]}
          size="md"
        />
        <Switch
          label="Only mine"
          description="I'm the commander, or I was paged"
          checked={filters.mine}
          onChange={(event) => onChange({ ...filters, mine: event.currentTarget.checked })}
          size="md"
          mt={{ base: 4, md: 30 }}
        />
      </SimpleGrid>
    </>
  );
}

/** A service or team in the address that is not (or not yet) in the list still shows as chosen. */
function missing(id: string | null, known: readonly { id: string }[]): { value: string; label: string }[] {
  return id !== null && !known.some((item) => item.id === id) ? [{ value: id, label: id }] : [];
}
