import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session, type Me } from './api';
import { HazardPage } from './pages/hazard.page';
import { WorkPage } from './pages/work.page';
import { NoticeBell } from './components/notice-bell';
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
    <label className="lang">
      {t('language')}{' '}
      <select value={i18n.resolvedLanguage} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
    </label>
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
  const leader = me.data?.posts.some((p) => p.kind === 'principal' || p.kind === 'deputy');
  const keepsLedger = me.data?.posts.some((p) => p.kind === 'principal' || p.kind === 'deputy' || p.kind === 'safety_officer');
  return (
    <>
      <header className="top">
        <strong className="brand">{t('app')}</strong>
        {signedIn && (
          <nav aria-label="main">
            <a href={href('report')} aria-current={page === 'report' ? 'page' : undefined}>{t('report.nav')}</a>
            <a href={href('inbox')} aria-current={page === 'inbox' || !page ? 'page' : undefined}>{t('work.nav')}</a>
            <a href={href('hazards')} aria-current={page === 'hazards' ? 'page' : undefined}>{t('nav.hazards')}</a>
            {keepsLedger && <a href={href('ledger')} aria-current={page === 'ledger' ? 'page' : undefined}>{t('nav.ledger')}</a>}
            {leader && <a href={href('overview')} aria-current={page === 'overview' || page === 'units' ? 'page' : undefined}>{t('nav.overview')}</a>}
            <a href={href('reviews')} aria-current={page === 'reviews' ? 'page' : undefined}>{t('nav.reviews')}</a>
            <a href={href('duty')} aria-current={page === 'duty' ? 'page' : undefined}>{t('nav.duty')}</a>
            <a href={href('warnings')} aria-current={page === 'warnings' ? 'page' : undefined}>{t('nav.warnings')}</a>
            <a href={href('schedules')} aria-current={page === 'schedules' ? 'page' : undefined}>{t('nav.schedules')}</a>
            <a href={href('statistics')} aria-current={page === 'statistics' ? 'page' : undefined}>{t('nav.statistics')}</a>
            <a href={href('campaigns')} aria-current={page === 'campaigns' ? 'page' : undefined}>{t('campaign.nav')}</a>
            <a href={href('incidents')} aria-current={page === 'incidents' ? 'page' : undefined}>{t('incident.heading')}</a>
            <a href={href('letters')} aria-current={page === 'letters' ? 'page' : undefined}>{t('letters.nav')}</a>
          </nav>
        )}
        <span className="spacer" />
        <LanguageSwitch />
        {signedIn && (
          <>
            <NoticeBell />
            <span className="who" data-person={me.data!.id}>{t('signedInAs', { name: `${me.data!.name} · ${me.data!.unitName}` })}</span>
            <button type="button" className="secondary" onClick={signOut}>{t('signOut')}</button>
          </>
        )}
      </header>
      {!session.token || me.error ? (
        <SignInPage onSignedIn={() => void client.invalidateQueries({ queryKey: ['me'] }).then(() => (window.location.hash = href('inbox')))} />
      ) : !me.data ? (
        <p>{t('loading')}</p>
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
    </>
  );
}
