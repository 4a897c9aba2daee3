/**
 * The rules of the idea engine (staff insights now, customers' ideas later): statuses, merging,
 * duplicate suggestions and where an anonymous post may show its location. No database, no HTTP.
 */
export const AUDIENCES = ['staff', 'customer'] as const;
export const KINDS = ['want', 'irritant', 'idea'] as const;
export const STATUSES = ['new', 'reviewing', 'planned', 'done', 'declined', 'duplicate'] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];

export const OUTCOME_MIN = 20;
/** Below this many staff at a location an anonymous post could be traced to a person there. */
export const ANONYMOUS_MIN_STAFF = 5;

const ORDER: Record<Status, number> = { new: 0, reviewing: 1, planned: 2, done: 3, declined: 3, duplicate: 3 };
export const isClosed = (s: Status) => ORDER[s] === 3;
/** Done and declined tell the author and the voters what came of it. */
export const needsOutcome = (s: Status) => s === 'done' || s === 'declined';

/**
 * A problem with a status change as field messages, or null. Open posts move forward (a step may
 * be skipped); a closed one stays closed; duplicate comes only with a merge.
 */
export function transitionProblem(
  from: Status,
  to: Status,
  outcome: string | null | undefined,
  mergedInto?: string | null,
): Record<string, string> | null {
  if (from === to) return null;
  if (isClosed(from)) return { status: `A ${from} insight cannot change status` };
  if (ORDER[to] < ORDER[from]) return { status: `Cannot move back from ${from} to ${to}` };
  if (to === 'duplicate' && !mergedInto) return { mergedInto: 'Name the insight this one duplicates' };
  if (needsOutcome(to) && (outcome ?? '').trim().length < OUTCOME_MIN)
    return { outcome: `Say what came of it in at least ${OUTCOME_MIN} characters` };
  return null;
}

/**
 * The voters of the merged-into post after a merge: its own, the duplicate's and the duplicate's
 * named author (who asked for the same thing), each person once.
 */
export function mergedVoters(
  target: { voters: readonly string[]; authorId: string | null },
  source: { voters: readonly string[]; authorId: string | null },
): { voters: string[]; added: string[] } {
  const voters = new Set(target.voters);
  const added: string[] = [];
  for (const v of [...source.voters, ...(source.authorId ? [source.authorId] : [])]) {
    if (voters.has(v) || v === target.authorId) continue;
    voters.add(v);
    added.push(v);
  }
  return { voters: [...voters], added };
}

export type Candidate = {
  id: string;
  title: string;
  topics: readonly string[];
  locationId: string | null;
  touchpointId: string | null;
  status: Status;
};
export type Draft = {
  title: string;
  topics: readonly string[];
  locationId: string | null;
  touchpointId: string | null;
};

const words = (s: string) => new Set(s.toLocaleLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * Likely duplicates of a draft: open posts sharing a topic from the tagger, ranked by shared
 * topics, then the same touchpoint and location, then shared words of the title.
 */
export function suggestDuplicates(draft: Draft, candidates: readonly Candidate[], limit = 5): Candidate[] {
  const mine = new Set(draft.topics);
  const myWords = words(draft.title);
  const scored = candidates
    .filter((c) => c.status !== 'duplicate' && c.topics.some((t) => mine.has(t)))
    .map((c) => {
      const shared = c.topics.filter((t) => mine.has(t)).length;
      const overlap = [...words(c.title)].filter((w) => myWords.has(w)).length;
      const place =
        (draft.touchpointId && c.touchpointId === draft.touchpointId ? 0.5 : 0) +
        (draft.locationId && c.locationId === draft.locationId ? 0.25 : 0);
      return { c, score: shared + place + overlap * 0.1 };
    });
  return scored
    .sort((a, b) => b.score - a.score || a.c.id.localeCompare(b.c.id))
    .slice(0, limit)
    .map((s) => s.c);
}

/** An anonymous post names its location only where enough staff work that it points at nobody. */
export const shownLocation = (
  post: { anonymous: boolean; locationId: string | null },
  staffAtLocation: number,
): string | null => (post.anonymous && staffAtLocation < ANONYMOUS_MIN_STAFF ? null : post.locationId);
