import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { readServeSettings } from './env.js';
import { registerAccessCommands } from './access-commands.js';
import { registerConfigCommands } from './config-commands.js';
import { CliError, registerIncidentCommands } from './incident-commands.js';
import { registerPageCommands } from './page-commands.js';
import { startServer, StartupError } from './serve.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const out = (text: string) => process.stdout.write(`${text}\n`);

const program = new Command()
  .name('vigil')
  .description('Vigil: incident management and on-call')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

program
  .command('serve')
  .description('run the Vigil server (settings from VIGIL_* environment variables)')
  .option('-c, --config <file>', 'apply this vigil.yaml at start (overrides VIGIL_CONFIG)')
  .option('-p, --port <port>', 'listen on this port (overrides VIGIL_PORT)')
  .option('--host <host>', 'listen on this address (overrides VIGIL_HOST)')
  .action(async (options: { config?: string; port?: string; host?: string }) => {
    const env = { ...process.env };
    if (options.config) env.VIGIL_CONFIG = options.config;
    if (options.port) env.VIGIL_PORT = options.port;
    if (options.host) env.VIGIL_HOST = options.host;
    const result = readServeSettings(env);
    if (!result.ok) {
      for (const problem of result.problems) process.stderr.write(`${problem.variable}: ${problem.message}\n`);
      throw new CliError('fix the settings above and start again');
    }
    const server = await startServer(result.settings, { print: out });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      out(`${signal} received: finishing requests in flight and stopping`);
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`error while stopping: ${String(error)}\n`);
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });

registerConfigCommands(program, out);
registerIncidentCommands(program, out);
registerPageCommands(program, out);
registerAccessCommands(program, out);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError || error instanceof StartupError) {
    process.stderr.write(`vigil: ${error.message}\n`);
    process.exitCode = error instanceof StartupError ? 1 : 2;
  } else {
    process.stderr.write(`vigil: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
