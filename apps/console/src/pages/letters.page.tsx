import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Popconfirm, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '../../../../libs/domain/src/shared/labels.js';
import { api, type Me } from '../api';
import { label } from '../i18n';
import { ErrorPage } from '../components/result-pages';
import { beijing, useLang } from '../format';

interface Letter {
  id: string; year: number; unitId: string; unitName: string | null; level: string; signerId: string; signerName: string | null; counterpartyName: string | null;
  categories: string[]; deadline: string; status: 'pending' | 'signed' | 'overdue' | 'unsigned'; signedAt: string | null;
}

const COLOURS: Record<Letter['status'], string> = { pending: 'processing', signed: 'success', overdue: 'error', unsigned: 'default' };

/** 安全责任状: sign my letter; see, for my units, who has not signed. */
export function LettersPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [onlyUnsigned, setOnlyUnsigned] = useState(false);
  const q = useQuery({ queryKey: ['letters'], queryFn: () => api<{ items: Letter[] }>('GET', '/responsibility-letters') });
  const sign = useMutation({ mutationFn: (id: string) => api('POST', `/responsibility-letters/${encodeURIComponent(id)}/sign`), onSuccess: () => client.invalidateQueries({ queryKey: ['letters'] }) });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const letters = q.data!.items;
  const mine = letters.filter((l) => l.signerId === me.id && (l.status === 'pending' || l.status === 'overdue'));
  const shown = onlyUnsigned ? letters.filter((l) => l.status !== 'signed') : letters;
  const areas = (l: Letter) => l.categories.map((c) => CATEGORY_LABELS[lang][c as keyof (typeof CATEGORY_LABELS)['zh']] ?? '—').join('、') || '—';
  return (
    <main>
      <Typography.Title level={2}>{t('letters.heading')}</Typography.Title>
      <Card size="small" title={t('letters.mine')} style={{ marginBottom: 16 }}>
        {mine.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('letters.none')} /> : (
          <List dataSource={mine} renderItem={(l) => (
            <List.Item key={l.id} data-letter={l.status} actions={[
              <Popconfirm key="sign" title={t('hz.confirmTitle')} description={t('letters.signConfirm')} okText={t('letters.sign')} cancelText={t('hz.cancel')} onConfirm={() => sign.mutate(l.id)}>
                <Button type="primary" loading={sign.isPending}>{t('letters.sign')}</Button>
              </Popconfirm>,
            ]}>
              <List.Item.Meta
                title={<Space wrap>{l.year} · {l.unitName ?? '—'} · {label('level', l.level)}<Tag color={COLOURS[l.status]}>{t(`letters.state.${l.status}`)}</Tag></Space>}
                description={<>{t('letters.areas')}：{areas(l)} · {t('letters.with')}：{l.counterpartyName ?? '—'} · {t('letters.deadline')}：{beijing(l.deadline, lang)}</>}
              />
            </List.Item>
          )} />
        )}
        {sign.isSuccess && <Alert type="success" showIcon role="status" message={t('letters.signed')} />}
        {sign.error && <Alert type="error" showIcon message={sign.error.message} />}
      </Card>
      <Card size="small" title={t('letters.all')} extra={<Space><Switch checked={onlyUnsigned} onChange={setOnlyUnsigned} aria-label={t('letters.onlyUnsigned')} />{t('letters.onlyUnsigned')}</Space>}>
        <Table<Letter>
          rowKey="id"
          size="small"
          dataSource={shown}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('letters.allNone')} /> }}
          onRow={(l) => ({ 'data-letter-row': l.status }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('letters.year'), dataIndex: 'year', responsive: ['md'] },
            { title: t('letters.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
            { title: t('letters.signer'), dataIndex: 'signerName', render: (v: string | null) => v ?? '—' },
            { title: t('letters.level'), dataIndex: 'level', responsive: ['md'], render: (v: string) => label('level', v) },
            { title: t('letters.with'), dataIndex: 'counterpartyName', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
            { title: t('letters.status'), dataIndex: 'status', render: (v: Letter['status']) => <Tag color={COLOURS[v]}>{t(`letters.state.${v}`)}</Tag> },
            { title: t('letters.deadline'), dataIndex: 'deadline', responsive: ['md'], render: (v: string) => beijing(v, lang) },
            { title: t('letters.signedAt'), dataIndex: 'signedAt', responsive: ['lg'], render: (v: string | null) => beijing(v, lang) },
          ]}
        />
      </Card>
    </main>
  );
}
