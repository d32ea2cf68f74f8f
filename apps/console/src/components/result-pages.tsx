import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { href } from '../route';

/** A page that does not exist, or a record outside the person's units (the API does not tell the two apart). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main>
      <Result status="404" title={t('page.notFound')} subTitle={t('page.notFoundText')} extra={<Button type="primary" href={href('inbox')}>{t('page.back')}</Button>} />
    </main>
  );
}

/** What a failed request means to the reader: 404 and 403 as designed pages, anything else with a way to retry. */
export function ErrorPage({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 404) return <NotFoundPage />;
  const back = <Button key="back" type="primary" href={href('inbox')}>{t('page.back')}</Button>;
  if (status === 403) {
    return (
      <main>
        <Result status="403" title={t('page.forbidden')} subTitle={t('page.forbiddenText', { why: (error as ApiError).message })} extra={back} />
      </main>
    );
  }
  return (
    <main>
    <Result
      status="error"
      title={t('page.failed')}
      subTitle={t('page.failedText', { status: status || (error as Error)?.message || '?' })}
      extra={[back, ...(retry ? [<Button key="retry" onClick={retry}>{t('page.retry')}</Button>] : [])]}
    />
    </main>
  );
}
