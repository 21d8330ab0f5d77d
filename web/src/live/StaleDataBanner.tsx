import { Alert, Text, type MantineSpacing } from '@mantine/core';
import { formatClock } from './clock-time';
import { useLiveState } from './stream';

/**
 * Said above a page's data once the live connection has been gone 30 s: the data may be old,
 * from when, and what the console does about it. Nothing while live or briefly reconnecting.
 */
export function StaleDataBanner({ mb }: { readonly mb?: MantineSpacing }) {
  const { status, dataFrom } = useLiveState();
  if (status !== 'offline' || dataFrom === null) return null;
  return (
    <Alert color="gray" variant="outline" role="status" mb={mb} title={`Data from ${formatClock(dataFrom)}`} styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}>
      <Text size="sm">
        The live connection to Vigil is down, so changes may be missing here. The page is read again every 30 seconds until it is back; actions still go through whenever Vigil answers.
      </Text>
    </Alert>
  );
}
