import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Form, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api';
import { ErrorPage } from '../components/result-pages';
import { useLang } from '../format';
import type { Shift } from '../api-preparedness';
import { SwapActions } from './shift-swap';

const time = (iso: string, lang: string) => new Date(iso).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

/** Check-in and the handover log, for the person on duty only. */
function MyShift({ s }: { s: Shift }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<{ log: string }>();
  const done = () => client.invalidateQueries({ queryKey: ['duty'] });
  const checkIn = useMutation({ mutationFn: () => api('POST', `/shifts/${s.id}/check-in`, {}), onSuccess: done });
  const handover = useMutation({ mutationFn: (log: string) => api('POST', `/shifts/${s.id}/handover`, { log }), onSuccess: done });
  const error = checkIn.error ?? handover.error;
  return (
    <div style={{ marginTop: 8 }}>
      {(s.status === 'scheduled' || s.status === 'missed') && <Button type="primary" loading={checkIn.isPending} onClick={() => checkIn.mutate()}>{t('duty.checkIn')}</Button>}
      {s.status === 'checked_in' && (
        <Form form={form} layout="vertical" name={`handover-${s.id}`} onFinish={(v) => handover.mutate(v.log)}>
          <Form.Item name="log" label={t('duty.handoverLog')} rules={[{ required: true, message: t('report.required') }]}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={handover.isPending}>{t('duty.handover')}</Button>
        </Form>
      )}
      {error && <Alert type="error" showIcon message={error.message} style={{ marginTop: 8 }} />}
    </div>
  );
}

const STATUS_COLOURS: Record<Shift['status'], string> = { scheduled: 'default', checked_in: 'processing', missed: 'error', handed_over: 'success', no_handover: 'error' };

/** 今日值班: today's shifts across the units the person may see; their own shift with its actions. */
export function DutyPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['duty'], queryFn: () => api<{ items: Shift[] }>('GET', '/duty/today'), refetchInterval: 30_000 });
  const coming = useQuery({ queryKey: ['duty', 'coming', me.unitId], queryFn: () => api<{ items: Shift[] }>('GET', `/units/${encodeURIComponent(me.unitId)}/shifts`) });
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) return <ErrorPage error={q.error} retry={() => void q.refetch()} />;
  const day = (iso: string) => new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });
  const later = (coming.data?.items ?? []).filter((s) => Date.parse(s.startsAt) > Date.now());
  const people = (s: Shift) => `${t('duty.onDuty', { name: s.personName })}${s.leaderName ? ` · ${t('duty.leader', { name: s.leaderName })}` : ''}`;
  return (
    <main>
      <Typography.Title level={2}>{t('duty.heading')}</Typography.Title>
      <List bordered dataSource={q.data!.items} style={{ marginBottom: 24 }} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.none')} /> }}
        renderItem={(s) => (
          <List.Item key={s.id} data-shift={s.id} data-status={s.status} style={{ display: 'block' }}>
            <Space wrap>
              <Typography.Text strong data-user-text>{s.unitName}</Typography.Text>
              <span>{time(s.startsAt, lang)}–{time(s.endsAt, lang)}</span>
              <Tag color={STATUS_COLOURS[s.status]}>{t(`duty.status.${s.status}`)}{s.lateByMs ? ` · ${t('duty.late', { minutes: Math.ceil(s.lateByMs / 60_000) })}` : ''}</Tag>
            </Space>
            <div>{people(s)}</div>
            {s.handoverLog && <Typography.Text type="secondary">{t('duty.logged', { log: s.handoverLog })}</Typography.Text>}
            {s.personId === me.id && <MyShift s={s} />}
          </List.Item>
        )} />
      <Typography.Title level={3}>{t('duty.coming', { unit: me.unitName })}</Typography.Title>
      <List bordered dataSource={later} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.noneComing')} /> }}
        renderItem={(s) => (
          <List.Item key={s.id} data-coming-shift={s.id} style={{ display: 'block' }}>
            <Typography.Text strong>{day(s.startsAt)} {time(s.startsAt, lang)}–{time(s.endsAt, lang)}</Typography.Text>
            <div>{people(s)}</div>
            <SwapActions s={s} me={me} />
          </List.Item>
        )} />
    </main>
  );
}
