import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Incident } from '../api/types';
import { PageHeading } from '../app/PageHeading';
import { IncidentMaintenanceBadge } from '../noise/NoisePanels';
import { SeverityBadge } from '../ui/SeverityBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { formatDuration, formatInstant, responseWording } from '../ui/time';
import { TimeText } from '../ui/TimeText';
import { useNow } from '../ui/useNow';
import { escalationWording } from './incident-wording';

/**
 * What is broken, how bad, who has it: severity, status, title and number, the service and its
 * team, how old it is, the response target counting down from the server's clock, the commander
 * and where escalation stands.
 */
export function IncidentHeader({ incident, policyName }: { incident: Incident; policyName: string | null }) {
  const now = useNow(1_000);
  const response = responseWording(incident.response, now);
  return (
    <Stack gap="xs" component="header">
      <Group gap="xs" wrap="wrap">
        <SeverityBadge severity={incident.severity} size="lg" />
        <StatusBadge status={incident.status} size="lg" />
        <Text size="sm" c="dimmed">{incident.severity.name}</Text>
        <IncidentMaintenanceBadge incident={incident} />
      </Group>
      <PageHeading title={`#${incident.number} ${incident.title}`}>
        <Text span inherit c="dimmed">#{incident.number}</Text> {incident.title}
      </PageHeading>
      <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing={6} m={0}>
        <Fact term="Service">
          {incident.service
            ? <Anchor component={Link} to={`/services/${encodeURIComponent(incident.service.id)}`}>{incident.service.name}</Anchor>
            : <Text span c="dimmed" size="sm">No service</Text>}
          {incident.team && <Text span size="sm"> · {incident.team.name}</Text>}
        </Fact>
        <Fact term={incident.status === 'resolved' ? 'Triggered' : 'Open for'}>
          {incident.status === 'resolved' && incident.resolved_at
            ? <>Resolved after {formatDuration(Date.parse(incident.resolved_at) - Date.parse(incident.triggered_at))} <TimeText iso={incident.resolved_at} /></>
            : <>{formatDuration(now - Date.parse(incident.triggered_at))} <Text span size="sm" c="dimmed">since {formatInstant(incident.triggered_at)}</Text></>}
        </Fact>
        <Fact term="Response target">
          <Text span size="sm" fw={response.breached ? 700 : 400} style={response.breached ? { color: 'var(--vigil-breached)' } : undefined}>
            {response.breached && <span aria-hidden="true">⚠ </span>}
            {response.text}
          </Text>
        </Fact>
        <Fact term="Commander">
          {incident.commander ? incident.commander.name : <Text span size="sm" c="dimmed">Nobody yet</Text>}
        </Fact>
        <Fact term="Escalation" wide>
          <Text span size="sm" fw={incident.escalation.policy === null ? 700 : 400}>
            {escalationWording(incident.escalation, incident.status, policyName, now)}
          </Text>
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>{term}</Text>
      <Text component="dd" size="sm" m={0}>{children}</Text>
    </div>
  );
}
