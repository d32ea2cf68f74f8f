import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Notice, type NoticePage } from '../api';
import { ErrorPage } from '../components/result-pages';
import { beijing } from '../format';

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
  if (feed.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (feed.error) return <ErrorPage error={feed.error} retry={() => void feed.refetch()} />;
  return (
    <main>
      <Typography.Title level={2}>{t('notices.title')}</Typography.Title>
      {feed.data!.unread > 0 && (
        <Button onClick={() => markRead.mutate({ all: true })} loading={markRead.isPending} style={{ marginBottom: 12 }}>{t('notices.markAll')}</Button>
      )}
      {feed.data!.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.empty')} />}
      <ul className="notices">
        {feed.data?.items.map((n) => (
          <li key={n.id} data-read={n.read} data-kind={n.kind}>
            {/* Worded by the server in the reader's language (notice-text.spec checks every kind in both); it quotes the hazard's own title. */}
            <button type="button" className="notice" onClick={() => open(n)} data-user-text>
              <strong>{n.subject}</strong>
              <span>{n.body}</span>
              <time dateTime={n.createdAt}>{beijing(n.createdAt, lang)}</time>
              {n.undelivered.length > 0 && <em className="undelivered">{t('notices.undelivered', { channels: channels(n) })}</em>}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
