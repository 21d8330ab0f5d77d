/**
 * A strict parser of the Prometheus text exposition format 0.0.4, for tests that scrape /metrics:
 * it refuses what Prometheus would refuse (bad names, bad escapes, a TYPE after its samples, a
 * family split in two, a series twice, a sample of a histogram that is not a bucket, sum or
 * count) rather than reading past it. No parser of the format is among Vigil's dependencies, and
 * prom-client only writes it.
 */

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  /** The sample's own name: a histogram's `…_bucket`, `…_sum`, `…_count`. */
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface MetricFamily {
  readonly name: string;
  readonly type: MetricType;
  readonly help: string | null;
  readonly samples: readonly Sample[];
}

export class ExpositionError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<MetricType>(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES: Readonly<Record<MetricType, readonly string[]>> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

interface Building {
  name: string;
  type: MetricType | null;
  help: string | null;
  samples: Sample[];
  seen: Set<string>;
}

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, Building>();
  const closed = new Set<string>();
  let current: Building | null = null;
  const open = (name: string, line: number): Building => {
    if (current?.name === name) return current;
    if (closed.has(name) || families.has(name)) throw new ExpositionError(line, `metric family ${name} appears in two places; its lines must be together`);
    if (current) closed.add(current.name);
    current = { name, type: null, help: null, samples: [], seen: new Set() };
    families.set(name, current);
    return current;
  };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else if (text.length > 0) throw new ExpositionError(lines.length, 'the exposition must end with a line feed');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const match = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s(.*))?$/.exec(raw);
      if (!match) return; // a plain comment
      const [, keyword, name, rest = ''] = match as unknown as [string, 'HELP' | 'TYPE', string, string | undefined];
      if (!METRIC_NAME.test(name)) throw new ExpositionError(line, `invalid metric name ${JSON.stringify(name)}`);
      const family = open(name, line);
      if (keyword === 'HELP') {
        if (family.help !== null) throw new ExpositionError(line, `second HELP for ${name}`);
        family.help = unescapeHelp(rest, line);
      } else {
        if (family.type !== null) throw new ExpositionError(line, `second TYPE for ${name}`);
        if (family.samples.length > 0) throw new ExpositionError(line, `TYPE for ${name} after its samples`);
        if (!TYPES.has(rest.trim() as MetricType)) throw new ExpositionError(line, `unknown type ${JSON.stringify(rest)}`);
        family.type = rest.trim() as MetricType;
      }
      return;
    }
    const sample = parseSample(raw, line);
    const family = familyOf(sample.name, current, families);
    const target = family ?? open(sample.name, line);
    if (target !== current) throw new ExpositionError(line, `metric family ${target.name} appears in two places; its lines must be together`);
    const type = target.type ?? 'untyped';
    const suffix = sample.name.slice(target.name.length);
    if (!SUFFIXES[type].includes(suffix)) throw new ExpositionError(line, `${sample.name} is not a sample name of ${type} ${target.name}`);
    if (type === 'histogram' && suffix === '_bucket' && !('le' in sample.labels)) throw new ExpositionError(line, `${sample.name} has no le label`);
    if (type === 'summary' && suffix === '' && !('quantile' in sample.labels)) throw new ExpositionError(line, `${sample.name} has no quantile label`);
    const identity = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort(([a], [b]) => a.localeCompare(b)))}`;
    if (target.seen.has(identity)) throw new ExpositionError(line, `series ${raw.split(' ')[0]} appears twice`);
    target.seen.add(identity);
    target.samples.push(sample);
  });
  return new Map([...families].map(([name, f]) => [name, { name, type: f.type ?? 'untyped', help: f.help, samples: f.samples }]));
}

/** A histogram's `x_bucket` belongs to family `x` when `x` is the family being read. */
function familyOf(sampleName: string, current: Building | null, families: Map<string, Building>): Building | null {
  if (current && sampleName.startsWith(current.name) && SUFFIXES[current.type ?? 'untyped'].includes(sampleName.slice(current.name.length))) return current;
  return families.get(sampleName) ?? null;
}

function unescapeHelp(text: string, line: number): string {
  return text.replace(/\\(.?)/g, (_, c: string) => {
    if (c === '\\') return '\\';
    if (c === 'n') return '\n';
    throw new ExpositionError(line, `invalid escape \\${c} in HELP`);
  });
}

function parseSample(raw: string, line: number): Sample {
  let i = 0;
  const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(raw);
  if (!nameMatch) throw new ExpositionError(line, `a sample must start with a metric name: ${JSON.stringify(raw)}`);
  const name = nameMatch[0];
  i = name.length;
  const labels: Record<string, string> = {};
  if (raw[i] === '{') {
    i += 1;
    for (;;) {
      while (raw[i] === ' ') i += 1;
      if (raw[i] === '}') {
        i += 1;
        break;
      }
      const labelMatch = /^[^=\s]+/.exec(raw.slice(i));
      const label = labelMatch?.[0] ?? '';
      if (!LABEL_NAME.test(label)) throw new ExpositionError(line, `invalid label name ${JSON.stringify(label)}`);
      if (label in labels) throw new ExpositionError(line, `label ${label} twice`);
      i += label.length;
      if (raw[i] !== '=' || raw[i + 1] !== '"') throw new ExpositionError(line, `label ${label} must be followed by ="value"`);
      i += 2;
      let value = '';
      for (;;) {
        const c = raw[i];
        if (c === undefined) throw new ExpositionError(line, `unterminated value of label ${label}`);
        i += 1;
        if (c === '"') break;
        if (c === '\\') {
          const e = raw[i];
          i += 1;
          if (e === '\\' || e === '"') value += e;
          else if (e === 'n') value += '\n';
          else throw new ExpositionError(line, `invalid escape \\${e ?? ''} in label ${label}`);
        } else value += c;
      }
      labels[label] = value;
      while (raw[i] === ' ') i += 1;
      if (raw[i] === ',') i += 1;
      else if (raw[i] !== '}') throw new ExpositionError(line, `expected , or } after label ${label}`);
    }
  }
  const rest = raw.slice(i);
  const valueMatch = /^ +(\S+)(?: +(-?\d+))? *$/.exec(rest);
  if (!valueMatch) throw new ExpositionError(line, `expected a value after ${name}: ${JSON.stringify(rest)}`);
  return { name, labels, value: parseValue(valueMatch[1] as string, line) };
}

function parseValue(text: string, line: number): number {
  // Prometheus reads values with Go's ParseFloat: Inf, Infinity and NaN in any case (prom-client writes `Nan`).
  if (/^\+?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new ExpositionError(line, `invalid value ${JSON.stringify(text)}`);
  return Number(text);
}

/** The value of the one sample named `name` whose labels include `labels`; undefined if none. */
export function sampleValue(families: ReadonlyMap<string, MetricFamily>, name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
  for (const family of families.values()) {
    if (!name.startsWith(family.name)) continue;
    const matches = family.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    if (matches.length > 1) throw new Error(`${matches.length} samples of ${name} match ${JSON.stringify(labels)}; name every label`);
    if (matches.length === 1) return matches[0]?.value;
  }
  return undefined;
}

/** The sum of every sample named `name` whose labels include `labels` (0 when none). */
export function sampleSum(families: ReadonlyMap<string, MetricFamily>, name: string, labels: Readonly<Record<string, string>> = {}): number {
  let sum = 0;
  for (const family of families.values()) {
    for (const s of family.samples) if (s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)) sum += s.value;
  }
  return sum;
}
