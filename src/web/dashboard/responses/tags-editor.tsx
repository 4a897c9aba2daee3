import { useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import { useSetTags } from './hooks.ts';

/** Tags on a response, saved as soon as one is added or removed. */
export function TagsEditor({ responseId, tags, canEdit }: { responseId: string; tags: string[]; canEdit: boolean }) {
  const t = useT();
  const save = useSetTags(responseId);
  const [text, setText] = useState('');
  const add = () => {
    const tag = text.trim();
    if (!tag) return;
    if (tags.includes(tag)) return setText('');
    save.mutate({ tags: [...tags, tag] }, { onSuccess: () => setText('') });
  };
  return (
    <div className="tags-editor">
      <ul className="tags" aria-label={t('web.responses.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            {canEdit ? (
              <button
                type="button"
                className="tag-remove"
                aria-label={t('web.responses.removeTag', { tag })}
                disabled={save.isPending}
                onClick={() => save.mutate({ tags: tags.filter((x) => x !== tag) })}
              >
                ×
              </button>
            ) : null}
          </li>
        ))}
        {tags.length === 0 ? <li className="muted">{t('web.responses.noTags')}</li> : null}
      </ul>
      {canEdit ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label>
            <span className="visually-hidden">{t('web.responses.newTag')}</span>
            <input
              value={text}
              maxLength={100}
              placeholder={t('web.responses.newTag')}
              aria-label={t('web.responses.newTag')}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="btn btn-small" disabled={save.isPending || !text.trim()}>
            {t('web.responses.addTag')}
          </button>
        </form>
      ) : null}
      <ErrorBanner error={save.error} />
    </div>
  );
}
