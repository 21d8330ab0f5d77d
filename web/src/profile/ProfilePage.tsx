import { Stack, Text } from '@mantine/core';
import { PageHeading } from '../app/PageHeading';

export function ProfilePage() {
  return (
    <Stack>
      <PageHeading title="Profile">Profile</PageHeading>
      <Text c="dimmed">Coming together.</Text>
    </Stack>
  );
}
