import type { Tx } from '../../platform/db/transaction.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { openCaseInTransaction } from '../cases/index.ts';
import * as repo from './audits.repo.ts';

export type CaseDeps = { jobs: Jobs; baseUrl: string };
type FailedItem = { id: string; text: Record<string, string> };

/**
 * One recovery case per failed critical item of an audit, for the location's manager. The
 * (audit, item) claim is taken in the submit's transaction before the case is made, so repeated or
 * concurrent submits, and a crash at any point, leave exactly one case or none.
 */
export async function openCriticalCases(
  tx: Tx,
  deps: CaseDeps,
  audit: repo.AuditRow,
  checklistName: string,
  failed: FailedItem[],
): Promise<number> {
  if (!failed.length) return 0;
  const lang = await repo.orgLanguage(tx.db, audit.orgId);
  let opened = 0;
  for (const item of failed) {
    if (!(await repo.claimCase(tx.db, audit.orgId, audit.id, item.id))) continue;
    const text = item.text[lang] || item.text.en || Object.values(item.text)[0] || '';
    const made = await openCaseInTransaction(tx, deps, {
      orgId: audit.orgId,
      title: translate(lang, 'standards.case.title', { item: text, checklist: checklistName }),
      source: 'audit',
      priority: 'high',
      locationId: audit.locationId,
      touchpointId: audit.touchpointId,
      staffId: audit.kind === 'mystery' ? null : audit.staffId,
      origin: { auditId: audit.id, itemId: item.id },
    });
    await repo.setClaimCase(tx.db, audit.orgId, audit.id, item.id, made.id);
    opened += 1;
  }
  return opened;
}
