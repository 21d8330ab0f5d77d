import { Button, Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Link, useNavigate } from 'react-router';
import { isTyping, SHORTCUTS_DISABLED_KEY } from '../app/shortcuts';
import { latestIncident, type ListIncident } from '../live/incident-cache';
import { heldRows } from '../live/hold';
import { SeverityBadge } from '../ui/SeverityBadge';
import { StatusBadge } from '../ui/StatusBadge';
import { useNow } from '../ui/useNow';
import { ageText, targetWording } from './list-format';
import { prefetchIncident } from './list-query';
import classes from './IncidentsList.module.css';

/** Below this width the list is cards, one under another; above it a dense table. */
const CARDS_QUERY = '(max-width: 62em)';
/** The console's fixed header; on phones, the bottom bar too. */
const HEADER_PX = 56;
const TABLE_HEADER_PX = 40;
const PHONE_BAR_PX = 64;

/**
 * The incidents, virtualised over the window's scroll (TanStack Virtual), so 1,000 rows cost the
 * DOM of the twenty or so in view. Never moves under a reader: while the pointer or focus is in
 * the list, or the page is scrolled, rows keep their places (`live/hold.ts`) and new ones wait
 * behind "3 new — show". `j`/`k` move between rows, Enter opens one.
 */
export function IncidentsList({ incidents, total, hasMore, loadingMore, onNearEnd }: {
  incidents: readonly ListIncident[];
  /** How many match the filters (from the counts), for screen readers' "row 3 of 40". */
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onNearEnd: () => void;
}) {
  const cards = useMediaQuery(CARDS_QUERY, undefined, { getInitialValueInEffect: false }) === true;
  const now = useNow(5_000);
  const navigate = useNavigate();
  const client = useQueryClient();
  const listRef = useRef<HTMLDivElement>(null);

  // ---- Holding still while someone reads ----
  const [pointerIn, setPointerIn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const scrolled = useScrolled();
  const holding = pointerIn || focusIn || scrolled;
  const [snapshot, setSnapshot] = useState<readonly ListIncident[] | null>(null);
  const shownRef = useRef<readonly ListIncident[]>(incidents);
  useEffect(() => {
    setSnapshot((current) => (holding ? current ?? shownRef.current : null));
  }, [holding]);
  const { rows, waiting } = useMemo(() => heldRows(incidents, snapshot, latestIncident), [incidents, snapshot]);
  shownRef.current = rows;

  // ---- Virtualised over the window ----
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((previous) => (Math.abs(previous - top) > 0.5 ? top : previous));
    };
    measure();
    // What is above the list (the filters, a banner) changes height as it wraps and appears.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => (cards ? 128 : 53),
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
    scrollPaddingStart: HEADER_PX + (cards ? 8 : TABLE_HEADER_PX),
    scrollPaddingEnd: cards ? PHONE_BAR_PX + 8 : 8,
    // React batches the scroll updates: a synchronous render per scroll event made frames late.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();

  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 40) onNearEnd();
  }, [hasMore, loadingMore, lastIndex, rows.length, onNearEnd]);

  // ---- Keyboard: j / k ----
  const focusRow = useCallback((index: number, triesLeft = 6) => {
    const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a, a[data-index="${index}"]`);
    if (target) target.focus({ preventScroll: true });
    else if (triesLeft > 0) requestAnimationFrame(() => focusRow(index, triesLeft - 1));
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'j' && event.key !== 'k') return;
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (window.localStorage.getItem(SHORTCUTS_DISABLED_KEY) === '1' || document.querySelector('[role="dialog"]')) return;
      if (rows.length === 0) return;
      event.preventDefault();
      const active = document.activeElement?.closest<HTMLElement>('[data-index]');
      const current = active && listRef.current?.contains(active) ? Number(active.dataset.index) : -1;
      const next = current < 0 ? (event.key === 'j' ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, current + (event.key === 'j' ? 1 : -1)));
      virtualizer.scrollToIndex(next, { align: 'auto' });
      focusRow(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows.length, virtualizer, focusRow]);

  // ---- Reading ahead on hover (after a moment, not for every row the pointer crosses) and focus ----
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const prefetch = useCallback((number: number, delay: number) => {
    clearTimeout(hoverTimer.current);
    hoverTimer.current = setTimeout(() => prefetchIncident(client, number), delay);
  }, [client]);
  const stopPrefetch = useCallback(() => clearTimeout(hoverTimer.current), []);
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  const showWaiting = () => {
    const before = new Set(rows.map((row) => row.id));
    const first = incidents.findIndex((row) => !before.has(row.id));
    setSnapshot(incidents);
    if (first >= 0) requestAnimationFrame(() => virtualizer.scrollToIndex(first, { align: 'center' }));
  };

  const open = useCallback((number: number) => navigate(`/incidents/${number}`), [navigate]);
  const count = total ?? rows.length;

  return (
    <div>
      <div className={classes.newRows}>
        {waiting > 0 && (
          <Button size="sm" onClick={showWaiting} radius="xl">{waiting} new — show</Button>
        )}
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {waiting > 0 ? `${waiting} new ${waiting === 1 ? 'incident waits' : 'incidents wait'} above the list; "${waiting} new — show" shows ${waiting === 1 ? 'it' : 'them'}.` : ''}
      </VisuallyHidden>
      <div
        ref={listRef}
        className={cards ? undefined : classes.table}
        role={cards ? 'list' : 'table'}
        aria-label="Incidents"
        {...(cards ? {} : { 'aria-rowcount': count + 1 })}
        onPointerEnter={(event) => event.pointerType === 'mouse' && setPointerIn(true)}
        onPointerLeave={() => setPointerIn(false)}
        onFocus={() => setFocusIn(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusIn(false);
        }}
      >
        {!cards && (
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className={classes.headerRow}>
              {['Severity', '#', 'Title', 'Service', 'Status', 'Age', 'Response target', 'Commander'].map((name) => (
                <div role="columnheader" key={name} className={classes.cell}>
                  {name === '#' ? <><span aria-hidden="true">#</span><VisuallyHidden>Number</VisuallyHidden></> : name}
                </div>
              ))}
            </div>
          </div>
        )}
        <div role={cards ? undefined : 'rowgroup'} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const incident = rows[item.index];
            if (incident === undefined) return null;
            return cards ? (
              <div key={item.key} role="listitem" data-index={item.index} ref={virtualizer.measureElement} style={placed(item.start - scrollMargin)}>
                <IncidentCard incident={incident} now={now} onPrefetch={prefetch} onLeave={stopPrefetch} />
              </div>
            ) : (
              <IncidentRow
                key={item.key}
                incident={incident}
                index={item.index}
                now={now}
                measure={virtualizer.measureElement}
                offset={item.start - scrollMargin}
                onOpen={open}
                onPrefetch={prefetch}
                onLeave={stopPrefetch}
              />
            );
          })}
        </div>
      </div>
      {(hasMore || loadingMore) && (
        <Group justify="center" py="md" gap="xs">
          {loadingMore && <Loader size="xs" aria-hidden="true" />}
          <Text size="sm" c="dimmed">{loadingMore ? 'Loading more incidents…' : `${rows.length} of ${count} shown; more load as you scroll.`}</Text>
        </Group>
      )}
    </div>
  );
}

/** True once the window is scrolled down at all: the reader is somewhere in the list. */
function useScrolled(): boolean {
  const [scrolled, setScrolled] = useState(() => typeof window !== 'undefined' && window.scrollY > 0);
  useEffect(() => {
    const onScroll = () => setScrolled(window.scrollY > 0);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  return scrolled;
}

interface RowProps {
  incident: ListIncident;
  now: number;
  onPrefetch: (number: number, delay: number) => void;
  onLeave: () => void;
}

/** A virtual row's place; rows keep theirs while the list scrolls, so memoised rows do not render again. */
function placed(offset: number): CSSProperties {
  return { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${offset}px)` };
}

const IncidentRow = memo(function IncidentRow({ incident, index, now, measure, offset, onOpen, onPrefetch, onLeave }: RowProps & {
  index: number;
  measure: (element: Element | null) => void;
  offset: number;
  onOpen: (number: number) => void;
}) {
  const target = targetWording(incident.response, now);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      ref={measure}
      style={placed(offset)}
      className={classes.row}
      onClick={(event) => {
        // The title is the link; the rest of the row opens the incident too, for a mouse.
        if (!(event.target as HTMLElement).closest('a')) onOpen(incident.number);
      }}
      onPointerEnter={(event) => event.pointerType === 'mouse' && onPrefetch(incident.number, 120)}
      onPointerLeave={onLeave}
      onFocus={() => onPrefetch(incident.number, 0)}
    >
      <div role="cell" className={classes.cell}><SeverityBadge severity={incident.severity} size="sm" /></div>
      <div role="cell" className={`${classes.cell} ${classes.number}`}>#{incident.number}</div>
      <div role="cell" className={classes.cell}>
        <Link to={`/incidents/${incident.number}`} className={classes.title} title={incident.title}>{incident.title}</Link>
      </div>
      <div role="cell" className={classes.cell}>{incident.service?.name ?? <span className={classes.dimmed}>No service</span>}</div>
      <div role="cell" className={classes.cell}><StatusBadge status={incident.status} size="sm" /></div>
      <div role="cell" className={classes.cell}>{ageText(incident.triggered_at, now)}</div>
      <div role="cell" className={`${classes.cell} ${target.breached ? classes.breached : ''}`}>
        <span aria-hidden="true">{target.text}</span>
        <VisuallyHidden>{target.spoken}</VisuallyHidden>
      </div>
      <div role="cell" className={classes.cell}>{incident.commander?.name ?? <span className={classes.dimmed}>None</span>}</div>
    </div>
  );
});

const IncidentCard = memo(function IncidentCard({ incident, now, onPrefetch, onLeave }: RowProps) {
  const target = targetWording(incident.response, now);
  const id = `incident-card-${incident.number}`;
  return (
    <Link
      to={`/incidents/${incident.number}`}
      className={classes.card}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-state ${id}-meta ${id}-target`}
      onPointerEnter={(event) => event.pointerType === 'mouse' && onPrefetch(incident.number, 120)}
      onPointerLeave={onLeave}
      onFocus={() => onPrefetch(incident.number, 0)}
      onTouchStart={() => onPrefetch(incident.number, 0)}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" id={`${id}-state`}>
        <Group gap={6} wrap="nowrap">
          <SeverityBadge severity={incident.severity} size="sm" />
          <StatusBadge status={incident.status} size="sm" />
        </Group>
        <Text size="sm" className={classes.number} style={{ whiteSpace: 'nowrap' }}>#{incident.number} · {ageText(incident.triggered_at, now)} ago</Text>
      </Group>
      <div className={classes.cardTitle} id={`${id}-title`}>{incident.title}</div>
      <Text size="sm" id={`${id}-meta`}>
        {incident.service?.name ?? 'No service'}
        <span className={classes.dimmed}> · Commander: </span>
        {incident.commander?.name ?? 'none'}
      </Text>
      <Text size="sm" id={`${id}-target`} className={target.breached ? classes.breached : classes.dimmed}>{target.spoken}</Text>
    </Link>
  );
});
