import { Anchor, Badge, Button, Code, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { PageState } from '../ui/PageState';
import { TimeText } from '../ui/TimeText';
import { safeHref } from './incident-links';
import { annotationsOf } from './incident-panels';
import { useIncidentAlerts, type IncidentAlert } from './incident-queries';
import { SidePanel } from '../ui/SidePanel';
import { DecisionTrail } from '../alerts/DecisionTrail';
import { SplitAlertButton } from './IncidentMerge';

/**
 * The alerts grouped into the incident. Everything here was written by whatever sent the alert:
 * it is drawn as text, and a value is a link only when `safeHref` says it is a plain http(s) URL.
 */
export function IncidentAlerts({ number }: { number: string }) {
  const alerts = useIncidentAlerts(number);
  const count = alerts.data?.alerts.length;
  return (
    <SidePanel title={count === undefined ? 'Alerts' : `Alerts (${count})`}>
      <PageState
        query={alerts}
        isEmpty={(data) => data.alerts.length === 0}
        empty={<Text size="sm" c="dimmed">No alerts: this incident was declared, not raised by an alert.</Text>}
      >
        {(data) => (
          <Stack gap="sm">
            {data.storm && <StormSummary storm={data.storm} />}
            {data.alerts.map((alert) => <AlertCard key={alert.id} alert={alert} />)}
          </Stack>
        )}
      </PageState>
    </SidePanel>
  );
}

const wrap = { overflowWrap: 'anywhere', wordBreak: 'break-word' } as const;

type Storm = NonNullable<ReturnType<typeof useIncidentAlerts>['data']>['storm'];

/** On an "Alert storm" incident: how many alerts it counted instead of opening their own, and the first and last. */
function StormSummary({ storm }: { storm: NonNullable<Storm> }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label="Alert storm">
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {storm.counted === 1 ? '1 alert' : `${storm.counted} alerts`} counted here by the storm limit
          {storm.state === 'active' ? ', and still counting' : ''}
        </Text>
        {storm.first_alert && (
          <Text size="xs" c="dimmed" style={wrap}>
            First: {storm.first_alert.summary} · <TimeText iso={storm.first_alert.first_seen_at} size="xs" />
          </Text>
        )}
        {storm.last_alert && (
          <Text size="xs" c="dimmed" style={wrap}>
            Last: {storm.last_alert.summary} · <TimeText iso={storm.last_alert.first_seen_at} size="xs" />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function AlertCard({ alert }: { alert: IncidentAlert }) {
  const [raw, setRaw] = useState(false);
  const rawId = useId();
  const [why, setWhy] = useState(false);
  const whyId = useId();
  const labels = Object.entries(alert.labels);
  const annotations = annotationsOf(alert.details);
  // Alertmanager's URL annotations come back as links too: each is shown once, beside its name.
  const annotated = new Set(annotations.map(([, value]) => safeHref(value)));
  const links = alert.links.flatMap((link) => {
    const href = safeHref(link.href);
    return href === null || annotated.has(href) ? [] : [{ href, text: link.text?.trim() || href }];
  });
  return (
    <Paper withBorder p="sm" component="article">
      <Stack gap={6}>
        <Text size="sm" fw={700} style={wrap}>{alert.summary}</Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant={alert.status === 'resolved' ? 'light' : 'outline'} color="gray" radius="sm" styles={{ root: { textTransform: 'none' } }}>
            {alert.status === 'resolved' ? 'Resolved' : alert.status === 'acknowledged' ? 'Acknowledged' : 'Firing'}
          </Badge>
          <Text size="xs" c="dimmed">
            {alert.event_count === 1 ? 'seen once' : `seen ${alert.event_count} times`}, last <TimeText iso={alert.last_seen_at} size="xs" />
          </Text>
        </Group>
        {(alert.source || alert.component) && (
          <Text size="xs" c="dimmed" style={wrap}>{[alert.source, alert.component].filter(Boolean).join(' · ')}</Text>
        )}
        {labels.length > 0 && (
          <Group gap={4} wrap="wrap" role="list" aria-label="Labels">
            {labels.map(([key, value]) => (
              <Code key={key} role="listitem" style={{ ...wrap, whiteSpace: 'normal', maxWidth: '100%' }}>{key}={value}</Code>
            ))}
          </Group>
        )}
        {annotations.length > 0 && (
          <Stack gap={2} component="dl" m={0}>
            {annotations.map(([key, value]) => {
              const href = safeHref(value);
              return (
                <div key={key}>
                  <Text component="dt" size="xs" c="dimmed" fw={600}>{key}</Text>
                  <Text component="dd" size="sm" m={0} style={{ ...wrap, whiteSpace: 'pre-wrap' }}>
                    {href ? <Anchor href={href} target="_blank" rel="noopener noreferrer nofollow" size="sm">{value}</Anchor> : value}
                  </Text>
                </div>
              );
            })}
          </Stack>
        )}
        {links.length > 0 && (
          <Group gap="sm" wrap="wrap">
            {links.map((link) => (
              <Anchor key={link.href} href={link.href} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={wrap}>{link.text}</Anchor>
            ))}
          </Group>
        )}
        <Button variant="subtle" size="compact-sm" onClick={() => setWhy((w) => !w)} aria-expanded={why} aria-controls={whyId} style={{ alignSelf: 'flex-start' }} mih={44}>
          {why ? 'Hide decisions' : 'Why? (decision trail)'}
        </Button>
        <Collapse expanded={why} id={whyId}>
          {why && <DecisionTrail alertId={alert.id} />}
        </Collapse>
        <SplitAlertButton alert={alert} />
        <Button variant="subtle" size="compact-sm" onClick={() => setRaw((r) => !r)} aria-expanded={raw} aria-controls={rawId} style={{ alignSelf: 'flex-start' }} mih={44}>
          {raw ? 'Hide raw payload' : 'Show raw payload'}
        </Button>
        <Collapse expanded={raw} id={rawId}>
          <Code block tabIndex={0} aria-label="Raw payload" style={{ ...wrap, whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>
            {JSON.stringify({ dedup_key: alert.dedup_key, severity: alert.severity, incoming_severity: alert.incoming_severity, labels: alert.labels, details: alert.details, links: alert.links }, null, 2)}
          </Code>
        </Collapse>
      </Stack>
    </Paper>
  );
}
