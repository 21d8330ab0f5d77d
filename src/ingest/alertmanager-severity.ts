import type { AlertEvent } from '../alerts/alert-event.js';

/**
 * Alertmanager's PagerDuty notifier sends `payload.severity: "error"` unless its `severity:`
 * template is set (PROTOCOLS §3.4), so a critical alert arrives as "error" and opens a SEV-2. Its
 * default `custom_details.firing` text still lists each alert's labels (` - severity = critical`),
 * which shows what was meant. Vigil does not read severities out of that text (it is a template's
 * output, not data), nor refuse the event (Alertmanager would not retry and the alert would be
 * lost); it says how to fix the sender.
 */
export function alertmanagerSeverityNote(event: AlertEvent): string | null {
  if (event.action !== 'trigger' || event.client !== 'Alertmanager') return null;
  // A `custom_details.severity` is already the first hint, and the one mapped.
  if (event.severityHints[0]?.toLowerCase() !== 'error' || typeof event.details.severity === 'string') return null;
  const firing = event.details.firing;
  if (typeof firing !== 'string') return null;
  const labelled = [...new Set([...firing.matchAll(/^ - severity = (.+)$/gm)].map((m) => m[1]!.trim()))].filter((s) => s !== '' && s.toLowerCase() !== 'error');
  if (labelled.length === 0) return null;
  const words = labelled.map((s) => `"${s}"`).join(', ');
  return (
    `Alertmanager sent severity "error", its default, for ${labelled.length === 1 ? 'an alert labelled' : 'alerts labelled'} severity ${words}; ` +
    `Vigil mapped "error". To map the label, set severity: '{{ .CommonLabels.severity }}' in the pagerduty_configs entry, ` +
    'or send to /integrations/alertmanager with webhook_configs (docs/migrating-from-pagerduty.md)'
  );
}
