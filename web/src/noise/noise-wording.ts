import type { Matcher } from './queries';

/** Rows with a field are sent; half-typed empty rows are not. */
export function readyMatchers(matchers: readonly Matcher[]): Matcher[] {
  return matchers.filter((m) => m.field.trim() !== '').map((m) => ({ ...m, field: m.field.trim() }));
}

/**
 * Whether the matcher fails on an alert without the field (Alertmanager's rule, checked again by
 * the server): `=` with a value, `!=` with none, and regexes that cannot match "" (a quick check:
 * the server has the last word).
 */
export function matcherCanHold(matcher: Matcher): boolean {
  switch (matcher.op) {
    case '=':
      return matcher.value !== '';
    case '!=':
      return matcher.value === '';
    case '=~':
      try {
        return !new RegExp(`^(?:${matcher.value.replace(/^\(\?[is]+\)/, '')})$`, 'u').test('');
      } catch {
        return true;
      }
    case '!~':
      try {
        return new RegExp(`^(?:${matcher.value.replace(/^\(\?[is]+\)/, '')})$`, 'u').test('');
      } catch {
        return true;
      }
  }
}

/** A `datetime-local` input's value for an instant, on the browser's clock. */
export function localInputValue(instant: number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `labels.alertname = "HighLatency"`. */
export function matcherText(matcher: Matcher): string {
  return `${matcher.field} ${matcher.op} "${matcher.value}"`;
}
