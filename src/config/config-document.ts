import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml';
import type { ConfigError } from './config-error.js';

/** Where a value sits in the document: map keys and list indexes from the root. */
export type ConfigPath = readonly (string | number)[];

export interface ErrorOptions {
  readonly hint?: string | undefined;
  /** Point at the key of the last path segment (unknown keys) instead of its value. */
  readonly on?: 'key' | 'value';
}

/** A parsed `vigil.yaml` that can say where any of its values is written. */
export class ConfigDocument {
  private constructor(
    readonly file: string,
    readonly text: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineIndex,
  ) {}

  /** Parses YAML; syntax errors come back positioned and there is then no document. */
  static parse(text: string, file: string): { document?: ConfigDocument; errors: ConfigError[] } {
    // Positions come from the text itself, not from the yaml library's LineCounter: the lexer
    // does not report a newline inside a broken token (`"x"}a` then an indented line), so the
    // counter would place a later error on the line before, past its end.
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const document = new ConfigDocument(file, text, doc, new LineIndex(text));
    if (doc.errors.length === 0) return { document, errors: [] };
    const errors = doc.errors.map((e): ConfigError => {
      const { line, column } = document.offsetPosition(e.pos[0]);
      const error = { file, line, column, message: `YAML syntax error: ${firstSentence(e.message)}` };
      const hint = indentationHint(e.code, e.message, text, document.offsetPosition(INDENT_AT_END.has(e.code) ? Math.max(e.pos[0], e.pos[1] - 1) : e.pos[0]).line);
      return hint === undefined ? error : { ...error, hint };
    });
    return { errors };
  }

  /** The root node (null for an empty file). */
  get root(): unknown {
    return this.resolve(this.doc.contents);
  }

  /** Follows YAML aliases (`*anchor`) to the node they stand for. */
  resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  /** The source text of a node, e.g. `0123` for a scalar YAML reads as the number 123. */
  sourceOf(node: unknown): string {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range ? this.text.slice(range[0], range[1]) : String(node);
  }

  /** The node at `path`, or undefined when some segment is not there. */
  nodeAt(path: ConfigPath): unknown {
    let node: unknown = this.root;
    for (const segment of path) {
      const step = this.child(node, segment);
      if (!step) return undefined;
      node = this.resolve(step.value);
    }
    return node;
  }

  /** True when the path leads to a value; `key:` with nothing after it does not count. */
  hasValue(path: ConfigPath): boolean {
    const node = this.nodeAt(path);
    return node !== undefined && node !== null && !(isScalar(node) && node.value === null);
  }

  error(path: ConfigPath, message: string, options: ErrorOptions = {}): ConfigError {
    const { line, column } = this.position(path, options.on ?? 'value');
    const error = { file: this.file, line, column, message };
    return options.hint === undefined ? error : { ...error, hint: options.hint };
  }

  line(path: ConfigPath): number {
    return this.position(path, 'value').line;
  }

  /**
   * The deepest node the path reaches: a missing key is reported at the map that lacks it, an
   * empty value (`email:`) at its key.
   */
  position(path: ConfigPath, on: 'key' | 'value'): { line: number; column: number } {
    let node: unknown = this.root;
    let offset = rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const step = this.child(node, segment);
      if (!step) break;
      const last = index === path.length - 1;
      const keyOffset = step.pair ? rangeStart(step.pair.key) : undefined;
      if (last && on === 'key' && keyOffset !== undefined) return this.offsetPosition(keyOffset);
      node = this.resolve(step.value);
      const valueOffset = isEmpty(step.value) ? undefined : rangeStart(step.value);
      offset = valueOffset ?? keyOffset ?? offset;
    }
    return this.offsetPosition(offset);
  }

  /** `services[0] (checkout).integrations[1]`: indexes with the item's id where it has one. */
  label(path: ConfigPath): string {
    let text = '';
    for (const [index, segment] of path.entries()) {
      if (typeof segment === 'string') {
        text += text === '' ? segment : `.${segment}`;
        continue;
      }
      text += `[${segment}]`;
      const id = this.nodeAt([...path.slice(0, index + 1), 'id']);
      if (isScalar(id) && (typeof id.value === 'string' || typeof id.value === 'number')) text += ` (${id.value})`;
    }
    return text;
  }

  /** `in users[0] (alice)`, or `at the top level` for the root. */
  where(path: ConfigPath): string {
    return path.length === 0 ? 'at the top level' : `in ${this.label(path)}`;
  }

  private child(node: unknown, segment: string | number): { value: unknown; pair?: Pair } | undefined {
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      return pair ? { value: pair.value, pair } : undefined;
    }
    if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      return { value: node.items[segment] };
    }
    return undefined;
  }

  private offsetPosition(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }
}

/**
 * Line and column (1-based, in UTF-16 code units as the yaml library counts) of an offset in
 * the text. Lines end at `\n`, as the yaml library reads them (a `\r\n` pair counts once). The
 * column is at most the line's length + 1 and an offset outside the text is clamped into it.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  position(offset: number): { line: number; column: number } {
    const at = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), this.text.length) : 0;
    // The last line start at or before `at`.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - this.starts[low]! + 1 };
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  return range ? range[0] : undefined;
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && node.source === '');
}

/** The yaml library's errors that a wrongly indented line causes. */
const INDENT_CODES = new Set(['BAD_INDENT', 'BAD_DEDENT', 'TAB_AS_INDENT', 'MULTILINE_IMPLICIT_KEY']);
/** Reported at the key before the misplaced line; the line itself ends the range. */
const INDENT_AT_END = new Set(['MULTILINE_IMPLICIT_KEY']);

/**
 * What to check when a syntax error comes from indentation. The library's words ("Sequence item
 * without - indicator", "Implicit keys need to be on a single line") name its parser's state,
 * not the line a person has to fix, so the hint names that line and the column it should start at.
 */
export function indentationHint(code: string, message: string, text: string, line: number): string | undefined {
  // An unclosed [ or { is reported as BAD_INDENT too; its fix is the bracket, not the indentation.
  if (/flow/i.test(message)) return undefined;
  if (!INDENT_CODES.has(code) && !(code === 'MISSING_CHAR' && /without - indicator/.test(message))) return undefined;
  const lines = text.split('\n');
  const current = lines[line - 1] ?? '';
  const indent = /^[ \t]*/.exec(current)![0];
  if (indent.includes('\t')) return `line ${line} is indented with a tab; YAML indents with spaces only`;
  let above = line - 1;
  while (above >= 1 && /^\s*(#.*)?$/.test(lines[above - 1]!)) above--;
  const general = 'keys of one mapping, and a list item\'s keys after its "- ", must start in the same column (spaces only)';
  if (above < 1) return `check the indentation of line ${line}: ${general}`;
  // Where the key on the line above starts: after its indentation and any "- " markers.
  const keyColumn = /^(?:[ ]*-[ ]+)*[ ]*/.exec(lines[above - 1]!)![0].length + 1;
  const column = indent.length + 1;
  if (column === keyColumn) return `check the indentation of line ${line}: ${general}`;
  return `check the indentation: line ${line} starts at column ${column}, the key on line ${above} at column ${keyColumn}; ${general}`;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
