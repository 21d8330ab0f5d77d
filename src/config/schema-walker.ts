import { KindGuard, type TSchema } from '@sinclair/typebox';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { ConfigDocument, ConfigPath } from './config-document.js';
import type { ConfigError } from './config-error.js';
import { FORMATS } from './fields.js';
import { didYouMean } from '../core/suggest.js';
import { loneSurrogate, loneSurrogateProblem } from '../core/unicode.js';

const SURROGATE_HINT = 'write the character itself, or both halves of its pair ("\\ud83d\\ude00" for 😀)';

/** Marks a value that did not match its schema; its errors are already recorded. */
export const INVALID: unique symbol = Symbol('invalid');
export type Decoded = unknown | typeof INVALID;

/**
 * Reads a YAML node against a TypeBox schema and returns the plain value, recording every
 * mismatch at the node that causes it. Walking the YAML tree (rather than checking its JSON
 * form) is what keeps line and column for each error. Understands the subset of TypeBox the
 * configuration uses: objects, arrays, unions, literals, strings, numbers, booleans.
 *
 * An object with unknown keys or a bad optional field still decodes (without that field), so
 * the checks across items can run on it and report their errors in the same pass; the value
 * is only ever used when there were no errors at all.
 */
export function decodeNode(document: ConfigDocument, raw: unknown, schema: TSchema, path: ConfigPath, errors: ConfigError[]): Decoded {
  const walker = new SchemaWalker(document, errors);
  return walker.decode(raw, schema, path);
}

class SchemaWalker {
  constructor(
    private readonly document: ConfigDocument,
    private readonly errors: ConfigError[],
  ) {}

  decode(raw: unknown, schema: TSchema, path: ConfigPath): Decoded {
    const node = this.document.resolve(raw);
    if (KindGuard.IsObject(schema)) return this.object(node, schema.properties, schema.required ?? [], path);
    if (KindGuard.IsRecord(schema)) return this.record(node, Object.values(schema.patternProperties)[0] as TSchema, path);
    if (KindGuard.IsArray(schema)) return this.array(node, schema.items, schema.minItems, path);
    if (KindGuard.IsUnion(schema)) return this.union(node, schema.anyOf, path);
    if (KindGuard.IsLiteral(schema)) return this.union(node, [schema], path);
    if (KindGuard.IsString(schema)) return this.string(node, schema, path);
    if (KindGuard.IsInteger(schema) || KindGuard.IsNumber(schema)) return this.number(node, KindGuard.IsInteger(schema), path, schema.minimum, schema.maximum);
    if (KindGuard.IsBoolean(schema)) {
      if (isScalar(node) && typeof node.value === 'boolean') return node.value;
      return this.invalid(path, `expected true or false, got ${this.got(node)}`);
    }
    throw new Error(`the configuration schema walker does not support ${String(schema.type)} at ${path.join('.')}`);
  }

  private object(node: unknown, properties: Record<string, TSchema>, required: readonly string[], path: ConfigPath): Decoded {
    const allowed = Object.keys(properties);
    if (!isMap(node)) return this.invalid(path, `expected a map with keys ${allowed.join(', ')}, got ${this.got(node)}`);
    // No prototype: a key such as `__proto__` is data like any other.
    const result = Object.create(null) as Record<string, unknown>;
    let valid = true;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      // Own keys only: `valueOf:` or `constructor:` must be unknown keys, not Object's methods.
      const property = key === undefined || !Object.hasOwn(properties, key) ? undefined : properties[key];
      if (key === undefined || property === undefined) {
        const shown = key ?? this.document.sourceOf(pair.key);
        const hint = (key ? didYouMean(key, allowed) : undefined) ?? `allowed keys: ${allowed.join(', ')}`;
        this.errors.push(this.document.error([...path, shown], `unknown key "${shown}" ${this.document.where(path)}`, { on: 'key', hint }));
        continue;
      }
      // An alias to an anchor that does not exist reads as nothing; say so rather than let a
      // required key look present and store a null.
      if (isAlias(pair.value) && this.document.resolve(pair.value) === undefined) {
        this.errors.push(this.document.error([...path, key], `the alias *${pair.value.source} ${this.document.where(path)} refers to no anchor`, { hint: `define &${pair.value.source} on a value before this line, or write the value here` }));
        valid = false;
        continue;
      }
      // `description:` or `description: ~` says "not set", the same as leaving the key out.
      if (isNull(this.document.resolve(pair.value))) continue;
      const value = this.decode(pair.value, property, [...path, key]);
      if (value !== INVALID) result[key] = value;
      else if (required.includes(key)) valid = false;
    }
    for (const key of required) {
      if (Object.hasOwn(result, key) || node.items.some((p) => isScalar(p.key) && String(p.key.value) === key && !isNull(p.value))) continue;
      this.errors.push(this.document.error([...path, key], `missing required key "${key}" ${this.document.where(path)}`));
      valid = false;
    }
    return valid ? result : INVALID;
  }

  /** A map with keys of the user's choosing (e.g. a severity map), each value of one schema. */
  private record(node: unknown, values: TSchema, path: ConfigPath): Decoded {
    if (!isMap(node)) return this.invalid(path, `expected a map, got ${this.got(node)}`);
    // No prototype: a key such as `__proto__` is data like any other.
    const result = Object.create(null) as Record<string, unknown>;
    let valid = true;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : this.document.sourceOf(pair.key);
      const surrogate = loneSurrogate(key);
      if (surrogate !== null) {
        this.errors.push(this.document.error([...path, key], `the key ${JSON.stringify(key)} ${this.document.where(path)} ${loneSurrogateProblem(surrogate)}`, { on: 'key', hint: SURROGATE_HINT }));
        valid = false;
        continue;
      }
      const value = this.decode(pair.value, values, [...path, key]);
      if (value === INVALID) valid = false;
      else result[key] = value;
    }
    return valid ? result : INVALID;
  }

  private array(node: unknown, items: TSchema, minItems: number | undefined, path: ConfigPath): Decoded {
    if (!isSeq(node)) return this.invalid(path, `expected a list, got ${this.got(node)}`);
    if (minItems !== undefined && node.items.length < minItems) {
      return this.invalid(path, `expected at least ${minItems} item${minItems === 1 ? '' : 's'}, got ${node.items.length}`);
    }
    const values = node.items.map((item, index) => this.decode(item, items, [...path, index]));
    return values.includes(INVALID) ? INVALID : values;
  }

  private union(node: unknown, branches: readonly TSchema[], path: ConfigPath): Decoded {
    const literals = branches.filter(KindGuard.IsLiteral).map((b) => b.const);
    if (literals.length === branches.length) {
      if (isScalar(node) && literals.includes(node.value as never)) return node.value;
      const word = isScalar(node) ? String(node.value) : '';
      const hint = didYouMean(word, literals.map(String));
      return this.invalid(path, `expected one of ${literals.join(', ')}, got ${this.got(node)}`, hint);
    }
    // Branches differ in shape (a plain id or a map), so the node's shape picks the branch.
    const branch = branches.find((b) =>
      isMap(node) ? KindGuard.IsObject(b) : isSeq(node) ? KindGuard.IsArray(b) : !KindGuard.IsObject(b) && !KindGuard.IsArray(b),
    );
    if (branch) return this.decode(node, branch, path);
    return this.invalid(path, `expected ${branches.map(describe).join(' or ')}, got ${this.got(node)}`);
  }

  private string(node: unknown, schema: { format?: string; minLength?: number }, path: ConfigPath): Decoded {
    const format = schema.format === undefined ? undefined : FORMATS[schema.format];
    if (!isScalar(node) || typeof node.value !== 'string') {
      const quote = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean');
      const hint = quote ? `quote it to keep it text: "${this.document.sourceOf(node)}"` : undefined;
      return this.invalid(path, `expected ${format ? format.expected : 'a string'}, got ${this.got(node)}`, hint);
    }
    const value = node.value;
    const surrogate = loneSurrogate(value);
    if (surrogate !== null) return this.invalid(path, loneSurrogateProblem(surrogate), SURROGATE_HINT);
    if (schema.minLength !== undefined && value.trim().length < schema.minLength) return this.invalid(path, 'must not be empty');
    if (format && !format.check(value)) {
      const shown = format.secret ? 'the value' : JSON.stringify(value);
      return this.invalid(path, `${shown} is not ${format.expected}`, format.hint);
    }
    return value;
  }

  private number(node: unknown, integer: boolean, path: ConfigPath, minimum?: number, maximum?: number): Decoded {
    if (!(isScalar(node) && typeof node.value === 'number' && (!integer || Number.isInteger(node.value)))) {
      return this.invalid(path, `expected ${integer ? 'a whole number' : 'a number'}, got ${this.got(node)}`);
    }
    const value = node.value;
    if (minimum !== undefined && value < minimum) return this.invalid(path, `${value} is less than ${minimum}`);
    if (maximum !== undefined && value > maximum) return this.invalid(path, `${value} is more than ${maximum}`);
    return value;
  }

  private invalid(path: ConfigPath, detail: string, hint?: string): typeof INVALID {
    this.errors.push(this.document.error(path, `invalid ${this.subject(path)}: ${detail}`, { hint }));
    return INVALID;
  }

  /** `time_zone in users[0] (alice)` for a field, `teams[0] (platform).members[1]` for an item. */
  private subject(path: ConfigPath): string {
    const last = path[path.length - 1];
    if (last === undefined) return 'document';
    if (typeof last === 'number') return this.document.label(path);
    return path.length === 1 ? last : `${last} ${this.document.where(path.slice(0, -1))}`;
  }

  private got(node: unknown): string {
    return describeNode(this.document, node);
  }
}

/** What a node is, for "expected …, got …": `a map`, `the number 5`, `"text"`. */
export function describeNode(document: ConfigDocument, node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node) || node.value === null) return 'nothing';
  if (typeof node.value === 'string') return truncate(JSON.stringify(node.value));
  if (typeof node.value === 'number') return `the number ${document.sourceOf(node)}`;
  return String(node.value);
}

/** `key:`, `key: ~` and an absent node all mean "not set". */
export function isNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function describe(schema: TSchema): string {
  if (KindGuard.IsObject(schema)) return `a map with keys ${Object.keys(schema.properties).join(', ')}`;
  if (KindGuard.IsArray(schema)) return 'a list';
  if (KindGuard.IsString(schema)) return (schema.format && FORMATS[schema.format]?.expected) || 'a string';
  return String(schema.type ?? 'a value');
}

function truncate(text: string): string {
  return text.length > 42 ? `${text.slice(0, 40)}…"` : text;
}
