import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from './usePageTitle';

let firstPage = true;

/**
 * The page's one `h1`, and its tab title. After a navigation inside the console focus moves to it,
 * so a screen reader hears where it landed; the first page load leaves focus alone.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outlineOffset: 4, overflowWrap: 'anywhere' }}>
      {children}
    </Title>
  );
}
