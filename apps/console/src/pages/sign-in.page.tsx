import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../api';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: { personId?: string; token?: string }) => {
    setError(null);
    setBusy(true);
    try {
      session.token = people.data ? (await api<{ token: string }>('POST', '/auth/dev-token', { personId: v.personId })).token : (v.token ?? '').trim();
      await api('GET', '/me');
      onSignedIn();
    } catch (err) {
      session.token = null;
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const byUnit = new Map<string, DevPerson[]>();
  for (const p of people.data ?? []) byUnit.set(p.unitName, [...(byUnit.get(p.unitName) ?? []), p]);
  const postsOf = (p: DevPerson) => [...new Set(p.posts.map((x) => t(`post.${x.kind}`)))].join(t('plan.separator'));
  const required = [{ required: true, message: t('report.required') }];

  return (
    <main>
      <Card style={{ maxWidth: 460, margin: '2rem auto' }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>{t('signIn')}</Typography.Title>
        {people.isLoading ? (
          <Spin aria-label={t('loading')} />
        ) : (
          <Form layout="vertical" onFinish={(v) => void submit(v)}>
            {people.data ? (
              <>
                <Typography.Paragraph type="secondary">{t('devHint')}</Typography.Paragraph>
                {/* Searched by name, or by the person's sign-in id typed in full, which is not shown. */}
                <Form.Item name="personId" label={t('person')} rules={required}>
                  <Select
                    showSearch
                    placeholder={t('plan.choose')}
                    filterOption={(input, option) => Boolean(option && 'value' in option && (option.value === input.trim() || String(option.title ?? '').includes(input.trim())))}
                    options={[...byUnit].map(([unit, list]) => ({
                      label: unit,
                      title: unit,
                      options: list.map((x) => ({ value: x.id, title: x.name, label: <span>{x.name}{x.posts.length > 0 && <Typography.Text type="secondary"> · {postsOf(x)}</Typography.Text>}</span> })),
                    }))}
                  />
                </Form.Item>
              </>
            ) : (
              <>
                <Typography.Paragraph type="secondary">{t('tokenHint')}</Typography.Paragraph>
                <Form.Item name="token" label={t('token')} rules={required}><Input.TextArea rows={4} /></Form.Item>
              </>
            )}
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" loading={busy} block>{t('signIn')}</Button>
          </Form>
        )}
      </Card>
    </main>
  );
}
