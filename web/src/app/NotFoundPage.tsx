import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  return (
    <Stack>
      <PageHeading title="Not found">Nothing here</PageHeading>
      <Text>This address is not a page of the console.</Text>
      <Anchor component={Link} to="/incidents">Go to incidents</Anchor>
    </Stack>
  );
}
