import { Button, Collapse, Group, NativeSelect, SimpleGrid, Stack, Switch, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { memo, useEffect, useState, type ReactNode, type Ref } from 'react';
import type { Severities } from '../api/types';
import { SeverityBadge } from '../ui/SeverityBadge';
import { shownStatuses, STATUSES, toggle, toggleStatus, type ListFilters, type Status } from './list-filters';

const STATUS_LABELS: Record<Status, string> = { triggered: 'Triggered', acknowledged: 'Acknowledged', resolved: 'Resolved' };

export interface FilterCounts {
  readonly byStatus: Readonly<Record<Status, number>> | undefined;
  readonly bySeverity: ReadonlyMap<string, number> | undefined;
}

/**
 * Count chips that also filter (a severity or status and how many it would show), and the other
 * filters. Every change goes to the address at once; the search waits for a pause in typing. On
 * a phone the filters past the chips fold away, so the incidents start on the first screen.
 */
export const IncidentsFilters = memo(function IncidentsFilters({ filters, onChange, severities, counts, services, teams, searchRef, compact, moreOpen, onMoreOpen }: {
  filters: ListFilters;
  /** Given a change to the filters as they are in the address now, not as last rendered. */
  onChange: (change: (current: ListFilters) => ListFilters) => void;
  severities: Severities['severities'];
  counts: FilterCounts;
  services: readonly { id: string; name: string }[];
  teams: readonly { id: string; name: string }[];
  searchRef: Ref<HTMLInputElement>;
  /** A phone: the filters past the chips are folded away behind "More filters". */
  compact: boolean;
  moreOpen: boolean;
  onMoreOpen: (open: boolean) => void;
}) {
  const shown = shownStatuses(filters);
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text.trim() === filters.q) return undefined;
    const timer = setTimeout(() => onChange((current) => ({ ...current, q: text.trim() })), 300);
    return () => clearTimeout(timer);
  }, [text, filters.q, onChange]);

  const countText = (count: number | undefined) => (count === undefined ? '…' : String(count));
  const folded = [filters.q !== '', filters.service !== null, filters.team !== null, filters.mine].filter(Boolean).length;

  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <ChipGroup label="Severity" id="incident-filter-severity">
          {severities.map((severity) => {
            const pressed = filters.severities.includes(severity.id);
            return (
              <Chip key={severity.id} pressed={pressed} onClick={() => onChange((current) => ({ ...current, severities: toggle(current.severities, severity.id) }))}>
                <SeverityBadge severity={severity} size="sm" />
                <Count>{countText(counts.bySeverity?.get(severity.id))}</Count>
                <VisuallyHidden> {severity.name} incidents</VisuallyHidden>
              </Chip>
            );
          })}
        </ChipGroup>
        <ChipGroup label="Status" id="incident-filter-status">
          {STATUSES.map((status) => (
            <Chip
              key={status}
              pressed={shown.includes(status)}
              onClick={() => onChange((current) => toggleStatus(current, status))}
            >
              {STATUS_LABELS[status]}
              <Count>{countText(counts.byStatus?.[status])}</Count>
            </Chip>
          ))}
        </ChipGroup>
      </Group>

      {compact && (
        <Button variant="default" h={44} onClick={() => onMoreOpen(!moreOpen)} aria-expanded={moreOpen} aria-controls="incident-more-filters" style={{ alignSelf: 'flex-start' }}>
          {moreOpen ? 'Fewer filters' : 'More filters'}
          {folded > 0 && <Text span size="sm" ml={6} c="dimmed">({folded} on)</Text>}
        </Button>
      )}
      <Collapse expanded={!compact || moreOpen} id="incident-more-filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            ref={searchRef}
            label="Search titles"
            placeholder="Title or description"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
            size="md"
            type="search"
          />
          <NativeSelect
            label="Service"
            value={filters.service ?? ''}
            onChange={(event) => {
              const service = event.currentTarget.value || null;
              onChange((current) => ({ ...current, service }));
            }}
            data={[{ value: '', label: 'Any service' }, ...services.map((s) => ({ value: s.id, label: s.name })), ...missing(filters.service, services)]}
            size="md"
          />
          <NativeSelect
            label="Team"
            value={filters.team ?? ''}
            onChange={(event) => {
              const team = event.currentTarget.value || null;
              onChange((current) => ({ ...current, team }));
            }}
            data={[{ value: '', label: 'Any team' }, ...teams.map((t) => ({ value: t.id, label: t.name })), ...missing(filters.team, teams)]}
            size="md"
          />
          <Switch
            label="Only mine"
            description="I command it, or I was paged"
            checked={filters.mine}
            onChange={(event) => {
              const mine = event.currentTarget.checked;
              onChange((current) => ({ ...current, mine }));
            }}
            size="md"
            mt={{ base: 4, md: 30 }}
          />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
});

function ChipGroup({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c="dimmed" id={id}>{label}</Text>
      <Group gap={6} role="group" aria-labelledby={id}>{children}</Group>
    </Stack>
  );
}

/** A toggle button: pressed shows a tick and a tint, so it reads without colour too. */
function Chip({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Button variant={pressed ? 'light' : 'default'} size="sm" h={44} px={12} aria-pressed={pressed} onClick={onClick} styles={{ label: { gap: 6 } }}>
      {pressed && <span aria-hidden="true">✓</span>}
      {children}
    </Button>
  );
}

function Count({ children }: { children: ReactNode }) {
  return <Text span size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>{children}</Text>;
}
/** A service or team in the address that is not (or not yet) in the list still shows as chosen. */
function missing(id: string | null, known: readonly { id: string }[]): { value: string; label: string }[] {
  return id !== null && !known.some((item) => item.id === id) ? [{ value: id, label: id }] : [];
}
