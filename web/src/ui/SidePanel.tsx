import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A panel of a page (the incident's columns): a section with its own heading, so a screen reader can jump between them. */
export function SidePanel({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>{title}</Title>
      {children}
    </Stack>
  );
}
