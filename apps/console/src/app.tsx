import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session, type Me } from './api';
import { HazardPage } from './pages/hazard.page';
import { WorkPage } from './pages/work.page';
import { NoticeBell } from './components/notice-bell';
import { useAppNav } from './components/app-nav';
import { NoticesPage } from './pages/notices.page';
import { CampaignPage } from './pages/campaign.page';
import { CampaignsPage } from './pages/campaigns.page';
import { IncidentPage } from './pages/incident.page';
import { SchedulePage, SchedulesPage } from './pages/schedules.page';
import { WarningPage, WarningsPage } from './pages/warnings.page';
import { DutyPage } from './pages/duty.page';
import { MyHazardsPage } from './pages/my-hazards.page';
import { OverviewPage } from './pages/overview.page';
import { ReviewPage } from './pages/review.page';
import { ReviewsPage } from './pages/reviews.page';
import { UnitPage } from './pages/unit.page';
import { PlanPage } from './pages/plan.page';
import { LedgerPage } from './pages/ledger.page';
import { StatisticsPage, StatisticsReportPage } from './pages/statistics.page';
import { SignInPage } from './pages/sign-in.page';
import { ReportPage } from './pages/report.page';
import { LettersPage } from './pages/letters.page';
import { IncidentsPage } from './pages/incidents.page';
import { NotFoundPage } from './components/result-pages';
import { href, useRoute } from './route';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('language')}
      size="small"
      value={i18n.resolvedLanguage}
      onChange={(v: string) => void i18n.changeLanguage(v)}
      options={[{ value: 'zh', label: '中文' }, { value: 'en', label: 'English' }]}
      style={{ width: 96 }}
    />
  );
}

export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const route = useRoute();
  const me = useQuery({
    queryKey: ['me', session.token],
    queryFn: () => api<Me>('GET', '/me'),
    enabled: Boolean(session.token),
    retry: (n, err) => !(err instanceof ApiError && err.status === 401) && n < 2,
  });
  const signOut = () => {
    session.token = null;
    client.clear();
    window.location.hash = '';
  };
  const signedIn = Boolean(session.token) && me.data;
  const [page, id] = route;
  const nav = useAppNav(signedIn ? me.data : undefined, page ?? '');
  return (
    <>
      <header className="top">
        {nav.toggle}
        <strong className="brand">{t('app')}</strong>
        <span className="spacer" />
        <LanguageSwitch />
        {signedIn && (
          <>
            <NoticeBell />
            <Dropdown trigger={['click']} menu={{ items: [
              { key: 'who', label: `${me.data!.name} · ${me.data!.unitName}`, disabled: true },
              { type: 'divider' },
              { key: 'signOut', label: t('signOut'), onClick: signOut },
            ] }}>
              <Button type="text" className="who" data-person={me.data!.id} aria-label={t('signedInAs', { name: `${me.data!.name} · ${me.data!.unitName}` })} icon={<UserOutlined />} style={{ color: '#fff' }}>
                <span className="who-name">{me.data!.name}</span> <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          </>
        )}
      </header>
      {nav.drawer}
      <div className="shell">
        {nav.side}
        <div className="shell-main">
      {!session.token || me.error ? (
        <SignInPage onSignedIn={() => void client.invalidateQueries({ queryKey: ['me'] }).then(() => (window.location.hash = href('inbox')))} />
      ) : !me.data ? (
        <Spin style={{ display: 'block', margin: '3rem auto' }} aria-label={t('loading')} />
      ) : page === 'hazards' && id ? (
        <HazardPage id={id} me={me.data} />
      ) : page === 'hazards' ? (
        <MyHazardsPage me={me.data} />
      ) : page === 'overview' ? (
        <OverviewPage />
      ) : page === 'units' && id ? (
        <UnitPage id={id} />
      ) : page === 'reviews' && id ? (
        <ReviewPage id={id} me={me.data} />
      ) : page === 'reviews' ? (
        <ReviewsPage me={me.data} />
      ) : page === 'notices' ? (
        <NoticesPage />
      ) : page === 'campaigns' && id ? (
        <CampaignPage id={id} me={me.data} />
      ) : page === 'campaigns' ? (
        <CampaignsPage me={me.data} />
      ) : page === 'duty' ? (
        <DutyPage me={me.data} />
      ) : page === 'warnings' && id ? (
        <WarningPage id={id} />
      ) : page === 'warnings' ? (
        <WarningsPage me={me.data} />
      ) : page === 'schedules' && id ? (
        <SchedulePage id={id} />
      ) : page === 'schedules' ? (
        <SchedulesPage me={me.data} />
      ) : page === 'ledger' ? (
        <LedgerPage me={me.data} />
      ) : page === 'statistics' && id ? (
        <StatisticsReportPage id={id} />
      ) : page === 'statistics' ? (
        <StatisticsPage />
      ) : page === 'plans' && id ? (
        <PlanPage id={id} />
      ) : page === 'incidents' && id ? (
        <IncidentPage id={id} />
      ) : page === 'incidents' ? (
        <IncidentsPage me={me.data} />
      ) : page === 'letters' ? (
        <LettersPage me={me.data} />
      ) : page === 'report' ? (
        <ReportPage me={me.data} />
      ) : !page || page === 'inbox' || page === 'work' ? (
        <WorkPage />
      ) : (
        <NotFoundPage />
      )}
        </div>
      </div>
    </>
  );
}
