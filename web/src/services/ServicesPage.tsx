import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function ServicesPage() {
  return (
    <Stack>
      <PageHeading title="Services">Services</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
