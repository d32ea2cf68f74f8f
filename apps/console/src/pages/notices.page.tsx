import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Notice, type NoticePage } from '../api';

/** The page a notice opens: its link's hash route (links are absolute for email, /console/#/hazards/<id>). */
const routeOf = (n: Notice) => n.about.link.slice(n.about.link.indexOf('#'));

export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const feed = useQuery({ queryKey: ['notices', lang], queryFn: () => api<NoticePage>('GET', `/notifications?limit=50&lang=${lang}`) });
  const markRead = useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) => api('POST', '/notifications/read', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['notices'] }),
  });
  const open = (n: Notice) => {
    if (!n.read) markRead.mutate({ ids: [n.id] });
    window.location.hash = routeOf(n);
  };
  const channels = (n: Notice) => n.undelivered.map((c) => t(`notices.channel.${c}`)).join('、');
  return (
    <main>
      <h1>{t('notices.title')}</h1>
      {feed.data && feed.data.unread > 0 && (
        <button type="button" className="secondary" onClick={() => markRead.mutate({ all: true })}>{t('notices.markAll')}</button>
      )}
      {feed.data?.items.length === 0 && <p>{t('notices.empty')}</p>}
      <ul className="notices">
        {feed.data?.items.map((n) => (
          <li key={n.id} data-read={n.read} data-kind={n.kind}>
            {/* Worded by the server in the reader's language (notice-text.spec checks every kind in both); it quotes the hazard's own title. */}
            <button type="button" className="notice" onClick={() => open(n)} data-user-text>
              <strong>{n.subject}</strong>
              <span>{n.body}</span>
              <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' })}</time>
              {n.undelivered.length > 0 && <em className="undelivered">{t('notices.undelivered', { channels: channels(n) })}</em>}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
