import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function OnCallPage() {
  return (
    <Stack>
      <PageHeading title="On call">On call</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
