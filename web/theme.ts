import type { ThemeConfig } from 'antd';

/**
 * The antd theme. Besides the bureau's blue, every colour antd uses for text is set to at least 4.5:1
 * against white and against the grey page and disabled backgrounds (#f5f5f5) — WCAG 2.1 AA 1.4.3,
 * checked by e2e/accessibility.test.ts. antd's defaults fall short: secondary text #8c8c8c (3.36:1),
 * placeholders and disabled text #bfbfbf (1.83:1), links #1677ff (4.1:1), success #52c41a (2.3:1), error
 * #ff4d4f (3.3:1), and the -7 shades preset tags write their text in (orange #d46b08 3.3:1 on its tint).
 */
const readableGrey = '#5e5e5e'; // 6.5:1 on white, 6.0:1 on #f5f5f5
const faintGrey = '#6b6b6b'; // 5.3:1 on white, 4.9:1 on #f5f5f5

function presetTagText(colours: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(colours).flatMap(([name, colour]) => [
      [`${name}7`, colour],
      [`${name}-7`, colour],
    ]),
  );
}

export const appTheme: ThemeConfig = {
  components: {
    // a ticked row is a light tint of the bureau's blue (antd derives a slate grey from the dark primary,
    // which made ticked rows look disabled)
    Table: { rowSelectedBg: '#e8eef7', rowSelectedHoverBg: '#d9e3f1' },
  },
  token: {
    colorPrimary: '#1d4f91',
    colorInfo: '#1d4f91',
    colorLink: '#1d4f91',
    // antd derives a lighter hover for links (#5982ab, 4.0:1): keep a hovered link as readable as the
    // hovered primary button (#39689e, 5.8:1)
    colorLinkHover: '#39689e',
    colorSuccess: '#237804',
    colorWarning: '#945f00',
    colorError: '#cf1322',
    // The darker seeds above would derive dark tints for alerts and status tags: keep antd's light ones.
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorTextTertiary: readableGrey,
    colorTextDescription: readableGrey,
    colorTextQuaternary: faintGrey,
    colorTextPlaceholder: faintGrey,
    colorTextDisabled: faintGrey,
    // Preset tag colours (Tag color="orange" …) write their text in the palette's 7th shade, a token antd
    // holds under two names that end up in one CSS variable (--ant-orange-7): both are set.
    ...presetTagText({
      orange: '#ad4e00',
      gold: '#945f00',
      green: '#237804',
      cyan: '#006d75',
      lime: '#3f6600',
      volcano: '#ad2102',
    }),
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
