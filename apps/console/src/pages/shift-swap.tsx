import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const done = () => client.invalidateQueries({ queryKey: ['duty'] });
  const send = useMutation({ mutationFn: ([path, body]: [string, object]) => api('POST', `/shifts/${s.id}/${path}`, body), onSuccess: done });
  if (!mine && !asked && !officer) return s.swapStatus ? <p className="muted">{t(`duty.swap.${s.swapStatus}`, { name: s.swapToName })}</p> : null;
  return (
    <div className="swap">
      {s.swapStatus && <p className="muted">{t(`duty.swap.${s.swapStatus}`, { name: s.swapToName })}</p>}
      {mine && (
        <form onSubmit={(e) => (e.preventDefault(), send.mutate(['swap', { toPersonId: to, note }]))} aria-label={t('duty.swap.ask')}>
          <div className="field">
            <label htmlFor={`swap-to-${s.id}`}>{t('duty.swap.to')}</label>
            <select id={`swap-to-${s.id}`} required value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('plan.choose')}</option>
              {people.data?.items.filter((p) => p.id !== me.id).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </div>
          <div className="field"><label htmlFor={`swap-note-${s.id}`}>{t('duty.swap.why')}</label><input id={`swap-note-${s.id}`} required value={note} onChange={(e) => setNote(e.target.value)} /></div>
          <button type="submit" className="secondary" disabled={send.isPending}>{t('duty.swap.ask')}</button>
        </form>
      )}
      {(asked || officer) && (
        <div className="field">
          <label htmlFor={`swap-answer-${s.id}`}>{t('duty.swap.note')}</label>
          <input id={`swap-answer-${s.id}`} value={note} onChange={(e) => setNote(e.target.value)} />
          <p>
            <button type="button" disabled={send.isPending} onClick={() => send.mutate(asked ? ['swap/answer', { accept: true, note }] : ['swap/decide', { approve: true, note }])}>{t(asked ? 'duty.swap.accept' : 'duty.swap.approve')}</button>{' '}
            <button type="button" className="secondary" disabled={send.isPending} onClick={() => send.mutate(asked ? ['swap/answer', { accept: false, note }] : ['swap/decide', { approve: false, note }])}>{t(asked ? 'duty.swap.decline' : 'duty.swap.reject')}</button>
          </p>
        </div>
      )}
      {send.error && <p role="alert" className="form-error">{send.error.message}</p>}
    </div>
  );
}
