import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function PoliciesPage() {
  return (
    <Stack>
      <PageHeading title="Escalation policies">Escalation policies</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
