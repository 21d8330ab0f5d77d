import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A button that stays visible and focusable when the viewer may not use it: `aria-disabled`, with
 * the reason shown beside it and tied to it by `aria-describedby` ("Your role (viewer) can't add
 * overrides"). Hiding it would leave people wondering where the action went.
 */
export function GuardedButton({ allowed, reason, onClick, children, ...props }: ButtonProps & {
  allowed: boolean;
  reason: string | null;
  onClick: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const button = (
    <Button
      {...props}
      aria-disabled={allowed ? undefined : true}
      data-disabled={allowed ? undefined : true}
      aria-describedby={allowed ? undefined : id}
      onClick={(event) => {
        if (allowed) onClick();
        else event.preventDefault();
      }}
    >
      {children}
    </Button>
  );
  if (allowed || reason === null) return button;
  return (
    <Stack gap={2} align="flex-start">
      {button}
      <Text id={id} size="xs" c="dimmed">{reason}</Text>
    </Stack>
  );
}
