/**
 * The console's colours. Colour means only two things here: how severe an incident is, and a
 * response target breached. Every pair below is checked for WCAG AA in `tokens.test.ts` (text
 * ≥ 4.5:1, bars and icons ≥ 3:1), in both colour schemes.
 */
export type Scheme = 'light' | 'dark';

export interface SeverityTone {
  /** Badge background. */
  readonly fill: string;
  /** Text on the badge. */
  readonly text: string;
}

/** By rank (1 = most severe); ranks past the list use the last tone. */
export const SEVERITY_TONES: Readonly<Record<Scheme, readonly SeverityTone[]>> = {
  light: [
    { fill: '#b91c1c', text: '#ffffff' },
    { fill: '#c2410c', text: '#ffffff' },
    { fill: '#a16207', text: '#ffffff' },
    { fill: '#475569', text: '#ffffff' },
  ],
  dark: [
    { fill: '#fca5a5', text: '#1c1917' },
    { fill: '#fdba74', text: '#1c1917' },
    { fill: '#fde047', text: '#1c1917' },
    { fill: '#cbd5e1', text: '#1c1917' },
  ],
};

export function severityTone(scheme: Scheme, rank: number): SeverityTone {
  const tones = SEVERITY_TONES[scheme];
  return tones[Math.min(Math.max(rank, 1), tones.length) - 1] as SeverityTone;
}

/**
 * Page backgrounds and text, matching the Mantine theme in `app/theme.ts`. `tint` and `tintHover`
 * are the backgrounds of the light variant (the current page in the navigation, light buttons),
 * `onTint` its text: Mantine's blue.9 on its hover tint blue.2 is 4.0:1, so light mode darkens it.
 */
export const SURFACES: Readonly<Record<Scheme, { readonly body: string; readonly text: string; readonly dimmed: string; readonly breached: string; readonly primary: string; readonly onPrimary: string; readonly tint: string; readonly tintHover: string; readonly onTint: string }>> = {
  light: { body: '#ffffff', text: '#000000', dimmed: '#495057', breached: '#b91c1c', primary: '#1971c2', onPrimary: '#ffffff', tint: '#d0ebff', tintHover: '#a5d8ff', onTint: '#145591' },
  dark: { body: '#242424', text: '#c9c9c9', dimmed: '#a3a3a3', breached: '#fca5a5', primary: '#1971c2', onPrimary: '#ffffff', tint: '#0c3256', tintHover: '#114678', onTint: '#e7f5ff' },
};
