/**
 * Exact decimal arithmetic as fractions of BigInts: money is multiplied and divided several
 * times (users × orders ÷ 60 × value × rate × minutes) and rounded once at the end, so no
 * intermediate rounding may creep in. `833.333…/min × 45` must be exactly 37,500.
 */
export interface Fraction {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function fraction(n: bigint, d: bigint): Fraction {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d < 0n ? -d : d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** `"0.4"`, `5600`, `1e-3` → exact fraction; a JavaScript number is read as its shortest decimal text, which is what the user wrote. */
export function parseDecimal(value: string | number | bigint): Fraction {
  if (typeof value === 'bigint') return { n: value, d: 1n };
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal number: ${text}`);
  const [, sign, whole, frac = '', exponent = '0'] = match;
  let n = BigInt(`${whole}${frac}`);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exponent);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  return fraction(sign === '-' ? -n : n, d);
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export const mul = (...factors: Fraction[]): Fraction => factors.reduce((a, b) => fraction(a.n * b.n, a.d * b.d), { n: 1n, d: 1n });
export const div = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);
export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const compare = (a: Fraction, b: Fraction): number => {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
};

/** Rounded half away from zero to `digits` decimals, as an integer count of those units (minor units of a currency). */
export function roundToUnits(value: Fraction, digits: number): bigint {
  const scaled = value.n * 10n ** BigInt(digits);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + value.d) / (2n * value.d);
  return scaled < 0n ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An integer count of 10^-digits units as text: `25200000, 2` → `252,000.00`. */
export function formatUnits(units: bigint, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = groupThousands(text.slice(0, text.length - digits));
  const frac = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/**
 * A factor as people read it: exact when it has at most `maxDigits` decimals (`0.4`, `10,000`),
 * otherwise cut there and marked `…` (`833.3333…`), so a shown formula never claims a false precision.
 */
export function formatFactor(value: Fraction, maxDigits = 4): string {
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  const whole = n / value.d;
  let rest = n % value.d;
  let frac = '';
  while (rest !== 0n && frac.length < maxDigits) {
    rest *= 10n;
    frac += (rest / value.d).toString();
    rest %= value.d;
  }
  return `${negative ? '-' : ''}${groupThousands(whole.toString())}${frac === '' ? '' : `.${frac}`}${rest === 0n ? '' : '…'}`;
}

/** A plain decimal string for storage (`"0.4"`), exact when the fraction has a finite decimal form within 12 digits. */
export function decimalText(value: Fraction): string {
  return formatFactor(value, 12).replace(/,/g, '').replace('…', '');
}

export function toNumber(value: Fraction): number {
  return Number(value.n) / Number(value.d);
}
