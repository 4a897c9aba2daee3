import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { sameSecret } from './binding.ts';
import { hookSecretOf } from './connections.service.ts';
import * as repo from './messaging.repo.ts';

const DELIVERED = new Set(['delivered', 'read', '103']);
const FAILED = new Set(['failed', 'undelivered', 'rejected', 'expired', '104', '105', '106', '107', '108']);

/** A gateway's report as plain fields: Twilio's MessageSid/MessageStatus, else id/status (SMS.ru codes: 103 delivered, 104–108 failed). */
export function readReport(
  body: Record<string, unknown>,
): { id: string; status: 'delivered' | 'failed' | null; raw: string } | null {
  const pick = (...keys: string[]) =>
    keys.map((k) => body[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  const id = pick('MessageSid', 'message_id', 'sms_id', 'id');
  const raw = pick('MessageStatus', 'status', 'status_code');
  if (id === undefined || raw === undefined) return null;
  const s = String(raw).toLowerCase();
  return { id: String(id), raw: s, status: DELIVERED.has(s) ? 'delivered' : FAILED.has(s) ? 'failed' : null };
}

/**
 * A delivery report. The gateway calls the hook URL with `?key=` (the connection's hook secret),
 * which the owner copies from the Channels page; a report without it changes nothing. A repeated
 * report (same id and status) is claimed once.
 */
export async function smsReport(
  deps: { db: Db; pool: pg.Pool },
  hookToken: string,
  key: string | undefined,
  body: Record<string, unknown>,
): Promise<{ status: 200 | 400 | 401 | 404; handled?: string }> {
  const conn = await repo.connectionByHookToken(deps.db, 'sms', hookToken);
  if (!conn) return { status: 404 };
  if (!sameSecret(key, hookSecretOf(conn))) return { status: 401 };
  const report = readReport(body);
  if (!report) return { status: 400 };
  const handled = await inTransaction(deps.pool, async ({ db }) => {
    if (!(await repo.claimUpdate(db, conn.orgId, 'sms', `${report.id}:${report.raw}`))) return 'repeat';
    const msg = await repo.messageByProviderId(db, conn.orgId, 'sms', report.id);
    if (!msg || !report.status) return 'ignored';
    await repo.updateMessage(db, conn.orgId, msg.id, {
      status: report.status,
      providerAnswer: `Delivery report: ${report.raw}`,
    });
    return report.status;
  });
  return { status: 200, handled };
}
