import { OutboundPolicy } from '../core/outbound.js';
import { DEFAULT_SEVERITIES } from '../incidents/severities.js';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ConfigDocument, ConfigPath } from './config-document.js';
import { sortConfigErrors, type ConfigError } from './config-error.js';
import { INVALID, decodeNode, describeNode, isNull } from './schema-walker.js';
import type { CheckContext, Located } from './section.js';
import { ALL_SECTIONS, type ConfigSections } from './sections/index.js';
import { didYouMean } from '../core/suggest.js';

/** A configuration that passed validation, with the document its values came from. */
export interface VigilConfig {
  readonly document: ConfigDocument;
  readonly sections: ConfigSections;
}

export interface ValidateOptions {
  /**
   * Ids that already exist outside the file (in the database), by section key: references to
   * them are accepted. Without it, every reference must be defined in the file.
   */
  readonly knownIds?: Readonly<Partial<Record<string, Iterable<string>>>>;
  /** Which private addresses webhook-style addresses may name (`VIGIL_OUTBOUND_ALLOW`); none unless given. */
  readonly outbound?: OutboundPolicy;
  /**
   * What an address the outbound policy refuses is. `error` (the default) where a server would
   * send there with this policy (`serve --config`); `warning` where the deployment's allow-list
   * is not known (`vigil validate`, `vigil apply` run from a workstation): the server still
   * refuses to send there, and says so in the delivery log.
   */
  readonly refusedDestinations?: 'error' | 'warning';
}

export interface ValidationOutcome {
  /** Present only when there are no errors. */
  readonly config?: VigilConfig;
  /** Every problem found, in file order. */
  readonly errors: readonly ConfigError[];
  /** What is worth knowing but does not stop the file (see `refusedDestinations`), in file order. */
  readonly warnings: readonly ConfigError[];
}

/**
 * Checks structure (unknown keys, types, required keys, formats) and meaning (unique ids,
 * references, unique emails and routing keys), collecting every error rather than the first.
 * Pure: the database is consulted only through `knownIds`.
 */
export function validateConfig(document: ConfigDocument, options: ValidateOptions = {}): ValidationOutcome {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  const root = document.root;
  const present: { key: string; items: Located<unknown>[]; rawCount: number }[] = [];

  if (!isNull(root) && !isMap(root)) {
    errors.push(document.error([], `invalid document: expected a map with keys ${sectionKeys().join(', ')}, got ${describeNode(document, root)}`));
  }
  for (const pair of isMap(root) ? root.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : document.sourceOf(pair.key);
    const section = ALL_SECTIONS.find((s) => s.key === key);
    if (!section) {
      const hint = didYouMean(key, sectionKeys()) ?? `allowed keys: ${sectionKeys().join(', ')}`;
      errors.push(document.error([key], `unknown key "${key}" at the top level`, { on: 'key', hint }));
      continue;
    }
    const list = document.resolve(pair.value);
    if (isNull(list)) continue;
    if (!isSeq(list)) {
      errors.push(document.error([key], `invalid ${key}: expected a list, got ${describeNode(document, list)}`));
      continue;
    }
    if (section.minItems !== undefined && list.items.length < section.minItems) {
      errors.push(document.error([key], `invalid ${key}: expected at least ${section.minItems} item${section.minItems === 1 ? '' : 's'}, got ${list.items.length}`));
    }
    const items: Located<unknown>[] = [];
    list.items.forEach((node, index) => {
      const path = [key, index];
      const value = decodeNode(document, node, section.item, path, errors);
      if (value !== INVALID) items.push({ value, path });
    });
    present.push({ key, items, rawCount: list.items.length });
  }

  // Ids are read from the raw items, so an item with a mistake elsewhere still counts as
  // defined and does not make every reference to it an error too.
  const defined = new Map<string, Set<string>>();
  for (const { key, rawCount } of present) {
    const ids = new Set<string>();
    const first = new Map<string, ConfigPath>();
    for (let index = 0; index < rawCount; index++) {
      const node = document.nodeAt([key, index, 'id']);
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      const path = [key, index, 'id'];
      const seen = first.get(node.value);
      if (seen) errors.push(document.error(path, `duplicate id "${node.value}" in ${key}[${index}]: first defined at line ${document.line(seen)}`));
      else first.set(node.value, path);
      ids.add(node.value);
    }
    defined.set(key, ids);
  }

  const known = new Map(Object.entries(options.knownIds ?? {}).map(([key, ids]) => [key, new Set(ids ?? [])]));
  // A file without `severities:` keeps the built-in ones, so references to them are sound even
  // when no database is consulted.
  if (!defined.has('severities') && !known.has('severities')) known.set('severities', new Set(DEFAULT_SEVERITIES.map((s) => s.id)));
  const context: CheckContext = {
    error: (path, message, opts) => errors.push(document.error(path, message, opts)),
    line: (path) => document.line(path),
    label: (path) => document.label(path),
    where: (path) => document.where(path),
    configFile: document.file,
    outbound: options.outbound ?? OutboundPolicy.strict(),
    warn: (path, message, opts) => warnings.push(document.error(path, message, opts)),
    refusedDestination: (path, message, opts) => (options.refusedDestinations === 'warning' ? warnings : errors).push(document.error(path, message, opts)),
    reference(section, noun, id, path) {
      if (defined.get(section)?.has(id) || known.get(section)?.has(id)) return;
      const where = typeof path[path.length - 1] === 'number' ? `in ${document.label(path)}` : document.where(path.slice(0, -1));
      const candidates = [...(defined.get(section) ?? []), ...(known.get(section) ?? [])];
      errors.push(document.error(path, `unknown ${noun} "${id}" ${where}`, { hint: didYouMean(id, candidates) ?? `define ${noun} "${id}" under ${section}:` }));
    },
  };
  for (const { key, items } of present) {
    ALL_SECTIONS.find((s) => s.key === key)!.check(items, context);
  }

  if (errors.length > 0) return { errors: sortConfigErrors(errors), warnings: sortConfigErrors(warnings) };
  const sections = Object.fromEntries(present.map(({ key, items }) => [key, items])) as ConfigSections;
  return { config: { document, sections }, errors: [], warnings: sortConfigErrors(warnings) };
}

function sectionKeys(): string[] {
  return ALL_SECTIONS.map((s) => s.key);
}

