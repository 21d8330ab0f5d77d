import { Button, Code, CopyButton, Group, Stack, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

/**
 * A value to copy (a routing key, a snippet), masked until revealed when secret; "Copied" is announced.
 * The buttons say what they do in words (an icon glyph may be missing from the reader's fonts), and
 * are 44 px tall for a thumb. A block (a snippet) puts them above the text, so on a phone the
 * text gets the whole width to wrap in.
 */
export function CopyField({ label, value, secret = false, block = false }: { label: string; value: string; secret?: boolean; block?: boolean }) {
  const [revealed, setRevealed] = useState(!secret);
  const shown = revealed ? value : '•'.repeat(Math.min(value.length, 24));
  const text = (
    <Code block={block} style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: block ? 'pre-wrap' : 'normal', minWidth: 0 }} aria-label={label}>
      {shown}
    </Code>
  );
  const buttons = (
    <>
      {secret && (
        <Button variant="subtle" size="compact-sm" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed} style={{ minHeight: 44, flexShrink: 0 }}>
          {revealed ? 'Hide' : 'Reveal'}
        </Button>
      )}
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <>
            <Button variant="default" size="compact-sm" onClick={copy} aria-label={`Copy ${label}`} style={{ minHeight: 44, minWidth: 72, flexShrink: 0 }}>
              <span aria-hidden="true">{copied ? 'Copied' : 'Copy'}</span>
            </Button>
            <VisuallyHidden role="status" aria-live="polite">{copied ? `${label} copied` : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </>
  );
  if (block) {
    return (
      <Stack gap={4}>
        <Group gap="xs" justify="flex-end" wrap="nowrap">{buttons}</Group>
        {text}
      </Stack>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      {text}
      {buttons}
    </Group>
  );
}
