import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function IncidentPage() {
  return (
    <Stack>
      <PageHeading title="Incident">Incident</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
