import { Anchor, Box, Button, Checkbox, CopyButton, Group, Text, Title, type TitleOrder } from '@mantine/core';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isExternal, markdownHref } from './markdown-links';

/**
 * Markdown people wrote (runbooks, postmortems), rendered so that nothing in it can act:
 * GitHub-flavoured, raw HTML shown as the text it is (react-markdown turns it into text unless
 * told otherwise, and it is not told), links only to http(s) or Vigil's own paths and opened
 * without an opener, images shown as links and never fetched, code blocks with a Copy button and
 * never run. Task items are checkboxes only where a checklist is given (an incident's runbook),
 * and ticking one calls `onToggle`: the Markdown itself is never changed.
 */
export interface ChecklistItemState {
  readonly key: string;
  readonly line: number;
  readonly text: string;
  readonly checked: boolean;
  readonly checked_by?: string | null;
}

export interface Checklist {
  readonly items: readonly ChecklistItemState[];
  onToggle(item: ChecklistItemState, checked: boolean): void;
  /** Why ticking is not allowed (a viewer), or null. */
  readonly refusal: string | null;
  /** Keys being saved now. */
  readonly pending?: ReadonlySet<string>;
}

interface HastNode {
  readonly type: string;
  readonly value?: string;
  readonly tagName?: string;
  readonly children?: readonly HastNode[];
  readonly position?: { readonly start: { readonly line: number } };
  readonly properties?: Record<string, unknown>;
}

function textOf(node: HastNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const TaskItemContext = createContext<ChecklistItemState | null | undefined>(undefined);
const ChecklistContext = createContext<Checklist | null>(null);

function TaskCheckbox() {
  const item = useContext(TaskItemContext);
  const checklist = useContext(ChecklistContext);
  if (!checklist || !item) {
    // A runbook read outside an incident, or an item the server did not count: not interactive.
    return <Checkbox aria-label="Step (tick it on an incident)" disabled checked={false} onChange={() => {}} size="sm" display="inline-block" mr={8} style={{ verticalAlign: 'middle' }} />;
  }
  const pending = checklist.pending?.has(item.key) ?? false;
  return (
    <Checkbox
      aria-label={item.text}
      checked={item.checked}
      aria-disabled={checklist.refusal !== null || undefined}
      title={checklist.refusal ?? (item.checked && item.checked_by ? `Done by ${item.checked_by}` : undefined)}
      onChange={(event) => {
        if (checklist.refusal !== null || pending) return;
        checklist.onToggle(item, event.currentTarget.checked);
      }}
      size="md"
      display="inline-block"
      mr={8}
      style={{ verticalAlign: 'middle', opacity: pending ? 0.6 : 1 }}
    />
  );
}

function CodeBlock({ code, children }: { code: string; children: ReactNode }) {
  // The button sits on its own bar above the code: long commands scroll under nothing.
  return (
    <Box my="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6, overflow: 'hidden' }}>
      <Group justify="flex-end" px={4} py={2} style={{ background: 'var(--mantine-color-default)', borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <CopyButton value={code} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant="default" size="compact-sm" onClick={copy} aria-label={copied ? 'Copied' : 'Copy code'} style={{ minHeight: 36, minWidth: 64 }}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Box
        component="pre"
        // Long lines scroll sideways: the block must be reachable by keyboard to scroll it.
        tabIndex={0}
        p="sm"
        style={{ background: 'var(--mantine-color-default-hover)', overflowX: 'auto', fontSize: 13, margin: 0 }}
      >
        {children}
      </Box>
    </Box>
  );
}

type Props<T extends keyof React.JSX.IntrinsicElements> = React.JSX.IntrinsicElements[T] & ExtraProps;

function components(headingOffset: number, checklist: Checklist | null): Components {
  const heading = (level: number) =>
    function Heading({ children }: Props<'h1'>) {
      const order = Math.min(6, level + headingOffset) as TitleOrder;
      return <Title order={order} size={order <= 3 ? 'h4' : 'h5'} mt="md" mb={4}>{children}</Title>;
    };
  return {
    h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6),
    a({ href, children }: Props<'a'>) {
      const safe = markdownHref(href);
      if (safe === null) return <Text span style={{ textDecoration: 'underline dotted' }} title="Link not followed: only http(s) links are">{children}</Text>;
      return isExternal(safe)
        ? <Anchor href={safe} target="_blank" rel="noopener noreferrer nofollow" style={{ overflowWrap: 'anywhere' }}>{children}</Anchor>
        : <Anchor href={safe} style={{ overflowWrap: 'anywhere' }}>{children}</Anchor>;
    },
    img({ src, alt }: Props<'img'>) {
      // Never fetched: a runbook must not make the browser call an address by being read.
      const safe = markdownHref(typeof src === 'string' ? src : undefined);
      const label = `Image: ${alt?.trim() || 'untitled'}`;
      if (safe === null) return <Text span c="dimmed">[{label}]</Text>;
      return <Anchor href={safe} target="_blank" rel="noopener noreferrer nofollow">[{label}]</Anchor>;
    },
    pre({ node, children }: Props<'pre'>) {
      return <CodeBlock code={textOf(node as HastNode | undefined).replace(/\n$/, '')}>{children}</CodeBlock>;
    },
    code({ children, className }: Props<'code'>) {
      return <code className={className} style={{ fontFamily: 'var(--mantine-font-family-monospace)', overflowWrap: 'anywhere' }}>{children}</code>;
    },
    table({ children }: Props<'table'>) {
      return <Box style={{ overflowX: 'auto' }} my="sm" tabIndex={0}><table style={{ borderCollapse: 'collapse' }}>{children}</table></Box>;
    },
    th({ children, style }: Props<'th'>) {
      return <th style={{ ...style, border: '1px solid var(--mantine-color-default-border)', padding: '4px 8px', textAlign: 'left' }}>{children}</th>;
    },
    td({ children, style }: Props<'td'>) {
      return <td style={{ ...style, border: '1px solid var(--mantine-color-default-border)', padding: '4px 8px' }}>{children}</td>;
    },
    li({ node, children, className }: Props<'li'>) {
      const classes = (node as HastNode | undefined)?.properties?.className;
      const task = Array.isArray(classes) && classes.includes('task-list-item');
      if (!task) return <li className={className}>{children}</li>;
      const line = (node as HastNode | undefined)?.position?.start.line;
      const item = checklist?.items.find((i) => i.line === line) ?? null;
      return (
        <li className={className} style={{ listStyle: 'none', marginLeft: -20, padding: '2px 0' }} data-step={item?.key}>
          <TaskItemContext.Provider value={item}>{children}</TaskItemContext.Provider>
        </li>
      );
    },
    input({ type }: Props<'input'>) {
      if (type === 'checkbox') return <TaskCheckbox />;
      return null;
    },
  };
}

export function SafeMarkdown({ markdown, headingOffset = 2, checklist = null }: { markdown: string; headingOffset?: number; checklist?: Checklist | null }) {
  const rendered = useMemo(() => components(headingOffset, checklist), [headingOffset, checklist]);
  return (
    <ChecklistContext.Provider value={checklist}>
      <Box className="vigil-markdown" style={{ overflowWrap: 'anywhere', lineHeight: 1.55 }}>
        <Markdown remarkPlugins={[remarkGfm]} components={rendered} skipHtml={false}>
          {markdown}
        </Markdown>
      </Box>
    </ChecklistContext.Provider>
  );
}
