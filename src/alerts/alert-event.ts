/**
 * The one canonical shape every ingest adapter produces. Adapters are pure functions from a
 * wire body to these types; everything after them (dedup, grouping, incidents) sees only this.
 */
export type AlertAction = 'trigger' | 'acknowledge' | 'resolve';

export interface AlertLink {
  readonly href: string;
  readonly text?: string;
}

export interface AlertImage {
  readonly src: string;
  readonly href?: string;
  readonly alt?: string;
}

export interface AlertEvent {
  readonly action: AlertAction;
  /** Identifies the alert within its service; generated (a UUID) for a keyless trigger. */
  readonly dedupKey: string;
  readonly dedupKeyGenerated: boolean;
  /**
   * Alerts sharing an incident key belong to one incident (Alertmanager's and Grafana's
   * groupKey). Null: the alert gets an incident of its own.
   */
  readonly incidentKey: string | null;
  /** Required for triggers; may be absent on acknowledge/resolve. */
  readonly summary: string | null;
  /**
   * Incoming severity words, most specific first (e.g. `custom_details.severity` before
   * `payload.severity`); mapped to a Vigil severity by the service's severity map.
   */
  readonly severityHints: readonly string[];
  readonly source: string | null;
  readonly component: string | null;
  readonly group: string | null;
  readonly class: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly links: readonly AlertLink[];
  readonly images: readonly AlertImage[];
  /** When the condition began or changed, as the sender says; epoch ms. */
  readonly occurredAt: number | null;
  readonly client: string | null;
  readonly clientUrl: string | null;
  /**
   * Advice for whoever set up the sender (a default that maps badly), shown on the incident's
   * timeline when the alert opens. Never a reason to refuse the event.
   */
  readonly notes?: readonly string[];
}

/** A message that may carry several alerts (Alertmanager, Grafana) or exactly one (PagerDuty). */
export interface AlertBatch {
  readonly events: readonly AlertEvent[];
  /**
   * False when the sender says the message is incomplete (Alertmanager `truncatedAlerts` > 0):
   * alerts it left out may still be firing, so the incident must not resolve from it.
   */
  readonly complete: boolean;
  /** Title for an incident opened by this batch (e.g. Alertmanager's group summary). */
  readonly title: string | null;
}

/** A deploy or other change: never opens an incident, shown as "recent changes" on incidents. */
export interface ChangeEvent {
  readonly summary: string;
  readonly source: string | null;
  readonly occurredAt: number | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly links: readonly AlertLink[];
}
