import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId, type MouseEvent, type ReactNode } from 'react';

/**
 * A button that stays visible and focusable when the person may not use it: `aria-disabled`,
 * with the reason ("Your role (viewer) can't add contact methods") read out with it and shown on
 * hover or focus. Screens also say the reason in text nearby, as touch has no hover.
 */
export function GuardedButton({ reason, onClick, children, type = 'button', ...props }: ButtonProps & {
  /** Why it cannot be used; null when it can. */
  reason: string | null;
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  children: ReactNode;
  type?: 'button' | 'submit';
}) {
  const id = useId();
  if (reason === null) return <Button type={type} onClick={onClick} {...props}>{children}</Button>;
  return (
    <>
      <Tooltip label={reason} events={{ hover: true, focus: true, touch: true }} multiline maw={280}>
        <Button
          {...props}
          type="button"
          variant="default"
          aria-disabled="true"
          aria-describedby={id}
          onClick={(event) => event.preventDefault()}
          styles={{ root: { cursor: 'not-allowed', color: 'var(--mantine-color-dimmed)', borderStyle: 'dashed' } }}
        >
          {children}
        </Button>
      </Tooltip>
      <VisuallyHidden id={id}>{reason}</VisuallyHidden>
    </>
  );
}
