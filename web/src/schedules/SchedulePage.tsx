import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function SchedulePage() {
  return (
    <Stack>
      <PageHeading title="Schedule">Schedule</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
