import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type ApprovalItem } from '../api';
import { Countdown } from '../components/countdown';
import { Field, FormMessage } from '../components/field';
import { href } from '../route';

function RequestCard({ item, onDecided }: { item: ApprovalItem; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) => api('POST', `/hazards/${item.hazardId}/decide`, { requestId: item.id, approve, comment }),
    // The card leaves the inbox once decided, so the page above it confirms the decision.
    onSuccess: (_r, approve) => {
      onDecided(`${t(approve ? 'inbox.approve' : 'inbox.reject')} · ${item.requestedBy}: ${t('inbox.decided')}`);
      return client.invalidateQueries();
    },
  });
  const err = decide.error instanceof ApiError ? decide.error : null;
  const d = item.details as { newDeadline?: string | number; reason?: string; needs?: string[]; mode?: string };
  return (
    <li className={item.overdue ? 'card request overdue' : 'card request'} aria-label={`${item.kind} ${item.id}`}>
      <h3>
        <a href={href('hazards', item.hazardId)}>{t(item.kind === 'extension' ? 'action.requestExtension' : 'action.requestEscalation')}</a>{' '}
        <Countdown deadline={item.deadline} />
      </h3>
      <dl>
        <dt>{t('inbox.requestedBy')}</dt>
        <dd>{item.requestedBy}</dd>
        {d.newDeadline !== undefined && (
          <>
            <dt>{t('inbox.newDeadline')}</dt>
            <dd>{new Date(d.newDeadline).toLocaleString()}</dd>
          </>
        )}
        {d.reason && (
          <>
            <dt>{t('inbox.reason')}</dt>
            <dd>{d.reason}</dd>
          </>
        )}
        {d.needs && (
          <>
            <dt>{t('inbox.needs')}</dt>
            <dd>{d.needs.join(', ')}</dd>
          </>
        )}
      </dl>
      <Field label={t('inbox.comment')} error={err?.fields.comment}>
        {(p) => <textarea {...p} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />}
      </Field>
      <FormMessage error={err && !err.fields.comment ? err.message : null} />
      <div className="buttons">
        <button type="button" onClick={() => decide.mutate(true)} disabled={decide.isPending}>
          {t('inbox.approve')}
        </button>
        <button type="button" className="secondary" onClick={() => decide.mutate(false)} disabled={decide.isPending}>
          {t('inbox.reject')}
        </button>
      </div>
    </li>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<string | null>(null);
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: () => api<{ items: ApprovalItem[] }>('GET', '/approvals?mine=true'), refetchInterval: 10_000 });
  return (
    <main>
      <h2>{t('inbox.title')}</h2>
      <div aria-live="polite">{decided && <FormMessage ok={decided} />}</div>
      {inbox.isLoading && <p>{t('loading')}</p>}
      {inbox.error && <FormMessage error={inbox.error.message} />}
      {inbox.data && inbox.data.items.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
      <ul className="list">
        {inbox.data?.items.map((item) => <RequestCard key={item.id} item={item} onDecided={setDecided} />)}
      </ul>
    </main>
  );
}
