import type { Db } from '../../platform/db/database.ts';
import { surveyForIngest } from '../surveys/index.ts';
import * as repo from './survey-page.repo.ts';

type Ids = { locationId: string | null; touchpointId: string | null; staffId: string | null };
type Found = NonNullable<Awaited<ReturnType<typeof repo.publicLink>>>;
type Entry = {
  until: number;
  surveyId: string;
  org: Found['org'];
  locationOk: boolean;
  touchpointOk: boolean;
  staffOk: boolean;
};

/**
 * A public link as answers posted to it read it, remembered for a few seconds: a QR code at a busy
 * till is answered many times a second, and would otherwise re-read the survey, the branding and
 * the ids' ownership every time. The survey itself comes from the ingestion cache, which a change
 * in this process forgets at once; branding and ownership may lag by TTL_MS (a location deleted
 * meanwhile is caught by the insert's foreign key). Pages shown (GET) always read afresh.
 */
const TTL_MS = 5_000;
const cache = new Map<string, Entry>();

export async function publicLinkForAnswer(db: Db, slug: string, ids: Ids): Promise<Found | undefined> {
  const key = `${slug} ${ids.locationId} ${ids.touchpointId} ${ids.staffId}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) {
    const survey = await surveyForIngest(db, hit.surveyId);
    if (survey && survey.slug === slug)
      return { survey, org: hit.org, locationOk: hit.locationOk, touchpointOk: hit.touchpointOk, staffOk: hit.staffOk };
  }
  const found = await repo.publicLink(db, slug, ids);
  if (!found) {
    cache.delete(key);
    return undefined;
  }
  if (cache.size > 1_000) cache.clear();
  cache.set(key, {
    until: Date.now() + TTL_MS,
    surveyId: found.survey.id,
    org: found.org,
    locationOk: found.locationOk,
    touchpointOk: found.touchpointOk,
    staffOk: found.staffOk,
  });
  return found;
}
