import { Anchor, Badge, Button, Card, Group, Select, Skeleton, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useAddressParams } from '../app/useAddressParams';
import { PageHeading } from '../app/PageHeading';
import { EmptyNotice, PageState } from '../ui/PageState';
import { typeLabel } from './snippets';
import { describeFilter, filterServices, isFiltered, readFilter, writeFilter, type ServiceFilter } from './service-filter';
import { usePolicies, useServices, useTeams, type Service } from './queries';
import { ServiceMaintenanceBadge } from '../noise/NoisePanels';

/**
 * `/services`: every service with its team, escalation policy and open incidents; filtered by
 * words, team and "has open incidents", kept in the address. A table on a desk, cards on a phone.
 */
export function ServicesPage() {
  const services = useServices();
  const teams = useTeams();
  const policies = usePolicies();
  const phone = useMediaQuery('(max-width: 48em)');
  const [params, changeParams] = useAddressParams();
  const filter = readFilter(params);
  const setFilter = (change: Partial<ServiceFilter>) => changeParams((current) => writeFilter({ ...readFilter(current), ...change }), { replace: true });

  const teamNames = new Map((teams.data?.teams ?? []).map((t) => [t.id, t.name]));
  const policyNames = new Map((policies.data?.escalation_policies ?? []).map((p) => [p.id, p.name]));
  const names = { team: (id: string) => teamNames.get(id) ?? id, policy: (id: string) => policyNames.get(id) ?? id };

  return (
    <Stack gap="md">
      <PageHeading title="Services">Services</PageHeading>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Filter services"
          placeholder="Name, team or policy"
          value={filter.text}
          onChange={(event) => setFilter({ text: event.currentTarget.value })}
          style={{ flex: '1 1 14rem' }}
          type="search"
        />
        <Select
          label="Team"
          placeholder="All teams"
          data={(teams.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={filter.team}
          onChange={(team) => setFilter({ team })}
          clearable
          style={{ flex: '0 1 12rem' }}
        />
        <Switch
          label="Only with open incidents"
          checked={filter.openOnly}
          onChange={(event) => setFilter({ openOnly: event.currentTarget.checked })}
          styles={{ root: { minHeight: 44, display: 'flex', alignItems: 'center' } }}
        />
      </Group>
      <PageState
        alsoLoading={teams.isPending || policies.isPending}
        query={services}
        skeleton={<Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={52} />)}</Stack>}
        isEmpty={(data) => data.services.length === 0}
        empty={
          <EmptyNotice title="No services yet">
            A service is what breaks and gets paged for. Add services under services in vigil.yaml, each with an integration for its alerts.
          </EmptyNotice>
        }
      >
        {(data) => {
          const shown = filterServices(data.services, filter, names);
          return (
            <Stack gap="sm">
              <Group justify="space-between" gap="xs">
                <Text size="sm" c="dimmed" role="status">{describeFilter(shown.length, filter, names.team)}</Text>
                {isFiltered(filter) && <Button variant="subtle" size="compact-sm" onClick={() => changeParams(() => new URLSearchParams(), { replace: true })}>Clear filters</Button>}
              </Group>
              {shown.length === 0
                ? <EmptyNotice title="No service matches">Try other words, or clear the filters.</EmptyNotice>
                : phone ? <ServiceCards services={shown} names={names} /> : <ServiceTable services={shown} names={names} />}
            </Stack>
          );
        }}
      </PageState>
    </Stack>
  );
}

type Names = { team(id: string): string; policy(id: string): string };

function OpenCount({ service }: { service: Service }) {
  if (service.open_incidents === 0) return <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>None open</Text>;
  return (
    <Anchor component={Link} to={`/incidents?service=${encodeURIComponent(service.id)}`} size="sm" fw={700} style={{ whiteSpace: 'nowrap' }} aria-label={`${service.open_incidents} open incidents on ${service.name}`}>
      {service.open_incidents} open
    </Anchor>
  );
}

function PolicyCell({ service, names }: { service: Service; names: Names }) {
  if (service.escalation_policy === null) {
    return <Badge color="red" variant="outline" radius="sm" styles={{ root: { textTransform: 'none' } }}>No policy: pages nobody</Badge>;
  }
  return <Anchor component={Link} to={`/escalation-policies/${encodeURIComponent(service.escalation_policy)}`} size="sm" style={{ whiteSpace: 'nowrap' }}>{names.policy(service.escalation_policy)}</Anchor>;
}

function integrationsWords(service: Service): string {
  if (service.integrations.length === 0) return 'No integrations';
  return service.integrations.map((i) => i.name ?? typeLabel(i.type)).join(', ');
}

function ServiceTable({ services, names }: { services: Service[]; names: Names }) {
  return (
    <Table highlightOnHover verticalSpacing="sm" aria-label="Services">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>Service</Table.Th>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>Team</Table.Th>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>Escalation policy</Table.Th>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>Open incidents</Table.Th>
          <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>Integrations</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {services.map((service) => (
          <Table.Tr key={service.id}>
            <Table.Td>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/services/${encodeURIComponent(service.id)}`} fw={600}>{service.name}</Anchor>
                <ServiceMaintenanceBadge serviceId={service.id} />
              </Group>
              {service.description !== null && <Text size="xs" c="dimmed" lineClamp={1}>{service.description}</Text>}
            </Table.Td>
            <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{service.team === null ? 'No team' : names.team(service.team)}</Text></Table.Td>
            <Table.Td><PolicyCell service={service} names={names} /></Table.Td>
            <Table.Td><OpenCount service={service} /></Table.Td>
            <Table.Td><Text size="sm" c="dimmed">{integrationsWords(service)}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ServiceCards({ services, names }: { services: Service[]; names: Names }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Services">
      {services.map((service) => (
        <Card key={service.id} withBorder padding="sm" radius="md" component="li">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/services/${encodeURIComponent(service.id)}`} fw={700} style={{ minHeight: 44, display: 'inline-flex', alignItems: 'center' }}>
                {service.name}
              </Anchor>
              <OpenCount service={service} />
            </Group>
            <ServiceMaintenanceBadge serviceId={service.id} />
            <Text size="sm">{service.team === null ? 'No team' : `Team ${names.team(service.team)}`}</Text>
            <Group gap={6} wrap="wrap"><Text size="sm" c="dimmed">Policy</Text><PolicyCell service={service} names={names} /></Group>
            <Text size="sm" c="dimmed">{integrationsWords(service)}</Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
