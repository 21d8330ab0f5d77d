import { Accordion, Alert, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CopyField } from '../ui/CopyField';
import { ErrorNotice } from '../ui/PageState';
import { publicUrlNote, snippetsFor, typeLabel, type IntegrationKey } from './snippets';
import { useServiceIntegrations, type Service } from './queries';

/**
 * A service's ways in for alerts. For people allowed to see routing keys (admins, the service's
 * team): each key masked until revealed, its address, and ready-to-paste Alertmanager, Grafana
 * and curl snippets with the real key and Vigil's public address, folded until opened so a shared
 * screen does not show them. Others see which integrations exist and why the keys are hidden.
 */
export function IntegrationsPanel({ service, permission }: { service: Service; permission: { allowed: boolean; reason: string | null } }) {
  const keys = useServiceIntegrations(service.id, permission.allowed);

  if (service.integrations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No integrations: nothing sends alerts to this service yet. Add one under the service's integrations in vigil.yaml (type events_v2, alertmanager, grafana or webhook).
      </Text>
    );
  }
  if (!permission.allowed) {
    return (
      <Stack gap="sm">
        <Text size="sm">Routing keys are hidden. {permission.reason}.</Text>
        {service.integrations.map((integration, index) => (
          <Card key={index} withBorder padding="sm" radius="md">
            <Text fw={600}>{integration.name ?? typeLabel(integration.type)}</Text>
            {integration.name !== null && <Text size="sm" c="dimmed">{typeLabel(integration.type)}</Text>}
          </Card>
        ))}
      </Stack>
    );
  }
  if (keys.isPending) return <Stack gap="sm"><Skeleton height={120} radius="md" /><Skeleton height={120} radius="md" /></Stack>;
  if (keys.isError) return <ErrorNotice error={keys.error} onRetry={() => void keys.refetch()} title="The routing keys could not be loaded" />;

  const note = publicUrlNote(keys.data.public_url, window.location.origin);
  return (
    <Stack gap="md">
      {note !== null && <Alert variant="outline" color="gray" title="Check the address senders use"><Text size="sm">{note}</Text></Alert>}
      {keys.data.integrations.map((integration) => (
        <IntegrationCard key={integration.id} serviceId={service.id} publicUrl={keys.data.public_url} integration={integration} />
      ))}
    </Stack>
  );
}

function IntegrationCard({ serviceId, publicUrl, integration }: { serviceId: string; publicUrl: string; integration: IntegrationKey & { id: string } }) {
  const snippets = snippetsFor(publicUrl, serviceId, integration);
  const called = integration.name ?? typeLabel(integration.type);
  // An address with the key in its path is as secret as the key.
  const urlHoldsKey = snippets.url.includes(encodeURIComponent(integration.key));
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={`Integration ${called}`}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">{called}</Title>
          {integration.name !== null && <Text size="sm" c="dimmed">{typeLabel(integration.type)}</Text>}
        </div>
        <Stack gap={4}>
          <Text size="sm" fw={600} component="div">Routing key</Text>
          <CopyField label={`routing key of ${called}`} value={integration.key} secret />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600} component="div">Send events to</Text>
          <CopyField label={`address of ${called}`} value={snippets.url} secret={urlHoldsKey} />
        </Stack>
        <Accordion variant="contained" multiple chevronPosition="left" styles={{ control: { minHeight: 44 } }}>
          <Accordion.Item value="alertmanager">
            <Accordion.Control>Alertmanager</Accordion.Control>
            <Accordion.Panel>
              {snippets.alertmanager.yaml === null
                ? <Text size="sm">{snippets.alertmanager.why}</Text>
                : (
                  <Stack gap="xs">
                    <Text size="sm">Add this receiver to alertmanager.yml:</Text>
                    <CopyField label={`Alertmanager receiver for ${called}`} value={snippets.alertmanager.yaml} block />
                  </Stack>
                )}
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="grafana">
            <Accordion.Control>Grafana</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm">{snippets.grafana.text}</Text>
                {snippets.grafana.fields.map((field) => (
                  <Stack gap={2} key={field.label}>
                    <Text size="sm" fw={600} component="div">{field.label}</Text>
                    <CopyField label={`Grafana ${field.label} for ${called}`} value={field.value} />
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="curl">
            <Accordion.Control>Test with curl</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                <Text size="sm">This opens a real incident on this service and pages whoever is on call. Resolve it afterwards with the second command.</Text>
                {snippets.curl.note !== null && <Text size="sm" fw={600}>{snippets.curl.note}</Text>}
                <CopyField label={`test alert command for ${called}`} value={snippets.curl.trigger} block />
                <Group gap={4}><Text size="sm" fw={600}>Then resolve it:</Text></Group>
                <CopyField label={`resolve command for ${called}`} value={snippets.curl.resolve} block />
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
