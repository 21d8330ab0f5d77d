import { Popover, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { formatRange } from '../ui/zoned-time';
import { gaps, place, type Day, type Span, type TimedShift } from './timeline';
import './timeline.css';

export type RowKind = 'layer' | 'overrides' | 'final' | 'preview';

export interface TimelineRow {
  readonly key: string;
  readonly label: string;
  readonly sublabel?: string;
  readonly kind: RowKind;
  readonly shifts: readonly TimedShift[];
  /** Hatch what no shift covers, "No one on call" (the Final row and its preview). */
  readonly showGaps: boolean;
}

/** What a bar or a gap opens: a shift, or a stretch with nobody on call. */
export type Selection = { readonly kind: 'shift'; readonly shift: TimedShift; readonly row: TimelineRow } | { readonly kind: 'gap'; readonly span: Span; readonly row: TimelineRow };

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

/**
 * Days as columns (a week per block), a row per layer, the overrides and the Final result. Each
 * bar is a button: its name says who, when and from where, and it opens `detail`, which gives
 * both time zones and the actions. The shift list is the same data for phones and screen readers.
 */
export function ScheduleTimeline({ days, rows, now, zone, sourceLabel, detail, weekSize = 7, caption }: {
  days: readonly Day[];
  rows: readonly TimelineRow[];
  now: number;
  zone: string;
  sourceLabel: (source: string) => string;
  detail: (selection: Selection, close: () => void) => ReactNode;
  weekSize?: number;
  caption: string;
}) {
  const blocks: Day[][] = [];
  for (let i = 0; i < days.length; i += weekSize) blocks.push(days.slice(i, i + weekSize));
  return (
    <div role="group" aria-label={caption}>
      {blocks.map((block) => {
        const window = { start: block[0]!.start, end: block[block.length - 1]!.end };
        return (
          <div className="vs-timeline" key={block[0]!.date} style={{ marginBottom: 16 }}>
            <div className="vs-label" aria-hidden="true" />
            <DayHeader days={block} window={window} now={now} />
            {rows.map((row) => (
              <Fragment key={row.key}>
                <div className="vs-label">
                  <Text size="sm" fw={row.kind === 'final' ? 700 : 500} lineClamp={2}>{row.label}</Text>
                  {row.sublabel && <Text size="xs" c="dimmed" lineClamp={1}>{row.sublabel}</Text>}
                </div>
                <Track row={row} days={block} window={window} now={now} zone={zone} sourceLabel={sourceLabel} detail={detail} />
              </Fragment>
            ))}
          </div>
        );
      })}
    </div>
  );
}

function DayHeader({ days, window, now }: { days: readonly Day[]; window: Span; now: number }) {
  const nowAt = place({ start: now, end: now + 1 }, window);
  return (
    <div className="vs-track vs-track-head">
      {days.map((day) => {
        const at = place(day, window)!;
        return (
          <div key={day.date} className="vs-day-label" style={{ left: `${at.left}%`, width: `${at.width}%` }}>
            <Text span size="xs" fw={600}>{day.label}</Text>
            {day.hours !== 24 && <><br /><Text span size="xs">{day.hours} h day</Text></>}
          </div>
        );
      })}
      {nowAt && (
        <span className="vs-now-label" style={{ left: `${nowAt.left}%` }}>
          now
        </span>
      )}
    </div>
  );
}

function Track({ row, days, window, now, zone, sourceLabel, detail }: {
  row: TimelineRow;
  days: readonly Day[];
  window: Span;
  now: number;
  zone: string;
  sourceLabel: (source: string) => string;
  detail: (selection: Selection, close: () => void) => ReactNode;
}) {
  const nowAt = place({ start: now, end: now + 1 }, window);
  const holes = row.showGaps ? gaps(row.shifts, window) : [];
  return (
    <div className="vs-track">
      {days.map((day) => {
        const at = place(day, window)!;
        return <div key={day.date} className="vs-day" data-weekend={day.weekday >= 6 ? true : undefined} style={{ left: `${at.left}%`, width: `${at.width}%` }} />;
      })}
      {row.shifts.map((shift) => {
        const at = place(shift, window);
        if (at === null) return null;
        const override = shift.source.startsWith('override:') || shift.source === 'preview';
        const name = `${row.label}: ${shift.user.name}, ${formatRange(shift.start, shift.end, zone)}, ${sourceLabel(shift.source)}`;
        return (
          <Bar key={`${shift.source}-${shift.start}`} left={at.left} width={at.width} selection={{ kind: 'shift', shift, row }} detail={detail} label={name}>
            {(props) => (
              <UnstyledButton
                {...props}
                className="vs-bar"
                data-kind={row.kind}
                data-override={override ? true : undefined}
                data-preview={shift.source === 'preview' ? true : undefined}
              >
                <span className="vs-bar-text" aria-hidden="true">{firstName(shift.user.name)}</span>
                <VisuallyHidden>{name}</VisuallyHidden>
              </UnstyledButton>
            )}
          </Bar>
        );
      })}
      {holes.map((hole) => {
        const at = place(hole, window)!;
        const name = `${row.label}: no one on call, ${formatRange(hole.start, hole.end, zone)}`;
        return (
          <Bar key={`gap-${hole.start}`} left={at.left} width={at.width} selection={{ kind: 'gap', span: hole, row }} detail={detail} label={name}>
            {(props) => (
              <UnstyledButton {...props} className="vs-gap">
                <span className="vs-gap-text" aria-hidden="true">No one on call</span>
                <VisuallyHidden>{name}</VisuallyHidden>
              </UnstyledButton>
            )}
          </Bar>
        );
      })}
      {nowAt && <div className="vs-now" style={{ left: `${nowAt.left}%` }} aria-hidden="true" />}
    </div>
  );
}

/** One bar and the popover it opens; the bar is rendered by the caller so gaps and shifts look their own. */
function Bar({ left, width, selection, detail, label, children }: {
  left: number;
  width: number;
  selection: Selection;
  detail: (selection: Selection, close: () => void) => ReactNode;
  label: string;
  children: (props: { style: React.CSSProperties; onClick: () => void; title: string }) => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        {children({ style: { left: `${left}%`, width: `${width}%` }, onClick: () => setOpened((o) => !o), title: label })}
      </Popover.Target>
      <Popover.Dropdown>{opened && detail(selection, () => setOpened(false))}</Popover.Dropdown>
    </Popover>
  );
}
