import type { Command } from 'commander';
import { readServeSettings } from './env.js';
import { processContext } from './context.js';
import { CliError } from './incident-commands.js';
import { runCli } from './program.js';
import { startServer, StartupError } from './serve.js';

const ctx = processContext();
const out = ctx.out;

function registerServe(program: Command): void {
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
      // SIGHUP reloads what can be reloaded (as nginx does), so a service manager's reload never stops Vigil.
      process.on('SIGHUP', () => {
        const result = server.reloadTls?.() ?? { ok: true, message: 'nothing to reload (VIGIL_TLS_CERT is unset)' };
        (result.ok ? out : (line: string) => process.stderr.write(`${line}\n`))(`SIGHUP received: ${result.message}`);
      });
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), ctx, registerServe);
} catch (error) {
  if (error instanceof StartupError) {
    process.stderr.write(`vigil: ${error.message}\n`);
  } else {
    process.stderr.write(`vigil: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exitCode = 1;
}
