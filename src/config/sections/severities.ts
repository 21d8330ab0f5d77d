import { Type, type Static } from '@sinclair/typebox';
import { formatDuration, parseDuration } from '../../core/duration.js';
import type { SeverityRow } from '../../core/db/schema.js';
import { Duration, Id, Name, Strict, Text } from '../fields.js';
import { byId, changedFields, defineSection } from '../section.js';
import { createSeverity, deleteSeverities, updateSeverity } from '../../incidents/severities.js';

const SeverityItem = Strict({
  id: Id(),
  name: Name(),
  respond_within: Duration(),
  update_every: Type.Optional(Duration()),
  urgency: Type.Union([Type.Literal('high'), Type.Literal('low')]),
  description: Type.Optional(Text()),
});
export type SeverityConfig = Static<typeof SeverityItem>;

/**
 * `severities:` is the complete, ordered list when present (rank = position, 1 = most severe);
 * when absent the configured severities stay as they are, also under prune, because incidents
 * cannot exist without them.
 */
export const severitiesSection = defineSection({
  key: 'severities',
  kinds: ['severity'],
  item: SeverityItem,
  minItems: 1,

  async existingIds(db) {
    return (await db.selectFrom('severities').select('id').execute()).map((r) => r.id);
  },

  async apply(items, context) {
    if (items === undefined) return;
    const { tx } = context;
    const stored = new Map((await tx.selectFrom('severities').selectAll().execute()).map((r) => [r.id, r]));
    const listed = new Set(items.map((i) => i.value.id));
    const removed = [...stored.keys()].filter((id) => !listed.has(id)).sort();

    if (removed.length > 0) {
      const inUse = await tx
        .selectFrom('incidents')
        .select(['severity_id', (eb) => eb.fn.countAll<number>().as('count')])
        .where('severity_id', 'in', removed)
        .groupBy('severity_id')
        .orderBy('severity_id')
        .execute();
      if (inUse.length > 0) {
        const total = inUse.reduce((sum, r) => sum + Number(r.count), 0);
        const plural = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;
        const names =
          inUse.length === 1
            ? `severity "${inUse[0]!.severity_id}"`
            : `severities ${inUse.map((r) => `"${r.severity_id}" (${plural(Number(r.count))})`).join(', ')}`;
        const them = inUse.length === 1 ? 'it' : 'them';
        context.error(['severities'], `cannot remove ${names}: ${plural(total)} still ${total === 1 ? 'uses' : 'use'} ${them}`, {
          on: 'key',
          hint: `keep ${them} listed under severities:, or move those incidents to another severity first`,
        });
        return;
      }
      await deleteSeverities(tx, removed, { actor: context.actor }, context.now);
      for (const id of removed) context.report({ kind: 'severity', id, action: 'deleted', audited: true });
    }

    for (const [index, { value }] of items.entries()) {
      const row = toRow(value, index + 1);
      const current = stored.get(value.id);
      if (!current) {
        await createSeverity(tx, row, { actor: context.actor }, context.now);
        context.report({ kind: 'severity', id: value.id, action: 'created', audited: true });
        continue;
      }
      const changes = changedFields({
        name: [row.name, current.name],
        rank: [row.rank, current.rank],
        respond_within: [row.respond_within_ms, current.respond_within_ms],
        update_every: [row.update_every_ms, current.update_every_ms],
        urgency: [row.urgency, current.urgency],
        description: [row.description, current.description],
      });
      if (changes.length === 0) {
        context.report({ kind: 'severity', id: value.id, action: 'unchanged' });
        continue;
      }
      await updateSeverity(tx, current, row, { actor: context.actor }, context.now);
      context.report({ kind: 'severity', id: value.id, action: 'updated', changes, audited: true });
    }
  },

  async prune() {
    // The list itself is authoritative whenever the section is present; see apply.
  },

  async export(db) {
    const rows = (await db.selectFrom('severities').selectAll().execute()).sort((a, b) => a.rank - b.rank || byId(a, b));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      respond_within: formatDuration(row.respond_within_ms),
      ...(row.update_every_ms === null ? {} : { update_every: formatDuration(row.update_every_ms) }),
      urgency: row.urgency,
      ...(row.description === null ? {} : { description: row.description }),
    }));
  },
});

function toRow(value: SeverityConfig, rank: number): SeverityRow {
  return {
    id: value.id,
    name: value.name,
    rank,
    // The walker accepted these as durations, so they parse.
    respond_within_ms: parseDuration(value.respond_within)!,
    update_every_ms: value.update_every === undefined ? null : parseDuration(value.update_every)!,
    urgency: value.urgency,
    description: value.description ?? null,
  };
}

