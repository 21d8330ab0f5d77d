import { Anchor, Box, Grid, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useMe } from '../api/queries';
import type { Incident } from '../api/types';
import { PanelBoundary } from '../app/ErrorBoundary';
import { PageHeading } from '../app/PageHeading';
import { SilenceFromIncident } from '../noise/NoisePanels';
import { ResponseMain, ResponseSide } from '../response/ResponsePanels';
import { EmptyNotice, PageState } from '../ui/PageState';
import { IncidentActionBar } from './IncidentActionBar';
import { IncidentMerge } from './IncidentMerge';
import { IncidentAlerts } from './IncidentAlerts';
import { IncidentChanges } from './IncidentChanges';
import { IncidentCost } from './IncidentCost';
import { IncidentPostmortem, IncidentSimilar } from './IncidentLearning';
import { IncidentHeader } from './IncidentHeader';
import { IncidentNoteForm } from './IncidentNoteForm';
import { IncidentPages } from './IncidentPages';
import { IncidentRunbooks } from './IncidentRunbooks';
import { IncidentTimeline } from './IncidentTimeline';
import { useEscalationPolicies, useIncident, useUsers } from './incident-queries';

/**
 * One incident (`/incidents/{number}`): what is broken and who has it, the actions in a fixed
 * place, a note, the timeline, and beside it (under it on a phone) the alerts, the pages and the
 * service's recent changes. Each part fails on its own; the stream refreshes it all through the
 * `['incident', number]` key.
 */
export function IncidentPage() {
  const { number = '' } = useParams();
  if (!/^\d{1,15}$/.test(number)) return <IncidentNotFound number={number} />;
  return <IncidentScreen key={number} number={String(Number(number))} />;
}

function IncidentScreen({ number }: { number: string }) {
  const incident = useIncident(number);
  return (
    <PageState query={incident} skeleton={<IncidentSkeleton number={number} />} notFound={<IncidentNotFound number={number} />}>
      {(data) => <IncidentView incident={data} />}
    </PageState>
  );
}

function IncidentView({ incident }: { incident: Incident }) {
  const me = useMe();
  const users = useUsers();
  const policies = useEscalationPolicies();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const { ref: barRef, height: barHeight } = useElementSize<HTMLDivElement>();
  const number = String(incident.number);
  const policy = policies.data?.escalation_policies.find((p) => p.id === incident.escalation.policy);

  return (
    <Stack gap="lg">
      <IncidentHeader incident={incident} policyName={policy?.name ?? null} />
      <IncidentActionBar
        incident={incident}
        me={me.data}
        names={users.names}
        users={users.query.data?.users}
        policies={policies.data?.escalation_policies}
        phone={phone}
        barRef={barRef}
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <PanelBoundary name="status updates">
              <ResponseMain incident={incident} me={me.data} />
            </PanelBoundary>
            <PanelBoundary name="note form">
              <IncidentNoteForm incident={incident} me={me.data} />
            </PanelBoundary>
            <PanelBoundary name="runbooks">
              <IncidentRunbooks number={number} me={me.data} />
            </PanelBoundary>
            <PanelBoundary name="timeline">
              <IncidentTimeline entries={incident.timeline ?? []} names={users.names} />
            </PanelBoundary>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="xl">
            <PanelBoundary name="response">
              <ResponseSide incident={incident} me={me.data} />
            </PanelBoundary>
            <PanelBoundary name="alerts">
              <Stack gap="xs">
                <IncidentAlerts number={number} />
                <SilenceFromIncident incident={incident} me={me.data} />
              </Stack>
            </PanelBoundary>
            <PanelBoundary name="pages">
              <IncidentPages number={number} names={users.names} />
            </PanelBoundary>
            <PanelBoundary name="recent changes">
              <IncidentChanges number={number} hasService={incident.service !== null} />
            </PanelBoundary>
            <PanelBoundary name="cost">
              <IncidentCost number={number} canEdit={me.data?.role !== 'viewer'} />
            </PanelBoundary>
            <PanelBoundary name="similar incidents">
              <IncidentSimilar number={number} />
            </PanelBoundary>
            <PanelBoundary name="merge"><IncidentMerge incident={incident} canWrite={me.data?.role !== undefined && me.data.role !== 'viewer'} /></PanelBoundary>
            <PanelBoundary name="postmortem">
              <IncidentPostmortem incident={incident} canWrite={me.data?.role !== 'viewer'} />
            </PanelBoundary>
          </Stack>
        </Grid.Col>
      </Grid>
      {/* On a phone the action bar is fixed above the navigation: the page's end stays reachable above it. */}
      {phone && <Box aria-hidden="true" style={{ height: barHeight }} />}
    </Stack>
  );
}

/** The skeleton of the real layout, shown after 300 ms of waiting. */
function IncidentSkeleton({ number }: { number: string }) {
  return (
    <Stack gap="lg">
      <Group gap="xs"><Skeleton height={26} width={90} /><Skeleton height={26} width={120} /></Group>
      <PageHeading title={`#${number}`}>Incident #{number}</PageHeading>
      <Skeleton height={56} />
      <Group gap="xs"><Skeleton height={44} width={140} /><Skeleton height={44} width={110} /><Skeleton height={44} width={110} /></Group>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}><Stack gap="sm"><Skeleton height={80} /><Skeleton height={48} /><Skeleton height={48} /><Skeleton height={48} /></Stack></Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}><Stack gap="sm"><Skeleton height={160} /><Skeleton height={120} /></Stack></Grid.Col>
      </Grid>
    </Stack>
  );
}

function IncidentNotFound({ number }: { number: string }) {
  return (
    <Stack gap="md">
      <PageHeading title="Incident not found">Incident not found</PageHeading>
      <EmptyNotice title={`There is no incident #${number}`}>
        It may have been mistyped. <Text span inherit><Anchor component={Link} to="/incidents">See all incidents</Anchor></Text>
      </EmptyNotice>
    </Stack>
  );
}
