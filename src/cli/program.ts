import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { VigilError } from '../core/errors.js';
import { registerAccessCommands } from './access-commands.js';
import { registerConfigCommands } from './config-commands.js';
import type { CliContext } from './context.js';
import { CliError, registerIncidentCommands } from './incident-commands.js';
import { registerOnCallCommand } from './oncall-command.js';
import { registerPageCommands } from './page-commands.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Every command but `serve`, which owns the process (signals, exit): main.ts adds it through
 * `first`, so it stays first in the help.
 */
export function buildProgram(ctx: CliContext, first: (program: Command) => void = () => {}): Command {
  const program = new Command()
    .name('vigil')
    .description('Vigil: incident management and on-call')
    .version(version)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.out(text.replace(/\n$/, '')),
      writeErr: (text) => ctx.err(text.replace(/\n$/, '')),
    });
  first(program);
  registerConfigCommands(program, ctx);
  registerIncidentCommands(program, ctx);
  registerOnCallCommand(program, ctx);
  registerPageCommands(program, ctx);
  registerAccessCommands(program, ctx);
  return program;
}

/**
 * Runs one command line (without `node` and the script) and gives the exit code: 2 for a
 * mistake the user can fix, told in one line; anything unexpected is thrown to the caller.
 */
export async function runCli(args: readonly string[], ctx: CliContext, first?: (program: Command) => void): Promise<number> {
  const program = buildProgram(ctx, first);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      ctx.err(`vigil: ${error.message}`);
      return 2;
    }
    if (error instanceof VigilError) {
      ctx.err(`vigil: ${error.code}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
