import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Menu, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api';
import { href } from '../route';

/** The pages a person's posts open, in the order of a working day: report, what waits, own hazards, then the leader's views. */
function entries(me: Me): Array<{ key: string; label: string; also?: string[] }> {
  const leader = me.posts.some((p) => p.kind === 'principal' || p.kind === 'deputy');
  const keepsLedger = me.posts.some((p) => p.kind === 'principal' || p.kind === 'deputy' || p.kind === 'safety_officer');
  return [
    { key: 'report', label: 'report.nav' },
    { key: 'inbox', label: 'work.nav', also: ['', 'work'] },
    { key: 'hazards', label: 'nav.hazards' },
    ...(keepsLedger ? [{ key: 'ledger', label: 'nav.ledger' }] : []),
    ...(leader ? [{ key: 'overview', label: 'nav.overview', also: ['units'] }] : []),
    { key: 'reviews', label: 'nav.reviews' },
    { key: 'duty', label: 'nav.duty' },
    { key: 'warnings', label: 'nav.warnings' },
    { key: 'schedules', label: 'nav.schedules' },
    { key: 'statistics', label: 'nav.statistics' },
    { key: 'campaigns', label: 'campaign.nav' },
    { key: 'incidents', label: 'incident.heading' },
    { key: 'letters', label: 'letters.nav' },
  ];
}

function NavMenu({ me, page, onChoose }: { me: Me; page: string; onChoose?: () => void }) {
  const { t } = useTranslation();
  const list = entries(me);
  const current = list.find((e) => e.key === page || e.also?.includes(page))?.key;
  const items: MenuProps['items'] = list.map((e) => ({
    key: e.key,
    label: <a href={href(e.key)} aria-current={e.key === current ? 'page' : undefined}>{t(e.label)}</a>,
  }));
  return (
    <nav aria-label={t('nav.main')} data-nav>
      <Menu mode="inline" selectedKeys={current ? [current] : []} items={items} onClick={onChoose} style={{ borderInlineEnd: 0 }} />
    </nav>
  );
}

/**
 * The main menu: a side column on a wide screen; on a phone, a button in the header that opens it
 * in a drawer, closed again when a page is chosen.
 */
export function useAppNav(me: Me | undefined, page: string) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [open, setOpen] = useState(false);
  // Closed by choosing a page, the focus stays with that page; closed with Escape or the close button, it returns to the menu button.
  const [returnFocus, setReturnFocus] = useState(true);
  useEffect(() => setOpen(false), [page]);
  if (!me) return { toggle: null, side: null, drawer: null };
  return {
    toggle: wide ? null : <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} aria-expanded={open} data-nav-toggle onClick={() => (setReturnFocus(true), setOpen(true))} style={{ color: '#fff' }} />,
    side: wide ? <aside className="side-nav"><NavMenu me={me} page={page} /></aside> : null,
    drawer: wide ? null : (
      <Drawer open={open} placement="left" width={260} title={t('app')} onClose={() => setOpen(false)} focusable={{ focusTriggerAfterClose: returnFocus }} styles={{ body: { padding: 0 } }}>
        <NavMenu me={me} page={page} onChoose={() => (setReturnFocus(false), setOpen(false))} />
      </Drawer>
    ),
  };
}
