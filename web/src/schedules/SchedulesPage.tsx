import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function SchedulesPage() {
  return (
    <Stack>
      <PageHeading title="Schedules">Schedules</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
