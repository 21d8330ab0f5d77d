import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import { applyConfig, type ApplyOptions, type ApplyOutcome } from './apply-config.js';
import { ConfigDocument } from './config-document.js';
import type { ConfigError } from './config-error.js';
import { validateConfig, type ValidateOptions, type ValidationOutcome } from './validate-config.js';

/** Parses YAML text; syntax errors are positioned like every other configuration error. */
export function parseConfig(text: string, file = 'vigil.yaml'): { document?: ConfigDocument; errors: readonly ConfigError[] } {
  return ConfigDocument.parse(text, file);
}

/** Reads, parses and validates a file. Errors name the file as `path` was given. */
export async function loadConfigFile(path: string, options: ValidateOptions = {}): Promise<ValidationOutcome> {
  const read = await readConfigFile(path);
  if (!read.document) return { errors: read.errors, warnings: [] };
  return validateConfig(read.document, options);
}

/** Reads a file and applies it: `vigil apply`. */
export async function applyConfigFile(db: Kysely<Schema>, dialect: SqlDialect, path: string, options: ApplyOptions): Promise<ApplyOutcome> {
  const read = await readConfigFile(path);
  if (!read.document) return { results: [], errors: read.errors, warnings: [] };
  return applyConfig(db, dialect, read.document, options);
}

async function readConfigFile(path: string): Promise<{ document?: ConfigDocument; errors: readonly ConfigError[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { errors: [{ file: path, line: 1, column: 1, message: `cannot read the configuration file: ${reason}` }] };
  }
  return parseConfig(text, path);
}
