import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { cellCaseCounts, localDays } from './case-stats-cells.ts';
import { rawCaseCounts, type FigureCounts, type StatsQuery } from './case-stats-raw.ts';
import type { CaseStats } from './cases.contract.ts';
import { scopeOf } from './cases.service.ts';
import { rebuildStatus } from '../analytics/index.ts';

/**
 * Service-recovery figures for a period (cases opened in [from, to)), overall and per location and
 * owner: open and overdue cases, time to first action and to resolution (medians, hours), SLA
 * compliance (closed before due / closed), recovery rate (closed with a follow-up answer that is
 * no longer a detractor / closed with a follow-up answer), and root causes (with their kind) per location.
 * Whole local days (the dashboard's periods) read the incremental cells for an owner's or a
 * manager's scope; other periods, a staff member's own cases and an organisation whose cells await
 * a rebuild (analytics/rebuild.ts) are counted from the cases.
 * `mediansSampled`: past 5,000 times in the period, the medians are those of a fixed sample of
 * the cases (one in sixteen, past 80,000 one in sixty-four).
 */
export async function caseStats(db: Db, actor: Actor, q: StatsQuery): Promise<CaseStats> {
  const scope = scopeOf(actor);
  const cellsValid = !(await rebuildStatus(db, actor.orgId));
  const days = cellsValid && ('all' in scope || 'locationIds' in scope) ? await localDays(db, actor.orgId, q) : null;
  const counts =
    days && ('all' in scope || 'locationIds' in scope)
      ? await cellCaseCounts(db, actor.orgId, scope, q, days)
      : await rawCaseCounts(db, actor.orgId, scope, q);
  return {
    total: shape(counts.total),
    byLocation: counts.byLocation.map((r) => ({ key: r.key, label: r.label, ...shape(r) })),
    byOwner: counts.byOwner.map((r) => ({ key: r.key, label: r.label, ...shape(r) })),
    rootCauses: counts.rootCauses,
    mediansSampled: counts.mediansSampled,
  };
}

function shape(r: FigureCounts) {
  return {
    opened: r.opened,
    open: r.open,
    overdue: r.overdue,
    closed: r.closed,
    medianHoursToFirstAction: r.medianHoursToFirstAction,
    medianHoursToResolution: r.medianHoursToResolution,
    slaCompliance: r.closed ? r.closedInTime / r.closed : null,
    recoveryRate: r.withFollowUp ? r.recovered / r.withFollowUp : null,
    followUps: r.withFollowUp,
  };
}
