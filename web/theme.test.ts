import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme } from './theme';

/** WCAG 2.x relative luminance of an opaque `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = (hex.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i) ?? [])
    .slice(1)
    .map((part) => Number.parseInt(part, 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  if (r === undefined || g === undefined || b === undefined)
    throw new Error(`not an opaque #rrggbb colour: ${hex}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colours antd derives from the theme (hover and active shades included, which axe cannot see on a
 * page at rest) against the backgrounds they are drawn on: 4.5:1 at least for text (WCAG 2.1 AA 1.4.3).
 */
describe('the theme reads at AA contrast', () => {
  const token = theme.getDesignToken(appTheme) as unknown as Record<string, string>;

  it.each([
    // white text on a filled button: primary, and the red of 撤销 / 不予受理 / 删除, at rest, hovered, pressed
    'colorPrimary',
    'colorPrimaryHover',
    'colorPrimaryActive',
    'colorError',
    'colorErrorHover',
    'colorErrorActive',
  ])('white text on %s', (name) => {
    expect(contrast(token[name] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    'colorLink',
    'colorLinkHover',
    'colorLinkActive',
    'colorErrorText',
    'colorErrorTextHover',
    'colorSuccess',
    'colorWarningText',
    'colorTextTertiary',
    'colorTextDescription',
    'colorTextPlaceholder',
    'colorTextDisabled',
  ])('%s on white and on the grey of disabled fields', (name) => {
    const colour = token[name] as string;
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    if (name.startsWith('colorText')) expect(contrast(colour, '#f5f5f5')).toBeGreaterThanOrEqual(4.5);
  });

  it("a ticked table row keeps the candidate's name (a link) and the text readable", () => {
    const table = appTheme.components?.Table ?? {};
    for (const background of [table.rowSelectedBg, table.rowSelectedHoverBg]) {
      expect(background).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(token.colorLink as string, background as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#1f1f1f', background as string)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
