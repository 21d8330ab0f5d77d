import { Anchor, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { SURFACES } from '../ui/tokens';

/**
 * Mantine's defaults miss WCAG AA in places (filled blue.6 with white is 3.6:1, dimmed gray.6 on
 * white 3.3:1, dark.2 on dark.7 4.0:1): the primary shade is 8 in light mode and dimmed text is
 * darker or lighter as `ui/tokens.ts` says, as is the light variant's text (the current page in
 * the navigation, hovered); `tokens.test.ts` holds the figures.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  focusRing: 'always',
  respectReducedMotion: true,
  // Links are told apart from text by more than colour (WCAG 1.4.1).
  components: { Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }) },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': SURFACES.light.dimmed, '--vigil-breached': SURFACES.light.breached, '--mantine-color-blue-light-color': SURFACES.light.onTint },
  dark: { '--mantine-color-dimmed': SURFACES.dark.dimmed, '--vigil-breached': SURFACES.dark.breached },
});
