import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { CustomerPage } from '../customers/customer-page.tsx';
import { CustomersPage } from '../customers/customers-page.tsx';
import { ImportPage } from '../import/import-page.tsx';
import { InteractionsPage } from '../interactions/interactions-page.tsx';
import { useT } from '../lib/i18n.tsx';
import { useLogout, useSession } from '../lib/session.tsx';
import { LocationsPage } from '../locations/locations-page.tsx';
import { OverviewPage } from '../overview/overview-page.tsx';
import { ApiKeysPage, SettingsPage, WebhooksPage } from '../settings/settings-page.tsx';
import { ChannelsPage } from '../channels/channels-page.tsx';
import { StaffPage } from '../staff/staff-page.tsx';
import { TouchpointsPage } from '../touchpoints/touchpoints-page.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Logo } from './logo.tsx';
import { MainNav } from './main-nav.tsx';

// The feedback pages are the heaviest; they load on first visit so the shell stays small.
const ConnectorsPage = lazy(() =>
  import('../connectors/connectors-page.tsx').then((m) => ({ default: m.ConnectorsPage })),
);
const AnalyticsPage = lazy(() => import('../analytics/analytics-page.tsx').then((m) => ({ default: m.AnalyticsPage })));
const SurveysPage = lazy(() => import('../surveys/surveys-page.tsx').then((m) => ({ default: m.SurveysPage })));
const SurveyBuilderPage = lazy(() =>
  import('../surveys/survey-builder-page.tsx').then((m) => ({ default: m.SurveyBuilderPage })),
);
const SurveyResultsPage = lazy(() =>
  import('../surveys/results-page.tsx').then((m) => ({ default: m.SurveyResultsPage })),
);
const ResponsesPage = lazy(() => import('../responses/responses-page.tsx').then((m) => ({ default: m.ResponsesPage })));
const ResponsePage = lazy(() => import('../responses/response-page.tsx').then((m) => ({ default: m.ResponsePage })));
const CasesPage = lazy(() => import('../cases/cases-page.tsx').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('../cases/case-page.tsx').then((m) => ({ default: m.CasePage })));
const CaseFiguresPage = lazy(() => import('../cases/figures-page.tsx').then((m) => ({ default: m.FiguresPage })));
const CaseRulesPage = lazy(() => import('../case-rules/rules-page.tsx').then((m) => ({ default: m.RulesPage })));
const InsightsPage = lazy(() => import('../insights/insights-page.tsx').then((m) => ({ default: m.InsightsPage })));
const EnpsPage = lazy(() => import('../enps/enps-page.tsx').then((m) => ({ default: m.EnpsPage })));
const StandardsPage = lazy(() => import('../standards/standards-page.tsx').then((m) => ({ default: m.StandardsPage })));
const AuditsPage = lazy(() => import('../audits/audits-page.tsx').then((m) => ({ default: m.AuditsPage })));
const AuditFormPage = lazy(() => import('../audits/audit-form-page.tsx').then((m) => ({ default: m.AuditFormPage })));
const TrainingPage = lazy(() => import('../training/training-page.tsx').then((m) => ({ default: m.TrainingPage })));
const SelfAssessmentPage = lazy(() =>
  import('../self-assessment/self-assessment-page.tsx').then((m) => ({ default: m.SelfAssessmentPage })),
);
const ReviewsPage = lazy(() => import('../advocacy/reviews-page.tsx').then((m) => ({ default: m.ReviewsPage })));
const ReviewSitesPage = lazy(() =>
  import('../advocacy/review-sites-page.tsx').then((m) => ({ default: m.ReviewSitesPage })),
);
const ReputationPage = lazy(() =>
  import('../advocacy/reputation-page.tsx').then((m) => ({ default: m.ReputationPage })),
);
const ReferralsPage = lazy(() => import('../advocacy/referrals-page.tsx').then((m) => ({ default: m.ReferralsPage })));
const WordOfMouthPage = lazy(() =>
  import('../advocacy/word-of-mouth-page.tsx').then((m) => ({ default: m.WordOfMouthPage })),
);
const RecognitionPage = lazy(() =>
  import('../recognition/recognition-page.tsx').then((m) => ({ default: m.RecognitionPage })),
);
const GesturesTodayPage = lazy(() => import('../recognition/today-page.tsx').then((m) => ({ default: m.TodayPage })));
const TopicsPage = lazy(() => import('../text/topics-page.tsx').then((m) => ({ default: m.TopicsPage })));

export function Shell() {
  const t = useT();
  const { me, can } = useSession();
  const logout = useLogout();
  const [location, navigate] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location]);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('web.shell.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link href="/" className="brand" aria-label="Zabota">
            <Logo />
          </Link>
          <span className="org-name" title={me.org.name}>
            {me.org.name}
          </span>
          <button
            type="button"
            className="btn btn-ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="account-menu"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t('web.nav.account')}
          </button>
          <div id="account-menu" className={menuOpen ? 'topbar-menu open' : 'topbar-menu'}>
            <div className="topbar-user">
              <LanguageSwitcher me={me} />
              <span className="user-name">
                {me.staff?.name ?? t('web.shell.apiKeyUser')} · {t(`web.role.${me.role}`)}
              </span>
              <button
                type="button"
                className="btn btn-ghost"
                onClick={async () => {
                  await logout();
                  navigate('/');
                }}
              >
                {t('web.shell.signOut')}
              </button>
            </div>
          </div>
        </div>
      </header>
      <div className="frame">
        <MainNav />
        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<p role="status">{t('web.common.loading')}</p>}>
            <Switch>
              <Route path="/">
                <OverviewPage />
              </Route>
              <Route path="/analytics">{can('metrics:read') ? <AnalyticsPage /> : <Forbidden />}</Route>
              <Route path="/locations">{can('locations:read') ? <LocationsPage /> : <Forbidden />}</Route>
              <Route path="/staff">{can('staff:read') ? <StaffPage /> : <Forbidden />}</Route>
              <Route path="/touchpoints">{can('touchpoints:read') ? <TouchpointsPage /> : <Forbidden />}</Route>
              <Route path="/customers">{can('customers:read') ? <CustomersPage /> : <Forbidden />}</Route>
              <Route path="/customers/:id">
                {(p) => (can('customers:read') ? <CustomerPage id={p.id} /> : <Forbidden />)}
              </Route>
              <Route path="/interactions">{can('interactions:read') ? <InteractionsPage /> : <Forbidden />}</Route>
              <Route path="/surveys">{can('surveys:read') ? <SurveysPage /> : <Forbidden />}</Route>
              <Route path="/surveys/:id/results">
                {(p) => (can('responses:read') ? <SurveyResultsPage id={p.id} /> : <Forbidden />)}
              </Route>
              <Route path="/surveys/:id">
                {(p) => (can('surveys:read') ? <SurveyBuilderPage id={p.id} /> : <Forbidden />)}
              </Route>
              <Route path="/responses">{can('responses:read') ? <ResponsesPage /> : <Forbidden />}</Route>
              <Route path="/responses/:id">
                {(p) => (can('responses:read') ? <ResponsePage id={p.id} /> : <Forbidden />)}
              </Route>
              <Route path="/text/topics">{can('metrics:read') ? <TopicsPage /> : <Forbidden />}</Route>
              <Route path="/cases">{can('cases:read') ? <CasesPage /> : <Forbidden />}</Route>
              <Route path="/cases/figures">{can('cases:read') ? <CaseFiguresPage /> : <Forbidden />}</Route>
              <Route path="/cases/rules">{can('case_rules:read') ? <CaseRulesPage /> : <Forbidden />}</Route>
              <Route path="/cases/:id">{(p) => (can('cases:read') ? <CasePage id={p.id} /> : <Forbidden />)}</Route>
              <Route path="/recognition">{can('gestures:manage') ? <RecognitionPage /> : <Forbidden />}</Route>
              <Route path="/gestures/today">{can('recognition:read') ? <GesturesTodayPage /> : <Forbidden />}</Route>
              <Route path="/insights">{can('insights:read') ? <InsightsPage /> : <Forbidden />}</Route>
              <Route path="/enps">{can('pulse:read') ? <EnpsPage /> : <Forbidden />}</Route>
              <Route path="/standards">{can('standards:read') ? <StandardsPage /> : <Forbidden />}</Route>
              <Route path="/audits">{can('audits:read') ? <AuditsPage /> : <Forbidden />}</Route>
              <Route path="/audits/:id">
                {(p) => (can('audits:read') ? <AuditFormPage id={p.id} /> : <Forbidden />)}
              </Route>
              <Route path="/training">{can('training:read') ? <TrainingPage /> : <Forbidden />}</Route>
              <Route path="/self-assessment">
                {can('self_assessment:read') ? <SelfAssessmentPage /> : <Forbidden />}
              </Route>
              <Route path="/reviews">{can('reviews:read') ? <ReviewsPage /> : <Forbidden />}</Route>
              <Route path="/reviews/sources">{can('reviews:read') ? <ReviewSitesPage /> : <Forbidden />}</Route>
              <Route path="/reviews/figures">{can('analytics:read') ? <ReputationPage /> : <Forbidden />}</Route>
              <Route path="/referrals">{can('referrals:read') ? <ReferralsPage /> : <Forbidden />}</Route>
              <Route path="/referrals/figures">{can('analytics:read') ? <WordOfMouthPage /> : <Forbidden />}</Route>
              <Route path="/import">{can('imports:run') ? <ImportPage /> : <Forbidden />}</Route>
              <Route path="/settings">{can('org:write') ? <SettingsPage /> : <Forbidden />}</Route>
              <Route path="/settings/api-keys">{can('api_keys:manage') ? <ApiKeysPage /> : <Forbidden />}</Route>
              <Route path="/settings/channels">{can('channels:manage') ? <ChannelsPage /> : <Forbidden />}</Route>
              <Route path="/settings/webhooks">{can('webhooks:manage') ? <WebhooksPage /> : <Forbidden />}</Route>
              <Route path="/settings/connectors">{can('connectors:manage') ? <ConnectorsPage /> : <Forbidden />}</Route>
              <Route path="/setup">
                <Redirect to="/" />
              </Route>
              <Route path="/invite/:token">
                <Redirect to="/" />
              </Route>
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </Suspense>
        </main>
      </div>
    </div>
  );
}

function Forbidden() {
  const t = useT();
  return (
    <div className="notice">
      <h1>{t('web.error.forbidden')}</h1>
      <p>{t('web.shell.forbiddenText')}</p>
    </div>
  );
}

function NotFound() {
  const t = useT();
  return (
    <div className="notice">
      <h1>{t('web.shell.notFound')}</h1>
      <p>
        <Link href="/">{t('web.shell.backHome')}</Link>
      </p>
    </div>
  );
}
