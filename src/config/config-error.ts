/**
 * A problem in a configuration file, at the node that causes it. Lines and columns are 1-based,
 * as editors show them.
 */
export interface ConfigError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** How to fix it, when there is something better to say than the message. */
  readonly hint?: string;
}

/** `vigil.yaml:12:7: unknown key "emial" in users[0] (alice) — did you mean "email"?` */
export function formatConfigError(error: ConfigError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.hint === undefined ? `${where}: ${error.message}` : `${where}: ${error.message} — ${error.hint}`;
}

/** One error a line, in file order, so the output reads top to bottom like the file. */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  return sortConfigErrors(errors).map(formatConfigError).join('\n');
}

export function sortConfigErrors(errors: readonly ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
