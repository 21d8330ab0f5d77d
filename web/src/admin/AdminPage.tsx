import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function AdminPage() {
  return (
    <Stack>
      <PageHeading title="Admin">Admin</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
