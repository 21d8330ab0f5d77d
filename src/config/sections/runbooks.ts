import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, normalize, resolve, sep } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { matcherProblems, MatcherSchema } from '../../alerts/matchers.js';
import { formatDuration, parseDuration } from '../../core/duration.js';
import { MAX_RUNBOOK_BYTES } from '../../runbooks/runbook-service.js';
import { createRunbook, deleteRunbook, listRunbooks, loadRunbook, updateRunbook, type RunbookFields } from '../../runbooks/runbook-store.js';
import type { ConfigPath } from '../config-document.js';
import { Duration, Id, Name, Strict } from '../fields.js';
import { byId, defineSection } from '../section.js';

const RunbookItem = Strict({
  id: Id(),
  title: Name(),
  /** Markdown, relative to the configuration file's folder; read at every apply. */
  file: Type.String({ minLength: 1 }),
  /** The services it is for; none: any service whose alerts meet `match`. */
  services: Type.Optional(Type.Array(Id())),
  /** Matchers over alert fields (alerts/matchers.ts); one alert must meet all of them. */
  match: Type.Optional(Type.Array(MatcherSchema)),
  /** Flag it stale when neither reviewed nor changed for this long (default 90d). */
  review_after: Type.Optional(Duration()),
});
export type RunbookConfig = Static<typeof RunbookItem>;

const FILE_HINT = 'write a path relative to the folder of this file, inside it, to a Markdown file (.md or .markdown), such as runbooks/database-connections.md';

/** Where a runbook's file is, or why it cannot be read from there. */
function runbookPath(configFile: string, file: string): { ok: true; path: string } | { ok: false; message: string } {
  if (isAbsolute(file)) return { ok: false, message: `"${file}" is an absolute path` };
  const relative = normalize(file);
  if (relative === '..' || relative.startsWith(`..${sep}`)) return { ok: false, message: `"${file}" leads out of the configuration's folder` };
  if (!/\.(md|markdown)$/i.test(relative)) return { ok: false, message: `"${file}" is not a Markdown file` };
  return { ok: true, path: resolve(dirname(configFile), relative) };
}

/** The runbook's Markdown, or why it cannot be used. */
function readRunbook(configFile: string, file: string): { ok: true; body: string } | { ok: false; message: string; hint?: string } {
  const where = runbookPath(configFile, file);
  if (!where.ok) return { ...where, hint: FILE_HINT };
  try {
    const size = statSync(where.path).size;
    if (size > MAX_RUNBOOK_BYTES) return { ok: false, message: `"${file}" is ${Math.ceil(size / 1024)} KiB; a runbook may be at most 256 KiB`, hint: 'split it, or link to the long parts' };
    const bytes = readFileSync(where.path);
    const body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, body: body.replace(/^\uFEFF/, '') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `there is no file "${file}" (looked for ${where.path})`, hint: FILE_HINT };
    if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return { ok: false, message: `"${file}" is not UTF-8 text`, hint: 'save it as UTF-8' };
    return { ok: false, message: `cannot read "${file}": ${(error as Error).message}` };
  }
}

function fieldsOf(value: RunbookConfig, body: string): RunbookFields {
  return {
    title: value.title,
    body,
    services: value.services ?? [],
    match: value.match ?? [],
    reviewAfterMs: value.review_after === undefined ? null : parseDuration(value.review_after)!,
    source: 'config',
    file: value.file,
  };
}

/**
 * `runbooks:` Markdown files and what they are for. The file is read at apply: a new digest is a
 * new version, by whoever applies. Runbooks written in the console are the console's: apply
 * leaves them alone and `--prune` deletes only runbooks that came from a file, as export has no
 * file to write the others to.
 */
export const runbooksSection = defineSection({
  key: 'runbooks',
  kinds: ['runbook'],
  item: RunbookItem,

  check(items, context) {
    for (const { value, path } of items) {
      for (const [index, service] of (value.services ?? []).entries()) context.reference('services', 'service', service, [...path, 'services', index]);
      for (const problem of matcherProblems(value.match ?? [])) {
        const at: ConfigPath = [...path, 'match', ...problem.path];
        context.error(at, `invalid ${problem.path.length === 0 ? 'match' : `match[${problem.path[0]}].${problem.path[1]}`} in ${context.label(path)}: ${problem.message}`, { hint: problem.hint });
      }
      const read = readRunbook(context.configFile, value.file);
      if (!read.ok) context.error([...path, 'file'], `invalid file in ${context.label(path)}: ${read.message}`, { hint: read.hint });
    }
  },

  async existingIds(db) {
    return (await db.selectFrom('runbooks').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx, now } = context;
    const who = { actor: context.actor };
    for (const { value, path } of items) {
      // Read again: the file may have changed since the check.
      const read = readRunbook(context.configFile, value.file);
      if (!read.ok) {
        context.error([...path, 'file'], `invalid file in ${context.label(path)}: ${read.message}`, { hint: read.hint });
        continue;
      }
      const fields = fieldsOf(value, read.body);
      const stored = await loadRunbook(tx, value.id);
      if (!stored) {
        await createRunbook(tx, who, now, value.id, fields);
        context.report({ kind: 'runbook', id: value.id, action: 'created', audited: true });
        continue;
      }
      const changes = await updateRunbook(tx, who, now, stored, fields);
      context.report(changes.length === 0 ? { kind: 'runbook', id: value.id, action: 'unchanged' } : { kind: 'runbook', id: value.id, action: 'updated', changes, audited: true });
    }
  },

  async prune(keep, context) {
    const stored = (await context.tx.selectFrom('runbooks').select('id').where('source', '=', 'config').execute()).sort(byId);
    for (const { id } of stored) {
      if (keep.has(id)) continue;
      const runbook = await loadRunbook(context.tx, id);
      if (!runbook) continue;
      await deleteRunbook(context.tx, { actor: context.actor }, context.now, runbook);
      context.report({ kind: 'runbook', id, action: 'deleted', audited: true });
    }
  },

  async export(db) {
    const runbooks = (await listRunbooks(db)).filter(({ row }) => row.source === 'config').sort((a, b) => byId(a.row, b.row));
    return runbooks.map(({ row, services, match }): RunbookConfig => ({
      id: row.id,
      title: row.title,
      file: row.file ?? `runbooks/${row.id}.md`,
      ...(services.length === 0 ? {} : { services: [...services].sort() }),
      ...(match.length === 0 ? {} : { match }),
      ...(row.review_after_ms === null ? {} : { review_after: formatDuration(row.review_after_ms) }),
    }));
  },
});
