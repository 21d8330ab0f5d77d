import { readFileSync, existsSync } from 'node:fs';
import type { Command } from 'commander';
import { adminTokenFile } from '../access/bootstrap.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../core/db/database.js';
import type { IncidentView } from '../incidents/incident-view.js';
import type { TimelineEntry } from '../incidents/timeline.js';
import type { CliContext } from './context.js';
import { formatInstant, formatTable, type Column } from './table.js';

export interface ApiTarget {
  readonly url: string;
  readonly token: string;
}

/**
 * The incident commands talk to a running Vigil over its API, so they work against any node and
 * go through the same validation and timeline as everything else.
 */
export function apiTarget(ctx: Pick<CliContext, 'env'>, options: { url?: string; token?: string }): ApiTarget {
  const { env } = ctx;
  const url = (options.url ?? env.VIGIL_URL ?? env.VIGIL_PUBLIC_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  let token = options.token ?? env.VIGIL_TOKEN ?? env.VIGIL_ADMIN_TOKEN;
  if (!token) {
    const location = parseDatabaseUrl(env.VIGIL_DATABASE_URL ?? DEFAULT_DATABASE_URL);
    const file = adminTokenFile(location.target, location.dialect);
    if (existsSync(file)) token = readFileSync(file, 'utf8').trim();
  }
  if (!token) throw new CliError('no API token: pass --token, or set VIGIL_TOKEN (or VIGIL_ADMIN_TOKEN)');
  return { url, token };
}

export class CliError extends Error {
  override readonly name = 'CliError';
}

export async function call(target: ApiTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${target.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new CliError(`cannot reach Vigil at ${target.url}: ${(error as Error).message} (is \`vigil serve\` running? set VIGIL_URL)`);
  }
  const text = await response.text();
  const parsed = text === '' ? null : (JSON.parse(text) as unknown);
  if (!response.ok) {
    const error = parsed as { code?: string; message?: string } | null;
    throw new CliError(`${response.status} ${error?.code ?? ''}: ${error?.message ?? text}`);
  }
  return parsed;
}

function line(incident: IncidentView): string {
  const when = incident.triggered_at.replace('T', ' ').slice(0, 16);
  return `#${String(incident.number).padEnd(5)} ${incident.status.padEnd(12)} ${incident.severity.id.padEnd(6)} ${when}  ${incident.title}`;
}

const INCIDENT_COLUMNS: readonly Column<IncidentView>[] = [
  { header: '#', value: (i) => String(i.number), align: 'right' },
  { header: 'STATUS', value: (i) => i.status },
  { header: 'SEVERITY', value: (i) => i.severity.id },
  { header: 'SERVICE', value: (i) => i.service?.id ?? '-' },
  { header: 'TRIGGERED (UTC)', value: (i) => formatInstant(i.triggered_at) },
  { header: 'TITLE', value: (i) => i.title },
];

const TIMELINE_COLUMNS: readonly Column<TimelineEntry>[] = [
  { header: 'AT (UTC)', value: (e) => formatInstant(e.at, { seconds: true }) },
  { header: 'KIND', value: (e) => e.kind },
  { header: 'ACTOR', value: (e) => e.actor },
  { header: 'MESSAGE', value: (e) => e.message },
];

const named = (ref: { id: string; name: string } | null): string => (ref === null ? '-' : ref.name === ref.id ? ref.id : `${ref.id} (${ref.name})`);

function escalation(state: IncidentView['escalation']): string {
  const policy = state.policy === null ? '' : ` of ${state.policy}`;
  // Round 0: no step has run yet (no policy, or the first step is still due).
  return state.round === 0 ? `not started${policy}` : `round ${state.round}, level ${state.level}${policy}`;
}

/**
 * One incident as `vigil incidents show` prints it: its fields, then its timeline oldest first,
 * the order the API gives and the order it happened in, so the latest entry ends up just above
 * the prompt.
 */
export function describeIncident(incident: IncidentView): string[] {
  const fields: [string, string][] = [
    ['status', incident.status],
    ['severity', named(incident.severity)],
    ['urgency', incident.urgency],
    ['service', named(incident.service)],
    ['commander', named(incident.commander)],
    ['triggered', `${formatInstant(incident.triggered_at)} UTC`],
    ['acknowledged', incident.acknowledged_at === null ? '-' : `${formatInstant(incident.acknowledged_at)} UTC`],
    ['resolved', incident.resolved_at === null ? '-' : `${formatInstant(incident.resolved_at)} UTC`],
    ['respond by', `${formatInstant(incident.response.respond_by)} UTC (${incident.response.state})`],
    ['escalation', escalation(incident.escalation)],
    ...(incident.description === null ? [] : [['description', incident.description] as [string, string]]),
  ];
  const timeline = incident.timeline ?? [];
  return [
    `#${incident.number}  ${incident.title}`,
    ...formatTable([{ header: '', value: (f: [string, string]) => f[0] }, { header: '', value: (f: [string, string]) => f[1] }], fields, { heading: false }),
    '',
    `timeline, oldest first (${timeline.length} ${timeline.length === 1 ? 'entry' : 'entries'}):`,
    ...formatTable(TIMELINE_COLUMNS, timeline),
  ];
}

export function registerIncidentCommands(program: Command, ctx: CliContext): void {
  const { out } = ctx;
  const incidents = program.command('incidents').description('work with incidents through the API of a running Vigil');
  const common = (command: Command) =>
    command.option('--url <url>', 'Vigil base URL (default $VIGIL_URL or http://127.0.0.1:8080)').option('--token <token>', 'API token (default $VIGIL_TOKEN)').option('--json', 'print JSON');

  common(incidents.command('list').description('list incidents, newest first'))
    .option('--status <statuses>', 'comma-separated: triggered,acknowledged,resolved')
    .option('--service <ids>', 'comma-separated service ids')
    .option('--severity <ids>', 'comma-separated severity ids')
    .option('--limit <n>', 'how many', '25')
    .action(async (options: { url?: string; token?: string; json?: boolean; status?: string; service?: string; severity?: string; limit: string }) => {
      const query = new URLSearchParams({ limit: options.limit });
      if (options.status) query.set('status', options.status);
      if (options.service) query.set('service', options.service);
      if (options.severity) query.set('severity', options.severity);
      const page = (await call(apiTarget(ctx, options), 'GET', `/api/v1/incidents?${query}`)) as { incidents: IncidentView[] };
      if (options.json) return out(JSON.stringify(page, null, 2));
      if (page.incidents.length === 0) return out('no incidents');
      for (const line of formatTable(INCIDENT_COLUMNS, page.incidents)) out(line);
    });

  common(incidents.command('show').description('show an incident with its timeline, oldest entry first').argument('<number>', 'the incident number (or id)'))
    .action(async (number: string, options: { url?: string; token?: string; json?: boolean }) => {
      const incident = (await call(apiTarget(ctx, options), 'GET', `/api/v1/incidents/${encodeURIComponent(number)}`)) as IncidentView;
      if (options.json) return out(JSON.stringify(incident, null, 2));
      for (const line of describeIncident(incident)) out(line);
    });

  common(incidents.command('declare').description('declare an incident').argument('<title>'))
    .option('--severity <id>', 'e.g. SEV-1')
    .option('--service <id>', 'the affected service')
    .option('--description <text>')
    .option('--commander <user>')
    .action(async (title: string, options: { url?: string; token?: string; json?: boolean; severity?: string; service?: string; description?: string; commander?: string }) => {
      const incident = (await call(apiTarget(ctx, options), 'POST', '/api/v1/incidents', {
        title,
        ...(options.severity ? { severity: options.severity } : {}),
        ...(options.service ? { service: options.service } : {}),
        ...(options.description ? { description: options.description } : {}),
        ...(options.commander ? { commander: options.commander } : {}),
      })) as IncidentView;
      out(options.json ? JSON.stringify(incident, null, 2) : `declared ${line(incident)}`);
    });

  for (const [name, action, verb] of [
    ['ack', 'acknowledge', 'acknowledged'],
    ['resolve', 'resolve', 'resolved'],
  ] as const) {
    common(incidents.command(name).description(`${action} an incident`).argument('<number>'))
      .option('--note <text>', 'a note for the timeline')
      .action(async (number: string, options: { url?: string; token?: string; json?: boolean; note?: string }) => {
        const incident = (await call(apiTarget(ctx, options), 'POST', `/api/v1/incidents/${encodeURIComponent(number)}/${action}`, options.note ? { note: options.note } : {})) as IncidentView;
        out(options.json ? JSON.stringify(incident, null, 2) : `${verb} ${line(incident)}`);
      });
  }
}
