import type { Command } from 'commander';
import { createRuntime } from '../core/runtime.js';
import type { OnCallEntry, UserRef } from '../oncall/oncall-service.js';
import { onCallOutlook, type OnCallOutlook, type TargetOnCall } from '../oncall/oncall-outlook.js';
import type { CliContext } from './context.js';
import { createOption, withDatabase, type DatabaseOptions } from './database-access.js';
import { CliError } from './incident-commands.js';
import { formatInstant, formatTable, type Column } from './table.js';

const person = (user: UserRef | null): string => user?.name ?? 'nobody';

interface ScheduleRow {
  readonly now: OnCallEntry;
  readonly next: OnCallEntry;
  /** The end of the unbroken run of shifts of the person on call now, not only of this shift. */
  readonly until: string | null;
}

const SCHEDULE_COLUMNS: readonly Column<ScheduleRow>[] = [
  { header: 'SCHEDULE', value: (r) => r.now.schedule.id },
  { header: 'TEAM', value: (r) => r.now.schedule.team ?? '-' },
  { header: 'NOW', value: (r) => person(r.now.user) },
  { header: 'UNTIL (UTC)', value: (r) => formatInstant(r.until) },
  { header: 'NEXT', value: (r) => (r.next.user ? r.next.user.name : '-') },
  { header: 'FROM (UTC)', value: (r) => formatInstant(r.next.shift?.start ?? null) },
];

interface TargetRow extends TargetOnCall {
  readonly policy: string;
  readonly level: number;
  readonly after: string;
}

const POLICY_COLUMNS: readonly Column<TargetRow>[] = [
  { header: 'POLICY', value: (r) => r.policy },
  { header: 'LEVEL', value: (r) => String(r.level), align: 'right' },
  { header: 'AFTER', value: (r) => r.after },
  { header: 'TARGET', value: (r) => r.target },
  { header: 'NOW', value: (r) => person(r.now) },
  // A user named directly is reached whenever the level is: no shift ends.
  { header: 'UNTIL (UTC)', value: (r) => (r.target.startsWith('user:') && r.now ? 'always' : formatInstant(r.until)) },
  { header: 'NEXT', value: (r) => (r.next ? r.next.name : '-') },
  { header: 'FROM (UTC)', value: (r) => formatInstant(r.next_from) },
];

/** `vigil oncall` as text: a line naming the instant, then a table per schedule and one per policy level. */
export function describeOnCall(outlook: OnCallOutlook): string[] {
  const schedules = outlook.oncall.map((now, i) => ({ now, next: outlook.next[i]!, until: outlook.schedules[i]!.until }));
  const targets = outlook.escalation_policies.flatMap((p) =>
    p.levels.flatMap((l) => l.targets.map((t) => ({ ...t, policy: p.policy.id, level: l.position, after: l.escalate_after }))),
  );
  return [
    `on call at ${formatInstant(outlook.at)} UTC`,
    '',
    ...(schedules.length === 0 ? ['no schedules'] : formatTable(SCHEDULE_COLUMNS, schedules)),
    '',
    ...(targets.length === 0 ? ['no escalation policies'] : formatTable(POLICY_COLUMNS, targets)),
  ];
}

export function registerOnCallCommand(program: Command, ctx: CliContext): void {
  createOption(
    program
      .command('oncall')
      .description('who is on call now and next, per schedule and per escalation policy level (reads the database directly)')
      .option('--at <instant>', 'ISO 8601 instant to ask about instead of now, e.g. 2026-11-07T09:00:00Z')
      .option('--json', 'print JSON; its "oncall" is what GET /api/v1/oncall answers'),
  ).action(async (options: DatabaseOptions & { at?: string; json?: boolean }) => {
    const at = options.at === undefined ? ctx.clock.now() : Date.parse(options.at);
    if (Number.isNaN(at)) throw new CliError(`--at takes an ISO 8601 instant such as 2026-11-07T09:00:00Z, not "${options.at}"`);
    await withDatabase(ctx, options, async (database, name) => {
      const outlook = await onCallOutlook(createRuntime(database, { clock: ctx.clock }), at);
      ctx.err(`vigil: reading ${name}`);
      if (options.json) return ctx.out(JSON.stringify(outlook, null, 2));
      for (const line of describeOnCall(outlook)) ctx.out(line);
    });
  });
}
