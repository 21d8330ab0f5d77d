import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function ServicePage() {
  return (
    <Stack>
      <PageHeading title="Service">Service</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
