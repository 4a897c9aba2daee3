import { PHOTO_MAX_BYTES, PHOTO_TYPES } from '../../../modules/standards/standards.contract.ts';
import { ApiError } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { useAddPhoto, useRemovePhoto } from './hooks.ts';

type Photo = { id: string; itemId: string };

/** An item's photos: thumbnails, and on an open audit a camera button and a way to remove one. */
export function ItemPhotos({
  auditId,
  itemId,
  photos,
  open,
}: {
  auditId: string;
  itemId: string;
  photos: Photo[];
  open: boolean;
}) {
  const t = useT();
  const add = useAddPhoto(auditId);
  const remove = useRemovePhoto();
  const mine = photos.filter((p) => p.itemId === itemId);
  const error = add.error ?? remove.error;
  // The server's field message is English; the reason is told in the user's language.
  const message =
    error instanceof ApiError
      ? error.status === 413
        ? t('standards.photo.tooLarge', { mb: Math.round(PHOTO_MAX_BYTES / 1024 / 1024) })
        : error.status === 415
          ? t('standards.photo.wrongType')
          : error.status === 409 && error.fields.photo
            ? t('standards.photo.tooMany')
            : error.message
      : null;
  if (!open && !mine.length) return null;
  return (
    <div className="item-photos">
      {mine.map((p, n) => (
        <span key={p.id} className="item-photo">
          <img src={`/api/v1/audit-photos/${p.id}`} alt={t('standards.photo.alt', { n: n + 1 })} width={96} />
          {open ? (
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('standards.photo.remove', { n: n + 1 })}
              onClick={() => remove.mutate(p.id)}
            >
              ×
            </button>
          ) : null}
        </span>
      ))}
      {open ? (
        <label className="btn btn-small">
          {t('standards.photo.add')}
          <input
            type="file"
            accept={PHOTO_TYPES.join(',')}
            capture="environment"
            hidden
            disabled={add.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) add.mutate({ itemId, file });
            }}
          />
        </label>
      ) : null}
      {message ? (
        <small className="field-error" role="alert">
          {message}
        </small>
      ) : null}
    </div>
  );
}
