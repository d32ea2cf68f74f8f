import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api';
import type { Shift } from '../api-preparedness';
import { usePeople } from './plans.section';

/**
 * 换班 on a shift card: the person on duty asks another of the unit; the person asked accepts or
 * declines; the unit's safety officer approves or rejects. Each sees only their own step.
 */
export function SwapActions({ s, me }: { s: Shift; me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const started = Date.parse(s.startsAt) <= Date.now();
  const mine = s.personId === me.id && !s.swapStatus && !started;
  const asked = s.swapToId === me.id && s.swapStatus === 'requested';
  const officer = s.swapStatus === 'accepted' && me.posts.some((p) => p.unitId === s.unitId && p.kind === 'safety_officer');
  const people = usePeople(s.unitId, mine);
  const [note, setNote] = useState('');
  const done = () => client.invalidateQueries({ queryKey: ['duty'] });
  const send = useMutation({ mutationFn: ([path, body]: [string, object]) => api('POST', `/shifts/${s.id}/${path}`, body), onSuccess: done });
  const status = s.swapStatus && <Typography.Text type="secondary">{t(`duty.swap.${s.swapStatus}`, { name: s.swapToName })}</Typography.Text>;
  if (!mine && !asked && !officer) return status || null;
  const required = [{ required: true, whitespace: true, message: t('report.required') }];
  return (
    <div className="swap">
      {status}
      {mine && (
        <Form name={`swap-${s.id}`} layout="vertical" size="small" aria-label={t('duty.swap.ask')} onFinish={(v: { toPersonId: string; note: string }) => send.mutate(['swap', v])} style={{ marginTop: 8 }}>
          <Form.Item name="toPersonId" label={t('duty.swap.to')} rules={required}>
            <Select placeholder={t('plan.choose')} showSearch optionFilterProp="label" options={people.data?.items.filter((p) => p.id !== me.id).map((p) => ({ value: p.id, label: p.name })) ?? []} />
          </Form.Item>
          <Form.Item name="note" label={t('duty.swap.why')} rules={required}><Input maxLength={500} /></Form.Item>
          <Button htmlType="submit" loading={send.isPending}>{t('duty.swap.ask')}</Button>
        </Form>
      )}
      {(asked || officer) && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Input aria-label={t('duty.swap.note')} placeholder={t('duty.swap.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
          <Space wrap>
            <Button type="primary" loading={send.isPending} onClick={() => send.mutate(asked ? ['swap/answer', { accept: true, note }] : ['swap/decide', { approve: true, note }])}>{t(asked ? 'duty.swap.accept' : 'duty.swap.approve')}</Button>
            <Button danger disabled={send.isPending} onClick={() => send.mutate(asked ? ['swap/answer', { accept: false, note }] : ['swap/decide', { approve: false, note }])}>{t(asked ? 'duty.swap.decline' : 'duty.swap.reject')}</Button>
          </Space>
        </Space>
      )}
      {send.error && <Alert type="error" showIcon message={send.error.message} style={{ marginTop: 8 }} />}
    </div>
  );
}
