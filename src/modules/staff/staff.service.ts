import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { newToken, sha256 } from '../../platform/auth/secrets.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.ts';
import { state } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import type { Language } from '../../shared/domain.ts';
import { inviteEmail } from './invite-email.ts';
import type { StaffCreate, StaffListQuery, StaffUpdate } from './staff.contract.ts';
import * as repo from './staff.repo.ts';

const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

function scopeOf(actor: Actor): repo.StaffScope {
  if (actor.role === 'staff') return { selfId: actor.staffId ?? '00000000-0000-0000-0000-000000000000' };
  const locs = locationScope(actor);
  return locs === null ? { all: true } : { locationIds: locs, selfId: actor.staffId };
}

export async function list(db: Db, actor: Actor, q: StaffListQuery) {
  const rows = await repo.list(db, actor.orgId, scopeOf(actor), q);
  const page = toPage(rows, q.limit, (r) => r.id);
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, scopeOf(actor), id);
  if (!row) throw notFound('Staff member');
  return toDto(row);
}

async function assertLocations(db: Db, orgId: string, ids: string[] | undefined) {
  if (!ids?.length) return;
  const found = await repo.existingLocationIds(db, orgId, ids);
  const missing = ids.flatMap((id, i) => (found.has(id) ? [] : [i]));
  if (missing.length)
    throw invalid('Unknown locations', {
      locationIds: `Not a location of this organisation (item ${missing.join(', ')})`,
    });
}

export async function create(db: Db, jobs: Jobs, actor: Actor, input: StaffCreate, baseUrl: string) {
  await assertLocations(db, actor.orgId, input.locationIds);
  const { sendInvite, ...values } = input;
  const token = sendInvite ? newToken() : null;
  const { id, created } = await repo.insert(db, {
    ...values,
    orgId: actor.orgId,
    inviteTokenHash: token ? sha256(token) : null,
    inviteExpiresAt: token ? new Date(Date.now() + INVITE_TTL_MS) : null,
  });
  const member = await get(db, actor, id);
  let inviteUrl: string | null = null;
  if (token && created) {
    inviteUrl = `${baseUrl}/invite/${token}`;
    await jobs.send('mail.send', {
      ...inviteEmail({ to: input.email, name: input.name, url: inviteUrl, language: input.language ?? 'en' }),
      orgId: actor.orgId,
    });
  }
  return { row: { ...member, inviteUrl }, created };
}

declare module '../../platform/events.ts' {
  interface Facts {
    /** A staff member's role, locations or activity changed, or they were removed: what acts as them must see it. */
    'staff.changed': { db: Db; orgId: string; staffId: string };
  }
}

export async function update(db: Db, actor: Actor, id: string, input: StaffUpdate) {
  await assertLocations(db, actor.orgId, input.locationIds);
  const current = await get(db, actor, id);
  const losesOwner = current.role === 'owner' && ((input.role && input.role !== 'owner') || input.active === false);
  if (losesOwner && (await repo.countOwners(db, actor.orgId)) <= 1)
    throw conflict('The organisation must keep at least one active owner', { role: 'last owner' });
  await repo.update(db, actor.orgId, id, input);
  await state('staff.changed', { db, orgId: actor.orgId, staffId: id });
  return get(db, actor, id);
}

/** Anyone signed in as themselves chooses the language of their dashboard, messages and emails. */
export async function setOwnLanguage(db: Db, actor: Actor, language: Language) {
  if (!actor.staffId)
    throw new AppError('forbidden', 'An organisation-wide API key has no profile to set a language on');
  await repo.update(db, actor.orgId, actor.staffId, { language });
  return get(db, actor, actor.staffId);
}

export async function remove(db: Db, actor: Actor, id: string) {
  const current = await get(db, actor, id);
  if (current.role === 'owner' && (await repo.countOwners(db, actor.orgId)) <= 1)
    throw conflict('The organisation must keep at least one active owner');
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Staff member');
  await state('staff.changed', { db, orgId: actor.orgId, staffId: id });
}
