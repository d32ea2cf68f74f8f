import { useQueryClient } from '@tanstack/react-query';
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
    <a href={href('notices')} className="bell" aria-label={t('notices.bell', { count: unread ?? 0 })} title={t('nav.notices')}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span className="bell-count" data-unread={unread ?? ''}>{unread ? unread : ''}</span>
    </a>
  );
}
