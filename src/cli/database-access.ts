import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_DATABASE_URL, migrateToLatest, migrationProgress, openDatabase, parseDatabaseUrl, redactUrl, type DatabaseLocation, type VigilDatabase } from '../core/db/database.js';
import { ensureDefaultSeverities } from '../incidents/severities.js';
import type { CliContext } from './context.js';
import { CliError } from './incident-commands.js';

export interface DatabaseOptions {
  /** Set up a new database where `VIGIL_DATABASE_URL` points if there is none there yet. */
  readonly create?: boolean | undefined;
}

/** `--create` on every command that opens the database (all but `serve`, which always may). */
export function createOption(command: Command): Command {
  return command.option('--create', 'set up a new database at VIGIL_DATABASE_URL if none is there (otherwise refused)');
}

/** The database as every command names it: the absolute file or the URL without its password, and the dialect. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.dialect === 'postgres') return `${redactUrl(location.target)} (PostgreSQL)`;
  if (location.target === ':memory:') return 'an in-memory database (SQLite)';
  return `${resolve(location.target)} (SQLite)`;
}

const HOW_TO_POINT = 'set VIGIL_DATABASE_URL to your Vigil database';

/**
 * Opens the database `VIGIL_DATABASE_URL` names for a command that is not `serve`, brought up
 * to date, and closes it after `run`. A command run from the wrong folder, or with the variable
 * unset, used to make a new empty `./data/vigil.db` and write to it without a word; so a database
 * that does not exist (SQLite) or that Vigil never set up (either dialect: a PostgreSQL database
 * has to exist before Vigil can connect, so "new" there means no migrations have run) is refused
 * unless `--create` asks for it. An older schema is migrated, as `serve` would.
 */
export async function withDatabase<T>(ctx: CliContext, options: DatabaseOptions, run: (database: VigilDatabase, name: string) => Promise<T>): Promise<T> {
  // Blank counts as unset, as for `serve` (cli/env.ts).
  const given = ctx.env.VIGIL_DATABASE_URL?.trim() || undefined;
  const url = given ?? DEFAULT_DATABASE_URL;
  let location: DatabaseLocation;
  try {
    location = parseDatabaseUrl(url);
  } catch (error) {
    throw new CliError(`VIGIL_DATABASE_URL: ${(error as Error).message}`);
  }
  const name = describeDatabase(location);
  const create = options.create === true;
  if (location.dialect === 'sqlite' && location.target !== ':memory:' && !existsSync(location.target) && !create) {
    const source = given === undefined ? `the default ${DEFAULT_DATABASE_URL}, as VIGIL_DATABASE_URL is unset` : 'from VIGIL_DATABASE_URL';
    throw new CliError(`no database at ${resolve(location.target)} (SQLite, ${source}): ${HOW_TO_POINT}, or pass --create to make a new one there`);
  }

  const database = await open(url, name);
  try {
    await bringUpToDate(ctx, database, name, create);
    return await run(database, name);
  } finally {
    await database.close();
  }
}

async function open(url: string, name: string): Promise<VigilDatabase> {
  try {
    return openDatabase(url);
  } catch (error) {
    throw new CliError(`cannot open ${name}: ${(error as Error).message}`);
  }
}

async function bringUpToDate(ctx: CliContext, database: VigilDatabase, name: string, create: boolean): Promise<void> {
  let progress: { executed: number; known: number };
  try {
    progress = await migrationProgress(database.db);
  } catch (error) {
    throw new CliError(`cannot open ${name}: ${openFailure(error)}`);
  }
  if (progress.executed === 0 && !create) throw new CliError(`${name} has no Vigil tables: ${HOW_TO_POINT}, or pass --create to set this one up`);
  if (progress.executed < progress.known) {
    const migration = await migrateToLatest(database.db);
    if (migration.error) throw new CliError(`migrating ${name} failed: ${(migration.error as Error).message}`);
    ctx.err(progress.executed === 0 ? `vigil: set up a new database at ${name}` : `vigil: brought ${name} up to date (${progress.known - progress.executed} migrations)`);
  }
  await ensureDefaultSeverities(database.db);
}

function openFailure(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : String(code ?? error);
  // 3D000: the PostgreSQL server is there but the database in the URL is not.
  if (code === '3D000') return `${text}; Vigil does not create PostgreSQL databases: create it (createdb), then pass --create`;
  return text;
}
