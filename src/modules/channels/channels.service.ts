import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { locationsRepo } from '../locations/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import { touchpointsRepo } from '../touchpoints/index.ts';
import { printPage } from './print-page.ts';
import { publicSurveyLink, qrPng, qrSvg } from './qr.ts';

export type QrQuery = { locationId?: string; touchpointId?: string };

/** The survey and the place a code is for, all of the caller's organisation. */
async function target(db: Db, actor: Actor, surveyId: string, q: QrQuery, baseUrl: string) {
  const survey = await surveysRepo.get(db, actor.orgId, surveyId);
  if (!survey) throw notFound('Survey');
  const [location, touchpoint] = await Promise.all([
    q.locationId ? locationsRepo.get(db, actor.orgId, q.locationId) : undefined,
    q.touchpointId ? touchpointsRepo.get(db, actor.orgId, q.touchpointId) : undefined,
  ]);
  if (q.locationId && !location)
    throw invalid('Unknown location', { locationId: 'Not a location of this organisation' });
  if (q.touchpointId && !touchpoint)
    throw invalid('Unknown touchpoint', { touchpointId: 'Not a touchpoint of this organisation' });
  const link = publicSurveyLink(baseUrl, survey.slug, {
    locationId: q.locationId,
    touchpointId: q.touchpointId,
    channel: 'qr',
  });
  return { survey, location, touchpoint, link };
}

export async function qrImage(
  db: Db,
  actor: Actor,
  surveyId: string,
  q: QrQuery & { format: 'svg' | 'png' },
  baseUrl: string,
) {
  const { link } = await target(db, actor, surveyId, q, baseUrl);
  return q.format === 'png'
    ? { link, type: 'image/png', body: await qrPng(link) }
    : { link, type: 'image/svg+xml', body: await qrSvg(link) };
}

export async function qrPoster(db: Db, actor: Actor, surveyId: string, q: QrQuery, baseUrl: string) {
  const { survey, location, touchpoint, link } = await target(db, actor, surveyId, q, baseUrl);
  const org = (await orgsRepo.get(db, actor.orgId))!;
  const place = [location?.name, touchpoint?.name].filter(Boolean).join(' · ') || null;
  return printPage({
    business: org.name,
    brandColor: org.brandColor,
    place,
    languages: survey.languages,
    svg: await qrSvg(link),
    link,
  });
}
