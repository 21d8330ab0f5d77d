import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { SEVERITY_TONES, SURFACES, type Scheme } from './tokens';

const SCHEMES: Scheme[] = ['light', 'dark'];

describe('colour tokens meet WCAG AA', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const scheme of SCHEMES) {
    it(`severity badges: text on fill ≥ 4.5:1 and fill against the page ≥ 3:1 (${scheme})`, () => {
      for (const tone of SEVERITY_TONES[scheme]) {
        expect(contrastRatio(tone.text, tone.fill), `${tone.text} on ${tone.fill}`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(tone.fill, SURFACES[scheme].body), `${tone.fill} on the page`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`text, dimmed text and the breached colour on the page, and text on the tints ≥ 4.5:1 (${scheme})`, () => {
      const surface = SURFACES[scheme];
      expect(contrastRatio(surface.text, surface.body)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(surface.dimmed, surface.body)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(surface.breached, surface.body)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(surface.onPrimary, surface.primary)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(surface.onTint, surface.tint)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(surface.onTint, surface.tintHover)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
