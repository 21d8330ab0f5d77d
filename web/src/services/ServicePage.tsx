import { Anchor, Badge, Breadcrumbs, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/errors';
import { useMe } from '../api/queries';
import { PanelBoundary } from '../app/ErrorBoundary';
import { PageHeading } from '../app/PageHeading';
import { ServiceMaintenanceBadge, ServiceMaintenancePanel } from '../noise/NoisePanels';
import { HeartbeatsPanel } from '../heartbeats/HeartbeatsPanel';
import { ServiceStakeholders } from '../response/ResponsePanels';
import { EmptyNotice, ErrorNotice, PageState } from '../ui/PageState';
import { SeverityBadge } from '../ui/SeverityBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { teamPermission } from '../ui/team-permission';
import { TimeText } from '../ui/TimeText';
import { IntegrationsPanel } from './IntegrationsPanel';
import { ServiceEditor } from './ServiceEditor';
import { useOpenIncidents, usePolicies, useService, useTeams, type Service } from './queries';

/**
 * `/services/{id}`: what the service is, who owns it and who is paged (its escalation policy),
 * its open incidents, and its integrations with routing keys and ready-to-paste sender setups.
 */
export function ServicePage() {
  const { id = '' } = useParams<{ id: string }>();
  const service = useService(id);
  // The details name the team and policy, and judge permissions by the team: held until known.
  const teams = useTeams();
  const policies = usePolicies();
  const notFound = service.error instanceof ApiError && service.error.isNotFound;
  const title = service.data?.name ?? (notFound ? 'Service not found' : id);
  return (
    <Stack gap="md">
      <Breadcrumbs separator="›" aria-label="Breadcrumbs">
        <Anchor component={Link} to="/services">Services</Anchor>
        <Text span>{service.data?.name ?? id}</Text>
      </Breadcrumbs>
      <PageHeading title={`${title} · Services`}>{title}</PageHeading>
      <PageState
        query={service}
        alsoLoading={teams.isPending || policies.isPending}
        skeleton={<Stack gap="sm"><Skeleton height={20} width="60%" /><Skeleton height={80} /><Skeleton height={160} /></Stack>}
        notFound={
          <EmptyNotice title={`There is no service "${id}"`}>
            It may have been renamed or removed from vigil.yaml. <Anchor component={Link} to="/services">See all services</Anchor>
          </EmptyNotice>
        }
      >
        {(data) => <ServiceDetail service={data} />}
      </PageState>
    </Stack>
  );
}

function ServiceDetail({ service }: { service: Service }) {
  const me = useMe();
  const teams = useTeams();
  const policies = usePolicies();
  const [editing, setEditing] = useState(false);
  const reasonId = useId();
  const teamName = (team: string) => teams.data?.teams.find((t) => t.id === team)?.name ?? team;
  const policy = policies.data?.escalation_policies.find((p) => p.id === service.escalation_policy);
  const owners = [service.team];
  const edit = teamPermission(me.data, owners, 'manager', 'edit this service', teamName);
  const keys = teamPermission(me.data, owners, 'member', 'see routing keys', teamName);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {service.description !== null && <Text>{service.description}</Text>}
        <Group gap="lg" wrap="wrap" align="flex-start">
          <Fact label="Team">{service.team === null ? 'No team' : teamName(service.team)}</Fact>
          <Fact label="Escalation policy">
            {service.escalation_policy === null
              ? <Badge color="red" variant="outline" radius="sm" styles={{ root: { textTransform: 'none' } }}>None: incidents page nobody</Badge>
              : <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(service.escalation_policy)}`}>{policy?.name ?? service.escalation_policy}</Anchor>}
          </Fact>
          <Fact label="Open incidents">{service.open_incidents === 0 ? 'None' : String(service.open_incidents)}</Fact>
          <ServiceMaintenanceBadge serviceId={service.id} />
        </Group>
        <Group gap="sm" align="center" wrap="wrap">
          <Button
            variant="default"
            onClick={() => edit.allowed && setEditing(true)}
            aria-disabled={!edit.allowed || undefined}
            data-disabled={!edit.allowed || undefined}
            aria-describedby={edit.reason === null ? undefined : reasonId}
            style={{ minHeight: 44 }}
          >
            Edit service
          </Button>
          {edit.reason !== null && <Text id={reasonId} size="sm" c="dimmed">{edit.reason}</Text>}
        </Group>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby={`${reasonId}-open`}>
        <Title order={2} size="h3" id={`${reasonId}-open`}>Open incidents</Title>
        <PanelBoundary name="open incidents">
          <OpenIncidents serviceId={service.id} />
        </PanelBoundary>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby={`${reasonId}-integrations`}>
        <Title order={2} size="h3" id={`${reasonId}-integrations`}>Integrations</Title>
        <PanelBoundary name="integrations">
          <IntegrationsPanel service={service} permission={keys} />
        </PanelBoundary>
      </Stack>

      <PanelBoundary name="maintenance">
        <ServiceMaintenancePanel serviceId={service.id} />
      </PanelBoundary>
      <PanelBoundary name="heartbeats"><HeartbeatsPanel serviceId={service.id} /></PanelBoundary>

      <PanelBoundary name="stakeholders">
        <ServiceStakeholders serviceId={service.id} me={me.data} />
      </PanelBoundary>

      {editing && (
        <ServiceEditor
          service={service}
          policies={(policies.data?.escalation_policies ?? []).map((p) => ({ id: p.id, name: p.name }))}
          onClose={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" component="div">{label}</Text>
      <Text size="sm" component="div">{children}</Text>
    </Stack>
  );
}

function OpenIncidents({ serviceId }: { serviceId: string }) {
  const incidents = useOpenIncidents(serviceId);
  if (incidents.isPending) return <Stack gap="xs"><Skeleton height={44} /><Skeleton height={44} /></Stack>;
  if (incidents.isError) return <ErrorNotice error={incidents.error} onRetry={() => void incidents.refetch()} />;
  const list = incidents.data.incidents;
  if (list.length === 0) return <Text size="sm" c="dimmed">No open incidents: nothing on this service needs anyone right now.</Text>;
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {list.map((incident) => (
        <li key={incident.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          <Group gap="xs" py="xs" wrap="wrap" align="center" style={{ minHeight: 44 }}>
            <SeverityBadge severity={incident.severity} size="sm" />
            <StatusBadge status={incident.status} size="sm" />
            <Anchor component={Link} to={`/incidents/${incident.number}`} fw={600} style={{ flex: '1 1 12rem', minWidth: 0 }}>
              #{incident.number} {incident.title}
            </Anchor>
            <TimeText iso={incident.triggered_at} size="xs" />
          </Group>
        </li>
      ))}
      {incidents.data.next_cursor !== null && (
        <li><Anchor component={Link} to={`/incidents?service=${encodeURIComponent(serviceId)}`} size="sm">All open incidents of this service</Anchor></li>
      )}
    </Stack>
  );
}
