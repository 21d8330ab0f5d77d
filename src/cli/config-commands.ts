import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Clock } from '../core/clock.js';
import type { VigilDatabase } from '../core/db/database.js';
import { OutboundPolicy, OUTBOUND_ALLOW_VARIABLE } from '../core/outbound.js';
import { applyConfigFile, exportConfig, formatConfigErrors, loadConfigFile, type ApplyOutcome, type ApplyResult, type ConfigError } from '../config/index.js';
import type { CliContext } from './context.js';
import { createOption, withDatabase, type DatabaseOptions } from './database-access.js';
import { CliError } from './incident-commands.js';

const DEFAULT_CONFIG_FILE = 'vigil.yaml';

function configPath(ctx: CliContext, file: string | undefined): string {
  return file ?? ctx.env.VIGIL_CONFIG ?? DEFAULT_CONFIG_FILE;
}

/** `VIGIL_OUTBOUND_ALLOW`, which `validate` and `apply` check addresses against as `serve` does. */
function outboundFromEnv(ctx: CliContext): OutboundPolicy {
  const { policy, problems } = OutboundPolicy.parse(ctx.env[OUTBOUND_ALLOW_VARIABLE]);
  if (problems.length > 0) throw new CliError(`${OUTBOUND_ALLOW_VARIABLE}: ${problems.join('; ')}`);
  return policy;
}

/**
 * Addresses this allow-list refuses, where the command cannot know the server's: the server
 * refuses to send there unless its own `VIGIL_OUTBOUND_ALLOW` names them.
 */
function printWarnings(ctx: CliContext, warnings: readonly ConfigError[]): void {
  if (warnings.length === 0) return;
  for (const line of formatConfigErrors(warnings).split('\n')) ctx.err(`warning: ${line}`);
  ctx.err(
    `warning: a server refuses to send to ${warnings.length === 1 ? 'this address' : 'these addresses'} unless its ${OUTBOUND_ALLOW_VARIABLE} allows ${warnings.length === 1 ? 'it' : 'them'} (e.g. ${OUTBOUND_ALLOW_VARIABLE}=127.0.0.1 for receivers on the same machine); \`vigil serve --config\` refuses to start with ${warnings.length === 1 ? 'it' : 'them'}`,
  );
}

export function formatApplyResult(result: ApplyResult): string {
  const changes = result.changes?.length ? ` (${result.changes.join(', ')})` : '';
  return `${result.action.padEnd(9)} ${result.kind} ${result.id}${changes}`;
}

export function summariseApply(outcome: ApplyOutcome): string {
  const counts = new Map<string, number>();
  for (const result of outcome.results) counts.set(result.action, (counts.get(result.action) ?? 0) + 1);
  const parts = ['created', 'updated', 'deleted', 'unchanged'].filter((a) => counts.has(a)).map((a) => `${counts.get(a)} ${a}`);
  return parts.length ? parts.join(', ') : 'nothing to apply';
}

export type ConfigApplyAtStart = { readonly ok: true; readonly summary: string } | { readonly ok: false; readonly message: string };

/** What `serve` does with `VIGIL_CONFIG`: exactly `vigil apply`, or refuse to start. */
export async function applyConfigFileOrExplain(database: VigilDatabase, file: string, clock: Clock, outbound: OutboundPolicy): Promise<ConfigApplyAtStart> {
  const outcome = await applyConfigFile(database.db, database.dialect, file, { clock, outbound, actor: 'config-file' });
  if (outcome.errors.length > 0) {
    return { ok: false, message: `${file} is not valid, so Vigil did not start:\n${formatConfigErrors(outcome.errors)}` };
  }
  return { ok: true, summary: `applied ${file}: ${summariseApply(outcome)}` };
}

export function registerConfigCommands(program: Command, ctx: CliContext): void {
  const { out } = ctx;
  program
    .command('validate')
    .description('check a vigil.yaml; errors are printed as file:line:column with a hint')
    .argument('[file]', `the file (default $VIGIL_CONFIG or ${DEFAULT_CONFIG_FILE})`)
    .action(async (file: string | undefined) => {
      const path = configPath(ctx, file);
      const outcome = await loadConfigFile(path, { outbound: outboundFromEnv(ctx), refusedDestinations: 'warning' });
      printWarnings(ctx, outcome.warnings);
      if (outcome.errors.length > 0) {
        ctx.err(formatConfigErrors(outcome.errors));
        throw new CliError(`${path}: ${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}`);
      }
      out(`${path}: valid${outcome.warnings.length ? ` (${outcome.warnings.length} warning${outcome.warnings.length === 1 ? '' : 's'})` : ''}`);
    });

  createOption(
    program
      .command('apply')
      .description('make the database ($VIGIL_DATABASE_URL) match a vigil.yaml; safe to run again')
      .argument('[file]', `the file (default $VIGIL_CONFIG or ${DEFAULT_CONFIG_FILE})`)
      .option('--prune', 'also delete what the file’s sections do not name'),
  ).action(async (file: string | undefined, options: DatabaseOptions & { prune?: boolean }) => {
    const path = configPath(ctx, file);
    const outbound = outboundFromEnv(ctx);
    await withDatabase(ctx, options, async (database, name) => {
      const outcome = await applyConfigFile(database.db, database.dialect, path, { clock: ctx.clock, prune: options.prune === true, outbound, actor: 'cli', refusedDestinations: 'warning' });
      printWarnings(ctx, outcome.warnings);
      if (outcome.errors.length > 0) {
        ctx.err(formatConfigErrors(outcome.errors));
        throw new CliError(`${path}: nothing applied to ${name}`);
      }
      for (const result of outcome.results) out(formatApplyResult(result));
      out(`applied ${path} to ${name}: ${summariseApply(outcome)}`);
    });
  });

  createOption(
    program
      .command('export')
      .description('write the current configuration as YAML that `vigil apply` accepts')
      .option('-o, --output <file>', 'write to a file instead of standard output'),
  ).action(async (options: DatabaseOptions & { output?: string }) => {
    await withDatabase(ctx, options, async (database, name) => {
      const yaml = await exportConfig(database.db);
      if (options.output) {
        writeFileSync(options.output, yaml);
        out(`exported ${name} to ${options.output}`);
      } else {
        // Standard output is the YAML itself; the database is named beside it.
        ctx.err(`vigil: exported ${name}`);
        out(yaml.replace(/\n$/, ''));
      }
    });
  });
}
