import type { Command } from 'commander';
import { retireBootstrapToken } from '../access/api-tokens.js';
import { adminTokenFile } from '../access/bootstrap.js';
import { UserService, type UserView } from '../access/user-service.js';
import { newSecret } from '../core/ids.js';
import type { Role } from '../access/roles.js';
import type { AuditView } from '../audit/audit-log.js';
import type { CliContext } from './context.js';
import { createOption, withDatabase, type DatabaseOptions } from './database-access.js';
import { CliError, apiTarget, call } from './incident-commands.js';
import { formatInstant, formatTable, type Column } from './table.js';

const ROLE_NAMES: readonly Role[] = ['viewer', 'responder', 'admin'];

const USER_COLUMNS: readonly Column<UserView>[] = [
  { header: 'ID', value: (u) => u.id },
  { header: 'NAME', value: (u) => u.name },
  { header: 'EMAIL', value: (u) => u.email },
  { header: 'ROLE', value: (u) => u.role },
  { header: 'LOGIN', value: (u) => [u.password_set ? 'password' : '', u.sso_linked ? 'sso' : ''].filter(Boolean).join('+') || '-' },
  { header: 'TEAMS', value: (u) => u.teams.map((t) => `${t.team} (${t.role})`).join(', ') || '-' },
];

const AUDIT_COLUMNS: readonly Column<AuditView>[] = [
  { header: 'AT (UTC)', value: (e) => formatInstant(e.at, { seconds: true }) },
  { header: 'ACTOR', value: (e) => e.actor },
  { header: 'ACTION', value: (e) => e.action },
  { header: 'ENTITY', value: (e) => (e.entity_id === null ? e.entity_type : `${e.entity_type}:${e.entity_id}`) },
];

export function registerAccessCommands(program: Command, ctx: CliContext): void {
  const { out } = ctx;
  const users = program.command('users').description('manage user accounts in the database ($VIGIL_DATABASE_URL) directly: works before any admin exists');

  createOption(
    users
      .command('create')
      .description('create a user who can log in with a password')
      .argument('<id>', 'the user id, e.g. alice')
      .requiredOption('--email <email>')
      .option('--name <name>', 'display name (default: the id)')
      .option('--admin', 'make the user an admin (same as --role admin)')
      .option('--role <role>', 'viewer, responder or admin', 'responder')
      .option('--time-zone <zone>', 'IANA time zone', 'UTC')
      .option('--password-stdin', 'read the password from standard input (otherwise one is generated and printed once)'),
  ).action(async (id: string, options: DatabaseOptions & { email: string; name?: string; admin?: boolean; role: string; timeZone: string; passwordStdin?: boolean }) => {
    const role = options.admin ? 'admin' : options.role;
    if (!ROLE_NAMES.includes(role as Role)) throw new CliError(`--role must be one of ${ROLE_NAMES.join(', ')}`);
    const generated = options.passwordStdin ? null : newSecret(18);
    const password = generated ?? (await ctx.readStdin());
    await withDatabase(ctx, options, async (database, name) => {
      await new UserService(database.db, ctx.clock).create(
        { id, name: options.name ?? id, email: options.email, role: role as Role, time_zone: options.timeZone, password },
        { actor: 'cli' },
      );
      out(`created ${role} ${id} <${options.email}> in ${name}`);
    });
    if (generated) out(`password: ${generated}  (shown once; change it after logging in)`);
  });

  createOption(
    users
      .command('set-password')
      .description('set a user\'s password (for a forgotten one); ends their sessions and lifts a lockout')
      .argument('<id>')
      .option('--password-stdin', 'read the password from standard input (otherwise one is generated and printed once)'),
  ).action(async (id: string, options: DatabaseOptions & { passwordStdin?: boolean }) => {
    const generated = options.passwordStdin ? null : newSecret(18);
    const password = generated ?? (await ctx.readStdin());
    await withDatabase(ctx, options, async (database, name) => {
      await new UserService(database.db, ctx.clock).update(id, { password }, { actor: 'cli', byAdmin: true, self: false });
      out(`password set for ${id} in ${name}`);
    });
    if (generated) out(`password: ${generated}  (shown once)`);
  });

  createOption(
    users
      .command('list')
      .description('list users with their roles and teams')
      .option('--json', 'print JSON, as GET /api/v1/users answers'),
  ).action(async (options: DatabaseOptions & { json?: boolean }) => {
    await withDatabase(ctx, options, async (database, name) => {
      const list = await new UserService(database.db, ctx.clock).list();
      ctx.err(`vigil: reading ${name}`);
      if (options.json) return out(JSON.stringify({ users: list }, null, 2));
      if (list.length === 0) return out('no users');
      for (const line of formatTable(USER_COLUMNS, list)) out(line);
    });
  });

  program
    .command('tokens')
    .description('the bootstrap admin token, in the database ($VIGIL_DATABASE_URL) directly')
    .command('retire-bootstrap')
    .description('end the bootstrap admin token for good once an admin can sign in: VIGIL_ADMIN_TOKEN and the admin-token file are ignored from then on')
    .option('--create', 'set up a new database at VIGIL_DATABASE_URL if none is there (otherwise refused)')
    .action(async (options: DatabaseOptions) => {
      const file = await withDatabase(ctx, options, async (database, name) => {
        await retireBootstrapToken(database.db, ctx.clock, { actor: 'cli' });
        return `${adminTokenFile(database.location, database.dialect.name)} (database ${name})`;
      });
      out(`retired the bootstrap admin token: VIGIL_ADMIN_TOKEN and ${file} are ignored from now on (delete them); admins sign in instead`);
    });

  program
    .command('audit')
    .description('read the audit log of a running Vigil (admins): who changed what, when')
    .option('--url <url>', 'Vigil base URL (default $VIGIL_URL or http://127.0.0.1:8080)')
    .option('--token <token>', 'API token (default $VIGIL_TOKEN)')
    .option('--actor <actor>', 'e.g. user:alice, token:ci-bot, cli')
    .option('--entity <entity>', 'a type (schedule) or type:id (schedule:primary)')
    .option('--action <action>', 'e.g. login.failed, incident.acknowledge')
    .option('--since <instant>', 'ISO 8601, e.g. 2026-11-01T00:00:00Z')
    .option('--until <instant>', 'ISO 8601')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON, as GET /api/v1/audit answers')
    .action(async (options: { url?: string; token?: string; actor?: string; entity?: string; action?: string; since?: string; until?: string; limit: string; json?: boolean }) => {
      const query = new URLSearchParams({ limit: options.limit });
      for (const key of ['actor', 'entity', 'action', 'since', 'until'] as const) {
        const value = options[key];
        if (value !== undefined) query.set(key, value);
      }
      const page = (await call(apiTarget(ctx, options), 'GET', `/api/v1/audit?${query}`)) as { entries: AuditView[] };
      if (options.json) return out(JSON.stringify(page, null, 2));
      if (page.entries.length === 0) return out('no audit entries');
      for (const line of formatTable(AUDIT_COLUMNS, page.entries)) out(line);
    });
}
