import { Box, Group, Text, useComputedColorScheme, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDuration, formatShare } from './analytics-queries';

/**
 * Small SVG and CSS charts, each with a text alternative: the figure's `aria-label` says what it
 * shows and its extremes; every number behind it is in the tables and the CSV exports.
 */
const palette = (scheme: 'light' | 'dark') =>
  scheme === 'dark'
    ? { bar: '#74c0fc', second: '#ffc078', grid: '#495057', text: '#c9c9c9', met: '#8ce99a', breached: '#fca5a5', empty: '#2e2e2e' }
    : { bar: '#1971c2', second: '#c2410c', grid: '#dee2e6', text: '#495057', met: '#2b8a3e', breached: '#b91c1c', empty: '#f1f3f5' };

export function ChartFrame({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" fw={600} mb={4}>{title}</Text>
      <Text size="sm" c="dimmed" mb="xs">{description}</Text>
      {children}
    </Box>
  );
}

const shortDate = (iso: string, bucket: string) => {
  const d = new Date(iso);
  return bucket === 'month' ? d.toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' }) : d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
};

/** Incidents per bucket as bars. */
export function BarChart({ buckets, bucket, label }: { buckets: readonly { start: string; incidents: number }[]; bucket: string; label: string }) {
  const colors = palette(useComputedColorScheme('light'));
  const max = Math.max(1, ...buckets.map((b) => b.incidents));
  const total = buckets.reduce((s, b) => s + b.incidents, 0);
  const busiest = buckets.reduce<{ start: string; incidents: number } | null>((best, b) => (best === null || b.incidents > best.incidents ? b : best), null);
  const width = 400;
  const height = 160;
  const step = width / Math.max(1, buckets.length);
  const aria = `${label}: ${total} incidents in ${buckets.length} ${bucket}s${busiest && busiest.incidents > 0 ? `; the most, ${busiest.incidents}, in the ${bucket} of ${shortDate(busiest.start, bucket)}` : ''}.`;
  return (
    <svg role="img" aria-label={aria} viewBox={`0 0 ${width} ${height + 20}`} width="100%" style={{ display: 'block' }}>
      <line x1={0} x2={width} y1={height} y2={height} stroke={colors.grid} />
      {buckets.map((b, i) => {
        const h = (b.incidents / max) * (height - 16);
        return (
          <rect key={b.start} x={i * step + step * 0.15} width={Math.max(1, step * 0.7)} y={height - h} height={h} fill={colors.bar}>
            <title>{`${shortDate(b.start, bucket)}: ${b.incidents}`}</title>
          </rect>
        );
      })}
      <text x={0} y={12} fontSize={12} fill={colors.text}>{max}</text>
      {buckets.length > 0 && <text x={0} y={height + 16} fontSize={12} fill={colors.text}>{shortDate(buckets[0]!.start, bucket)}</text>}
      {buckets.length > 1 && <text x={width} y={height + 16} fontSize={12} textAnchor="end" fill={colors.text}>{shortDate(buckets[buckets.length - 1]!.start, bucket)}</text>}
    </svg>
  );
}

/** Mean MTTA and MTTR per bucket as two lines (gaps where nothing was measured). */
export function TrendChart({ buckets, bucket }: { buckets: readonly { start: string; mtta_mean: number | null; mttr_mean: number | null }[]; bucket: string }) {
  const colors = palette(useComputedColorScheme('light'));
  const values = buckets.flatMap((b) => [b.mtta_mean, b.mttr_mean]).filter((v): v is number => v !== null);
  const max = Math.max(60, ...values);
  const width = 400;
  const height = 160;
  const x = (i: number) => (buckets.length <= 1 ? width / 2 : (i / (buckets.length - 1)) * width);
  const y = (v: number) => height - (v / max) * (height - 16);
  const path = (pick: (b: (typeof buckets)[number]) => number | null) => {
    let d = '';
    let pen = false;
    buckets.forEach((b, i) => {
      const v = pick(b);
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  const mean = (pick: (b: (typeof buckets)[number]) => number | null) => {
    const list = buckets.map(pick).filter((v): v is number => v !== null);
    return list.length === 0 ? null : Math.max(...list);
  };
  const aria = `Mean time to acknowledge and to resolve per ${bucket}; the highest MTTA ${formatDuration(mean((b) => b.mtta_mean))}, the highest MTTR ${formatDuration(mean((b) => b.mttr_mean))}.`;
  return (
    <>
      <svg role="img" aria-label={aria} viewBox={`0 0 ${width} ${height + 20}`} width="100%" style={{ display: 'block' }}>
        <line x1={0} x2={width} y1={height} y2={height} stroke={colors.grid} />
        <path d={path((b) => b.mttr_mean)} fill="none" stroke={colors.second} strokeWidth={2} strokeDasharray="6 3" vectorEffect="non-scaling-stroke" />
        <path d={path((b) => b.mtta_mean)} fill="none" stroke={colors.bar} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        {buckets.map((b, i) => (
          <g key={b.start}>
            {b.mttr_mean !== null && <rect x={x(i) - 3} y={y(b.mttr_mean) - 3} width={6} height={6} fill={colors.second}><title>{`MTTR ${formatDuration(b.mttr_mean)}`}</title></rect>}
            {b.mtta_mean !== null && <circle cx={x(i)} cy={y(b.mtta_mean)} r={3.5} fill={colors.bar}><title>{`MTTA ${formatDuration(b.mtta_mean)}`}</title></circle>}
          </g>
        ))}
        <text x={0} y={12} fontSize={12} fill={colors.text}>{formatDuration(max)}</text>
      </svg>
      <Group gap="md" mt={4}>
        <Text size="sm"><span aria-hidden="true" style={{ color: colors.bar }}>━●</span> MTTA (mean)</Text>
        <Text size="sm"><span aria-hidden="true" style={{ color: colors.second }}>╍■</span> MTTR (mean)</Text>
      </Group>
    </>
  );
}

/** Met and breached per severity as one stacked bar each. */
export function ComplianceBars({ rows }: { rows: readonly { severity: string; severity_name: string; met: number; breached: number; share: number | null }[] }) {
  const colors = palette(useComputedColorScheme('light'));
  return (
    <Box role="list" aria-label="Response target compliance per severity">
      {rows.map((r) => {
        const total = r.met + r.breached;
        return (
          <Box key={r.severity} role="listitem" mb="sm">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>{r.severity} {r.severity_name}</Text>
              <Text size="sm">{formatShare(r.share)} met <Text span c="dimmed" size="sm">({r.met} met, {r.breached} breached)</Text></Text>
            </Group>
            <Box aria-hidden="true" style={{ display: 'flex', height: 10, borderRadius: 4, overflow: 'hidden', background: colors.empty }}>
              {total > 0 && <div style={{ width: `${(r.met / total) * 100}%`, background: colors.met }} />}
              {total > 0 && <div style={{ width: `${(r.breached / total) * 100}%`, background: colors.breached }} />}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Interruptions by weekday and hour, as a table whose cells are shaded by count: readable as a table by screen readers. */
export function HeatMap({ cells }: { cells: readonly (readonly number[])[] }) {
  const scheme = useComputedColorScheme('light');
  const max = Math.max(1, ...cells.flat());
  const shade = (n: number) => {
    if (n === 0) return 'transparent';
    const alpha = 0.2 + 0.8 * (n / max);
    return scheme === 'dark' ? `rgba(116, 192, 252, ${alpha})` : `rgba(25, 113, 194, ${alpha})`;
  };
  const textOn = (n: number) => (n / max > 0.55 ? (scheme === 'dark' ? '#1a1b1e' : '#ffffff') : undefined);
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} aria-label="Heat map, scrolls sideways on narrow screens">
      <table style={{ borderCollapse: 'collapse', fontSize: 11, width: '100%', minWidth: 400, tableLayout: 'fixed' }} aria-label="Interruptions by weekday and hour, in each person's own time zone">
        <thead>
          <tr>
            <th scope="col" style={{ width: 34 }}><VisuallyHidden>Day</VisuallyHidden></th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col" style={{ fontWeight: 400, padding: 0, textAlign: 'left', overflow: 'visible', whiteSpace: 'nowrap' }}>{h % 3 === 0 ? String(h).padStart(2, '0') : <VisuallyHidden>{`${String(h).padStart(2, '0')}:00`}</VisuallyHidden>}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, d) => (
            <tr key={DAYS[d]}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 500, paddingRight: 6 }}>{DAYS[d]}</th>
              {row.map((n, h) => (
                <td key={h} title={`${DAYS[d]} ${String(h).padStart(2, '0')}:00 — ${n}`} style={{ height: 20, padding: 0, textAlign: 'center', background: shade(n), color: textOn(n), border: '1px solid var(--mantine-color-default-border)' }}>
                  {n > 0 ? n : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
