import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../api';
import { Field, FormMessage } from '../components/field';

interface DevPerson {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  posts: Array<{ kind: string; unitId: string }>;
}

/** A person picker when the API runs with AUTH_MODE=dev; otherwise a token from the identity provider. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const people = useQuery({ queryKey: ['dev-people'], queryFn: () => api<DevPerson[]>('GET', '/auth/dev-people'), retry: false });
  const [personId, setPersonId] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (people.data) {
        session.token = (await api<{ token: string }>('POST', '/auth/dev-token', { personId })).token;
      } else {
        session.token = token.trim();
      }
      await api('GET', '/me');
      onSignedIn();
    } catch (err) {
      session.token = null;
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };

  const byUnit = new Map<string, DevPerson[]>();
  for (const p of people.data ?? []) byUnit.set(p.unitName, [...(byUnit.get(p.unitName) ?? []), p]);

  return (
    <main className="card narrow">
      <h1>{t('signIn')}</h1>
      <form onSubmit={submit}>
        {people.isLoading ? (
          <p>{t('loading')}</p>
        ) : people.data ? (
          <>
            <p className="muted">{t('devHint')}</p>
            <Field label={t('person')}>
              {(p) => (
                <select {...p} value={personId} onChange={(e) => setPersonId(e.target.value)} required>
                  <option value="" />
                  {[...byUnit].map(([unit, list]) => (
                    <optgroup key={unit} label={unit}>
                      {list.map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.name} ({x.id})
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : (
          <>
            <p className="muted">{t('tokenHint')}</p>
            <Field label={t('token')}>{(p) => <textarea {...p} value={token} onChange={(e) => setToken(e.target.value)} rows={4} required />}</Field>
          </>
        )}
        <FormMessage error={error} />
        <button type="submit">{t('signIn')}</button>
      </form>
    </main>
  );
}
