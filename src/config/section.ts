import type { Static, TObject } from '@sinclair/typebox';
import type { Kysely, Transaction } from 'kysely';
import type { SqlDialect } from '../core/db/dialect.js';
import type { Schema } from '../core/db/schema.js';
import type { OutboundPolicy } from '../core/outbound.js';
import type { ConfigPath, ErrorOptions } from './config-document.js';

/**
 * One top-level section of `vigil.yaml` (severities, users, …): its schema, the checks the
 * schema cannot express, how it is written to the database and read back. A new section is a
 * new file under `sections/` and one line in `sections/index.ts`.
 */

/** A list item of a section, with where it is written. */
export interface Located<T> {
  readonly value: T;
  readonly path: ConfigPath;
}

export type ApplyAction = 'created' | 'updated' | 'unchanged' | 'deleted';

export interface ApplyResult<Kind extends string = string> {
  readonly kind: Kind;
  readonly id: string;
  readonly action: ApplyAction;
  /** The configuration fields that differed, for `updated`. */
  readonly changes?: readonly string[];
  /**
   * The owning slice's store wrote the change and its audit entry (the same entry the API writes
   * for the same change); without it, apply records a generic `config.<action>` entry.
   */
  readonly audited?: boolean;
}

export interface CheckContext {
  error(path: ConfigPath, message: string, options?: ErrorOptions): void;
  line(path: ConfigPath): number;
  label(path: ConfigPath): string;
  where(path: ConfigPath): string;
  /** The configuration file's path as it was given: files it names are relative to its folder. */
  readonly configFile: string;
  /** Which private addresses URLs in the file may name. */
  readonly outbound: OutboundPolicy;
  /** An address `outbound` refuses: an error, or a warning where the server's allow-list is not known. */
  refusedDestination(path: ConfigPath, message: string, options?: ErrorOptions): void;
  /** Something valid that probably does not do what its author meant: said by `vigil validate`, applied anyway. */
  warn(path: ConfigPath, message: string, options?: ErrorOptions): void;
  /**
   * Records an error unless `id` is defined by `section` in the file or, when validating against
   * a database, already exists there.
   */
  reference(section: string, noun: string, id: string, path: ConfigPath): void;
}

export interface ApplyContext<Kind extends string> extends Pick<CheckContext, 'error' | 'label' | 'where' | 'configFile'> {
  readonly tx: Transaction<Schema>;
  /** Who applies the file (`cli`, `config-file`), for the audit entries the slices' stores write. */
  readonly actor: string;
  readonly dialect: SqlDialect;
  /** The clock's instant for this apply: created_at and updated_at of every row written. */
  readonly now: number;
  /** `--prune`: nested lists a section keeps beside other writers' entries are the file's alone too. */
  readonly prune: boolean;
  /** The ids each section of the file names, by section key; absent sections are missing. */
  readonly named: ReadonlyMap<string, ReadonlySet<string>>;
  report(result: ApplyResult<Kind>): void;
}

export interface SectionSpec<Key extends string, Item extends TObject, Kind extends string> {
  readonly key: Key;
  /** The result kinds this section reports, e.g. services report `service` and `integration`. */
  readonly kinds: readonly Kind[];
  readonly item: Item;
  /** The section, when present, must list at least this many items. */
  readonly minItems?: number;
  /** Checks across items and sections. Duplicate ids are reported before this runs, for every section. */
  check?(items: readonly Located<Static<Item>>[], context: CheckContext): void;
  /** Ids that exist in the database, which references from the file may name. */
  existingIds(db: Kysely<Schema>): Promise<string[]>;
  /** Makes the database match the file; `items` is undefined when the file has no such section. */
  apply(items: readonly Located<Static<Item>>[] | undefined, context: ApplyContext<Kind>): Promise<void>;
  /**
   * `--prune`: deletes what the section does not name. Runs, in reverse section order, before
   * any section applies, and only for sections the file has: a file without `users:` does not
   * manage users.
   */
  prune(keep: ReadonlySet<string>, context: ApplyContext<Kind>): Promise<void>;
  /** The current state as file items, in a stable order; empty when there is nothing. */
  export(db: Kysely<Schema>): Promise<Static<Item>[]>;
}

/**
 * The section with its item type erased, so sections of different shapes sit in one list. The
 * casts are sound: items reach `check` and `apply` only after the walker matched them against
 * `item`, the schema they are typed from.
 */
export interface ConfigSection<Key extends string = string, Item extends TObject = TObject, Kind extends string = string> {
  readonly key: Key;
  readonly kinds: readonly Kind[];
  readonly item: Item;
  readonly minItems?: number;
  check(items: readonly Located<unknown>[], context: CheckContext): void;
  existingIds(db: Kysely<Schema>): Promise<string[]>;
  apply(items: readonly Located<unknown>[] | undefined, context: ApplyContext<string>): Promise<void>;
  prune(keep: ReadonlySet<string>, context: ApplyContext<string>): Promise<void>;
  export(db: Kysely<Schema>): Promise<unknown[]>;
}

export function defineSection<Key extends string, Item extends TObject, Kind extends string>(
  spec: SectionSpec<Key, Item, Kind>,
): ConfigSection<Key, Item, Kind> {
  type Items = readonly Located<Static<Item>>[];
  return {
    key: spec.key,
    kinds: spec.kinds,
    item: spec.item,
    ...(spec.minItems === undefined ? {} : { minItems: spec.minItems }),
    check: (items, context) => spec.check?.(items as Items, context),
    existingIds: (db) => spec.existingIds(db),
    apply: (items, context) => spec.apply(items as Items | undefined, context as ApplyContext<Kind>),
    prune: (keep, context) => spec.prune(keep, context as ApplyContext<Kind>),
    export: (db) => spec.export(db),
  };
}

/** The configuration field names whose values differ between the file and the database. */
export { changedFields } from '../core/changed-fields.js';

/**
 * Orders by code unit, the same on every database: PostgreSQL's collation would otherwise sort
 * `edge-proxy` and `edge_cache` differently from SQLite, and exports would differ by dialect.
 */
export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A problem a domain check found (see `oncall/layer-input.ts`), at a path relative to its input. */
export interface FieldProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint?: string;
}

/** Records domain problems where they are written: `invalid handoff in schedules[0] (x).layers[1]: …`. */
export function reportProblems(context: Pick<CheckContext, 'error' | 'label'>, base: ConfigPath, problems: readonly FieldProblem[]): void {
  for (const problem of problems) {
    const path = [...base, ...problem.path];
    const last = path[path.length - 1];
    const subject = typeof last === 'number' ? context.label(path) : `${String(last)} in ${context.label(path.slice(0, -1))}`;
    context.error(path, `invalid ${subject}: ${problem.message}`, { hint: problem.hint });
  }
}
