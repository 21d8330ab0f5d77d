import type { Command } from 'commander';
import { retireBootstrapToken } from '../access/api-tokens.js';
import { adminTokenFile } from '../access/bootstrap.js';
import { UserService } from '../access/user-service.js';
import { newSecret } from '../core/ids.js';
import { systemClock } from '../core/clock.js';
import { VigilError } from '../core/errors.js';
import type { Role } from '../access/roles.js';
import type { AuditView } from '../audit/audit-log.js';
import { withDatabase } from './config-commands.js';
import { CliError, apiTarget, call } from './incident-commands.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Domain errors from a command that works on the database directly, as a CLI message. */
async function explained<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof VigilError) throw new CliError(`${error.code}: ${error.message}`);
    throw error;
  }
}

const ROLE_NAMES: readonly Role[] = ['viewer', 'responder', 'admin'];

export function registerAccessCommands(program: Command, out: (text: string) => void): void {
  const users = program.command('users').description('manage user accounts in the database ($VIGIL_DATABASE_URL) directly: works before any admin exists');

  users
    .command('create')
    .description('create a user who can log in with a password')
    .argument('<id>', 'the user id, e.g. alice')
    .requiredOption('--email <email>')
    .option('--name <name>', 'display name (default: the id)')
    .option('--admin', 'make the user an admin (same as --role admin)')
    .option('--role <role>', 'viewer, responder or admin', 'responder')
    .option('--time-zone <zone>', 'IANA time zone', 'UTC')
    .option('--password-stdin', 'read the password from standard input (otherwise one is generated and printed once)')
    .action(async (id: string, options: { email: string; name?: string; admin?: boolean; role: string; timeZone: string; passwordStdin?: boolean }) => {
      const role = options.admin ? 'admin' : options.role;
      if (!ROLE_NAMES.includes(role as Role)) throw new CliError(`--role must be one of ${ROLE_NAMES.join(', ')}`);
      const generated = options.passwordStdin ? null : newSecret(18);
      const password = generated ?? (await readStdin());
      await withDatabase((database) =>
        explained(() =>
          new UserService(database.db, systemClock).create(
            { id, name: options.name ?? id, email: options.email, role: role as Role, time_zone: options.timeZone, password },
            { actor: 'cli' },
          ),
        ),
      );
      out(`created ${role} ${id} <${options.email}>`);
      if (generated) out(`password: ${generated}  (shown once; change it after logging in)`);
    });

  users
    .command('set-password')
    .description('set a user\'s password (for a forgotten one); ends their sessions and lifts a lockout')
    .argument('<id>')
    .option('--password-stdin', 'read the password from standard input (otherwise one is generated and printed once)')
    .action(async (id: string, options: { passwordStdin?: boolean }) => {
      const generated = options.passwordStdin ? null : newSecret(18);
      const password = generated ?? (await readStdin());
      await withDatabase((database) =>
        explained(() => new UserService(database.db, systemClock).update(id, { password }, { actor: 'cli', byAdmin: true, self: false })),
      );
      out(`password set for ${id}`);
      if (generated) out(`password: ${generated}  (shown once)`);
    });

  program
    .command('tokens')
    .description('the bootstrap admin token, in the database ($VIGIL_DATABASE_URL) directly')
    .command('retire-bootstrap')
    .description('end the bootstrap admin token for good once an admin can sign in: VIGIL_ADMIN_TOKEN and the admin-token file are ignored from then on')
    .action(async () => {
      const file = await withDatabase(async (database) => {
        await explained(() => retireBootstrapToken(database.db, systemClock, { actor: 'cli' }));
        return adminTokenFile(database.location, database.dialect);
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
    .option('--json', 'print JSON')
    .action(async (options: { url?: string; token?: string; actor?: string; entity?: string; action?: string; since?: string; until?: string; limit: string; json?: boolean }) => {
      const query = new URLSearchParams({ limit: options.limit });
      for (const key of ['actor', 'entity', 'action', 'since', 'until'] as const) {
        const value = options[key];
        if (value !== undefined) query.set(key, value);
      }
      const page = (await call(apiTarget(options), 'GET', `/api/v1/audit?${query}`)) as { entries: AuditView[] };
      if (options.json) return out(JSON.stringify(page, null, 2));
      if (page.entries.length === 0) return out('no audit entries');
      for (const entry of page.entries) {
        const target = entry.entity_id === null ? entry.entity_type : `${entry.entity_type}:${entry.entity_id}`;
        out(`${entry.at}  ${entry.actor.padEnd(20)} ${entry.action.padEnd(26)} ${target}`);
      }
    });
}
