import { Anchor, Code, Table, Text, Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Only web links are followed; anything else (`javascript:`, `data:`, `file:`) becomes plain text. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
    if (parsed.origin === 'https://relative.invalid') return '';
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : '';
  } catch {
    return '';
  }
}

const COMPONENTS: Components = {
  a: ({ href, children }) => (href
    ? <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow" underline="always" style={{ textDecoration: 'underline' }}>{children}</Anchor>
    : <Text span inherit>{children}</Text>),
  // Images are never fetched (a tracking pixel would tell someone who read the page): a link instead.
  img: ({ src, alt }) => (typeof src === 'string' && src !== ''
    ? <Anchor href={src} target="_blank" rel="noopener noreferrer nofollow" underline="always" style={{ textDecoration: 'underline' }}>{`Image: ${alt || src}`}</Anchor>
    : <Text span inherit>{alt ? `Image: ${alt}` : ''}</Text>),
  table: ({ children }) => <Table.ScrollContainer minWidth={320}><Table withTableBorder withColumnBorders>{children}</Table></Table.ScrollContainer>,
  code: ({ children, className }) => (className ? <code className={className}>{children}</code> : <Code>{children}</Code>),
};

/**
 * Markdown written by people (postmortem sections), shown safely: GitHub's flavour, raw HTML
 * shown as the text it is (never parsed), links only to http and https pages opened apart from
 * the console, images as links. Nothing in the text can run.
 */
export function SafeMarkdown({ children, empty = 'Nothing written yet.' }: { children: string; empty?: string }) {
  if (children.trim() === '') return <Text size="sm" c="dimmed" fs="italic">{empty}</Text>;
  return (
    <Typography p={0} style={{ overflowWrap: 'anywhere' }}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml={false} urlTransform={safeUrl} components={COMPONENTS}>{children}</Markdown>
    </Typography>
  );
}
