import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { LANGUAGES, type Language } from '../../shared/domain.ts';
import { analyticsService as analytics, analyticsRepo, type Dim } from '../analytics/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { renderDashboardPdf, type DashboardReport } from './dashboard-pdf.ts';
import type { DashboardPdfQuery } from './reports.contract.ts';

/** Filters as "Label: value" in the document's language; ids are named from the caller's own organisation. */
async function filterLines(
  db: Db,
  orgId: string,
  q: DashboardPdfQuery,
  lang: Language,
): Promise<{ label: string; value: string }[]> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const named = async (dim: Dim, id: string) => (await analyticsRepo.labels(db, orgId, dim, [id])).get(id) ?? id;
  const lines: { label: string; value: string }[] = [];
  if (q.locationId) lines.push({ label: t('web.interactions.location'), value: await named('location', q.locationId) });
  if (q.touchpointId)
    lines.push({ label: t('web.interactions.touchpoint'), value: await named('touchpoint', q.touchpointId) });
  if (q.kind) lines.push({ label: t('web.touchpoints.kind'), value: t(`web.kind.${q.kind}`) });
  if (q.staffId) lines.push({ label: t('web.interactions.staff'), value: await named('staff', q.staffId) });
  if (q.surveyId) lines.push({ label: t('web.responses.survey'), value: await named('survey', q.surveyId) });
  if (q.channel) lines.push({ label: t('web.responses.channel'), value: t(`web.responses.channel.${q.channel}`) });
  if (q.language) lines.push({ label: t('web.common.language'), value: q.language });
  if (q.segment)
    lines.push({ label: t('web.analytics.customerSegment'), value: t(`web.analytics.segment.${q.segment}`) });
  return lines;
}

/**
 * The owner dashboard as a PDF: the same service calls as the dashboard's API (so the same row
 * limits for a manager or staff member, and the same figures), drawn server-side.
 */
export async function dashboardPdf(
  db: Db,
  actor: Actor,
  q: DashboardPdfQuery,
): Promise<{ body: Buffer; filename: string }> {
  const org = await orgsRepo.get(db, actor.orgId);
  if (!org) throw notFound('Organisation');
  const lang: Language =
    q.lang ??
    ((LANGUAGES as readonly string[]).includes(org.defaultLanguage) ? (org.defaultLanguage as Language) : 'en');
  const [summary, trend, touchpoints, locations, staff, segments, filters] = await Promise.all([
    analytics.summary(db, actor, q),
    analytics.timeseries(db, actor, { ...q, metric: 'nps' }),
    analytics.breakdown(db, actor, { ...q, metric: 'nps', by: 'touchpoint' }),
    analytics.breakdown(db, actor, { ...q, metric: 'nps', by: 'location' }),
    analytics.breakdown(db, actor, { ...q, metric: 'nps', by: 'staff' }),
    analytics.breakdown(db, actor, { ...q, metric: 'nps', by: 'segment' }),
    filterLines(db, actor.orgId, q, lang),
  ]);
  const kinds = await analyticsRepo.touchpointInfo(
    db,
    actor.orgId,
    touchpoints.items.map((i) => i.key),
  );
  const report: DashboardReport = {
    lang,
    orgName: org.name,
    timeZone: org.timeZone,
    generatedAt: new Date(),
    period: summary.period,
    filters,
    summary,
    interval: q.interval,
    trend: trend.items as DashboardReport['trend'],
    touchpoints: touchpoints.items.map((i) => ({
      ...i,
      kind: kinds.get(i.key)?.kind ?? null,
    })) as DashboardReport['touchpoints'],
    locations: locations.items as DashboardReport['locations'],
    staff: staff.items as DashboardReport['staff'],
    segments: segments.items as DashboardReport['segments'],
  };
  const stamp = summary.period.from && summary.period.to ? `${summary.period.from}_${summary.period.to}` : 'all-time';
  return { body: await renderDashboardPdf(report), filename: `zabota-dashboard-${stamp}.pdf` };
}
