import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Secondary and descriptive text darker than Ant Design's default (45% black, 4.0:1 on white), so
 * that hints, empty states and subtitles meet WCAG AA's 4.5:1 (axe checks every page).
 */
const THEME = { colorPrimary: '#0b57d0', borderRadius: 6, colorTextSecondary: 'rgba(0, 0, 0, 0.62)', colorTextDescription: 'rgba(0, 0, 0, 0.62)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  // Status colours dark enough for text on their own light backgrounds (tags, alerts).
  // The light backgrounds are Ant Design's own, given here because they would otherwise be derived from the darker colours.
  colorSuccess: '#237804', colorSuccessBg: '#f6ffed', colorSuccessBorder: '#b7eb8f',
  colorError: '#c62828', colorErrorBg: '#fff2f0', colorErrorBorder: '#ffccc7',
  colorWarning: '#ad6800', colorWarningBg: '#fffbe6', colorWarningBorder: '#ffe58f',
  colorInfo: '#0b57d0', colorInfoBg: '#e6f4ff', colorInfoBorder: '#91caff',
  // A link or button under the pointer darkens instead of Ant Design's lighter blue (2.9:1 and 4.3:1 on white).
  colorLinkHover: '#0842a0', colorLinkActive: '#06307a', colorPrimaryHover: '#0842a0', colorPrimaryActive: '#06307a' };

/** Ant Design in the reader's language: zh-CN for Chinese readers, English otherwise. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.resolvedLanguage === 'zh' ? zhCN : enUS} button={{ autoInsertSpace: false }} theme={{ token: THEME }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
