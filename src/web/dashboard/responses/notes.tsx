import { useState } from 'react';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, TextArea } from '../lib/ui.tsx';
import { useAddNote, type ResponseDetail } from './hooks.ts';

/** Internal notes on a response: never shown to the customer. */
export function Notes({ response, canAdd }: { response: ResponseDetail; canAdd: boolean }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const add = useAddNote(response.id);
  const [body, setBody] = useState('');
  return (
    <>
      {response.notes.length ? (
        <ol className="notes-list">
          {response.notes.map((n) => (
            <li key={n.id} className="note" data-testid="note">
              <p className="notes">{n.body}</p>
              <small className="muted">
                {n.authorName ?? t('web.shell.apiKeyUser')} · {formatDateTime(n.createdAt, language, me.org.timeZone)}
              </small>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('web.responses.noNotes')}</p>
      )}
      {canAdd ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) add.mutate({ body }, { onSuccess: () => setBody('') });
          }}
        >
          <ErrorBanner error={add.error} />
          <TextArea
            label={t('web.responses.newNote')}
            hint={t('web.responses.notesHint')}
            rows={3}
            maxLength={10000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={fieldErrors(add.error).body}
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={add.isPending || !body.trim()}>
              {add.isPending ? t('web.common.saving') : t('web.responses.addNote')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
