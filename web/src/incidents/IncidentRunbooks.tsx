import { Accordion, Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../api/types';
import { permission } from '../auth/permissions';
import { PageState } from '../ui/PageState';
import { SafeMarkdown, type Checklist, type ChecklistItemState } from '../ui/SafeMarkdown';
import { safeHref } from './incident-links';
import { useIncidentRunbooks, useTickRunbookStep, type IncidentRunbook } from './incident-queries';

const REASONS: Record<IncidentRunbook['reason'], string> = {
  runbook_url: 'named by an alert',
  service: 'for this service',
  alerts: 'matches an alert',
  service_and_alerts: 'for this service and an alert',
};

/**
 * The runbooks for this incident, rendered safely, first one open: checks to run with a Copy
 * button, and steps whose ticks are written to the timeline so the next responder sees what was
 * done. Links from alerts' runbook_url that are not Vigil runbooks follow.
 */
export function IncidentRunbooks({ number, me }: { number: string; me: Me | undefined }) {
  const runbooks = useIncidentRunbooks(number);
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>Runbooks</Title>
      <PageState
        query={runbooks}
        isEmpty={(data) => data.runbooks.length === 0 && data.links.length === 0}
        empty={<Text size="sm" c="dimmed">No runbook matches this incident. <Anchor component={Link} to="/runbooks">Write one</Anchor> for its service, or give its alert rule a runbook_url.</Text>}
      >
        {(data) => (
          <Stack gap="sm">
            {data.runbooks.length > 0 && (
              <Accordion multiple defaultValue={[data.runbooks[0]!.id]} variant="separated" chevronPosition="left">
                {data.runbooks.map((runbook) => <RunbookItem key={runbook.id} number={number} runbook={runbook} me={me} />)}
              </Accordion>
            )}
            {data.links.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>Runbook links from alerts</Text>
                {data.links.flatMap((link) => {
                  const href = safeHref(link.href);
                  return href === null ? [] : [<Anchor key={href} href={href} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={{ overflowWrap: 'anywhere' }}>{href}</Anchor>];
                })}
              </Stack>
            )}
          </Stack>
        )}
      </PageState>
    </Stack>
  );
}

function RunbookItem({ number, runbook, me }: { number: string; runbook: IncidentRunbook; me: Me | undefined }) {
  const tick = useTickRunbookStep(number);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const allowed = permission(me, 'work incidents', 'tick runbook steps');
  const done = runbook.checklist.filter((i) => i.checked).length;
  const checklist = useMemo<Checklist>(() => ({
    items: runbook.checklist,
    refusal: allowed.reason,
    pending,
    onToggle: (item: ChecklistItemState, checked: boolean) => {
      setPending((keys) => new Set([...keys, item.key]));
      tick.mutate({ runbook: runbook.id, item: item.key, checked }, {
        onSettled: () => setPending((keys) => new Set([...keys].filter((k) => k !== item.key))),
      });
    },
  }), [runbook.checklist, runbook.id, allowed.reason, pending, tick]);

  return (
    <Accordion.Item value={runbook.id}>
      <Accordion.Control style={{ minHeight: 44 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} component="span">{runbook.title}</Text>
          <Text size="xs" c="dimmed" component="span">{REASONS[runbook.reason]}</Text>
          {runbook.checklist.length > 0 && <Badge variant="light" radius="sm" styles={{ root: { textTransform: 'none' } }}>{done} of {runbook.checklist.length} steps done</Badge>}
          {runbook.stale && <Badge color="orange.4" c="black" variant="filled" radius="sm" styles={{ root: { textTransform: 'none' } }}>Not reviewed for over {runbook.review_after}</Badge>}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {tick.isError && <Alert color="red" variant="light" title="The step was not saved">{tick.error instanceof Error ? tick.error.message : 'Try again.'}</Alert>}
          {allowed.reason !== null && <Text size="xs" c="dimmed">{allowed.reason}.</Text>}
          <SafeMarkdown markdown={runbook.body} headingOffset={3} checklist={checklist} />
          <Anchor component={Link} to={`/runbooks/${encodeURIComponent(runbook.id)}`} size="sm">Open the runbook (version {runbook.version})</Anchor>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
