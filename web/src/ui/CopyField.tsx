import { ActionIcon, Button, Code, CopyButton, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

/** A value to copy (a routing key, a snippet), masked until revealed when secret; "Copied" is announced. */
export function CopyField({ label, value, secret = false, block = false }: { label: string; value: string; secret?: boolean; block?: boolean }) {
  const [revealed, setRevealed] = useState(!secret);
  const shown = revealed ? value : '•'.repeat(Math.min(value.length, 24));
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block={block} style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: block ? 'pre-wrap' : 'normal', minWidth: 0 }} aria-label={label}>
        {shown}
      </Code>
      {secret && (
        <Button variant="subtle" size="compact-sm" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
          {revealed ? 'Hide' : 'Reveal'}
        </Button>
      )}
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <>
            <Tooltip label={copied ? 'Copied' : `Copy ${label}`}>
              <ActionIcon variant="default" size="lg" onClick={copy} aria-label={`Copy ${label}`}>
                <span aria-hidden="true">{copied ? '✓' : '⧉'}</span>
              </ActionIcon>
            </Tooltip>
            <VisuallyHidden role="status" aria-live="polite">{copied ? `${label} copied` : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
