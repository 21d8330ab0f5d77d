import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A panel with its own heading, so a screen reader can jump between them. */
export function ResponseSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>{title}</Title>
      {children}
    </Stack>
  );
}

/** The message of a refusal, or of anything else that went wrong. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
