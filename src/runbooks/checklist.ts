import { createHash } from 'node:crypto';

/**
 * The checklist of a runbook: its GFM task items (`- [ ] restart the pool`), in document order.
 * An item's key is its ordinal and a prefix of its text's SHA-256 (`3-5f1c0a9e2b44`): a tick names
 * the item it meant, and an edit that changes or moves the item makes old ticks name nothing
 * rather than the wrong step. `line` (1-based) lets the console find the item it rendered.
 *
 * Read line by line, as GFM writes task items: a list marker (`-`, `*`, `+`, `1.`, `1)`), maybe
 * behind blockquote markers, then `[ ]` or `[x]` and text. Fenced code is skipped, so a
 * `- [ ]` inside a shell snippet is not a step.
 */
export interface ChecklistItem {
  readonly key: string;
  readonly ordinal: number;
  readonly line: number;
  readonly text: string;
}

const TASK_ITEM = /^(?:[ \t]*>)*[ \t]{0,3}(?:[ \t]*(?:[-*+]|\d{1,9}[.)]))+[ \t]+\[[ xX]\][ \t]+(\S.*)$/;
const FENCE = /^(?:[ \t]*>)*[ \t]{0,3}(`{3,}|~{3,})/;

export function checklistItems(markdown: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let fence: string | null = null;
  markdown.split(/\r\n|\r|\n/).forEach((line, index) => {
    const opening = FENCE.exec(line);
    if (fence !== null) {
      // A fence closes on a run of its own character at least as long as the one that opened it.
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length) fence = null;
      return;
    }
    if (opening) {
      fence = opening[1]!;
      return;
    }
    const task = TASK_ITEM.exec(line);
    if (!task) return;
    const text = task[1]!.trim();
    const ordinal = items.length + 1;
    items.push({ key: itemKey(ordinal, text), ordinal, line: index + 1, text });
  });
  return items;
}

export function itemKey(ordinal: number, text: string): string {
  return `${ordinal}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

export function bodyDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}
