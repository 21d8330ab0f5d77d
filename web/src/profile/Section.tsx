import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { PanelBoundary } from '../app/ErrorBoundary';

/** One part of the profile: a titled card with its own error boundary, labelled by its heading. */
export function Section({ title, description, action, children }: { title: string; description?: ReactNode; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'md' }} radius="md" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Title order={2} size="h4" id={id}>{title}</Title>
            {description && <Text size="sm" c="dimmed" mt={2}>{description}</Text>}
          </div>
          {action}
        </Group>
        <PanelBoundary name={title.toLowerCase()}>{children}</PanelBoundary>
      </Stack>
    </Paper>
  );
}
