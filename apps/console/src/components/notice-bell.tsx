import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { streamEvents } from '../api';
import { href } from '../route';

/** The unread count, kept live by the notice stream (no polling); a new notice refreshes the feed. */
export function NoticeBell() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [unread, setUnread] = useState<number | null>(null);
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  useEffect(
    () =>
      streamEvents(`/notifications/stream?lang=${lang}`, (event, data) => {
        if (event === 'unread') setUnread((data as { unread: number }).unread);
        if (event === 'notice') void client.invalidateQueries({ queryKey: ['notices'] });
      }),
    [lang, client],
  );
  return (
    <a href={href('notices')} className="bell" data-unread={unread ?? ''} aria-label={t('notices.bell', { count: unread ?? 0 })} title={t('nav.notices')}>
      <Badge count={unread ?? 0} size="small" offset={[2, -2]}>
        <BellOutlined aria-hidden="true" style={{ fontSize: 20, color: '#fff' }} />
      </Badge>
    </a>
  );
}
