import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function IncidentsPage() {
  return (
    <Stack>
      <PageHeading title="Incidents">Incidents</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
