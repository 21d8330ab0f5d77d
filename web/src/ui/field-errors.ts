import { ApiError } from '../api/errors';

/**
 * The server names the field it refuses in its message: "invalid request: body.password the
 * password must be at least 12 characters long". Forms show that sentence under the field it
 * names ("The password must be at least 12 characters long"), and anything else above the form.
 */
export interface SplitError {
  /** By body field (`password`, `address`, `current_password`). */
  readonly fields: Readonly<Record<string, string>>;
  /** What is not about one field, or null. */
  readonly general: string | null;
}

const FIELD = /^body\.([A-Za-z0-9_]+)(?:\.[A-Za-z0-9_.]*)?:? (.+)$/s;

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export function splitError(error: unknown): SplitError {
  if (!(error instanceof ApiError)) return { fields: {}, general: error instanceof Error ? error.message : error === null || error === undefined ? null : String(error) };
  const text = error.message.replace(/^invalid request: /, '');
  const fields: Record<string, string> = {};
  const others: string[] = [];
  // Several refusals are joined by "; ", but a single one may contain "; " too (a hint): split only before a field name.
  for (const part of text.split(/; (?=body\.)/)) {
    const match = FIELD.exec(part);
    if (match && fields[match[1]!] === undefined) fields[match[1]!] = sentence(match[2]!);
    else others.push(part);
  }
  return { fields, general: others.length === 0 ? null : sentence(others.join('; ')) };
}
