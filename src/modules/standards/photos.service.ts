import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import * as repo from './audits.repo.ts';
import { load } from './audits.service.ts';
import { PHOTO_MAX_BYTES, PHOTOS_PER_ITEM, photoType } from './photo-type.ts';

const MB = Math.round(PHOTO_MAX_BYTES / 1024 / 1024);
export const tooLarge = () =>
  new AppError('payload_too_large', `A photo may be up to ${MB} MB`, { photo: `Larger than ${MB} MB` });
export const notAPhoto = (why = 'Use a JPEG, PNG, WebP or HEIC photo') =>
  new AppError('unsupported_media_type', 'This is not a photo Zabota keeps', { photo: why });

/** The audit a photo may be added to or removed from: visible, open, and (for an item) checking it. */
async function openAudit(db: Db, actor: Actor, auditId: string, itemId?: string) {
  const audit = await load(db, actor, auditId);
  if (audit.kind === 'mystery' && actor.role === 'staff') throw forbidden();
  if (audit.status === 'submitted') throw conflict('This audit is submitted; its photos are final');
  if (itemId) {
    const item = (await repo.itemsFor(db, actor.orgId, audit.checklistId)).find((i) => i.id === itemId && !i.archived);
    if (!item || (audit.itemIds && !audit.itemIds.includes(itemId))) throw notFound('Checklist item of this audit');
  }
  return audit;
}

/** Checks the audit before the upload is read, so a refused request stores (and reads) nothing. */
export const checkUpload = (db: Db, actor: Actor, auditId: string, itemId: string) =>
  openAudit(db, actor, auditId, itemId).then(() => undefined);

export async function addPhoto(db: Db, actor: Actor, auditId: string, itemId: string, bytes: Buffer) {
  await openAudit(db, actor, auditId, itemId);
  if (bytes.length > PHOTO_MAX_BYTES) throw tooLarge();
  const contentType = photoType(bytes);
  if (!contentType) throw notAPhoto();
  const id = await repo.insertPhoto(
    db,
    {
      id: newId(),
      orgId: actor.orgId,
      auditId,
      itemId,
      contentType,
      size: bytes.length,
      bytes,
      createdById: actor.staffId,
    },
    PHOTOS_PER_ITEM,
  );
  if (!id) throw conflict(`At most ${PHOTOS_PER_ITEM} photos per item`, { photo: `Already ${PHOTOS_PER_ITEM} photos` });
  const { auditId: _a, ...meta } = (await repo.photoMetaById(db, actor.orgId, id))!;
  return toDto(meta);
}

/** The photo's bytes, for whoever may see its audit. */
export async function photo(db: Db, actor: Actor, id: string) {
  const meta = await repo.photoMetaById(db, actor.orgId, id);
  if (!meta) throw notFound('Photo');
  await load(db, actor, meta.auditId);
  return (await repo.photoBytes(db, actor.orgId, id))!;
}

export async function removePhoto(db: Db, actor: Actor, id: string) {
  const meta = await repo.photoMetaById(db, actor.orgId, id);
  if (!meta) throw notFound('Photo');
  await openAudit(db, actor, meta.auditId);
  await repo.deletePhoto(db, actor.orgId, id);
}
