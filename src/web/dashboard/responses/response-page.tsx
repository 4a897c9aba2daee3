import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { get } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import type { InteractionRow } from '../interactions/hooks.ts';
import { useSurvey } from '../surveys/hooks.ts';
import { Answers } from './answers.tsx';
import { useResponse } from './hooks.ts';
import { Notes } from './notes.tsx';
import { ScoreChips } from './score-chips.tsx';
import { TagsEditor } from './tags-editor.tsx';
import { CommentLabels } from '../text/comment-labels.tsx';
import './responses.css';

/** One response: every answer under its question, who and where it came from, tags and internal notes. */
export function ResponsePage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const response = useResponse(id);
  const r = response.data;
  const survey = useSurvey(r?.surveyId ?? '', !!r);
  const interaction = useQuery({
    queryKey: ['interactions', 'item', r?.interactionId],
    queryFn: () =>
      get<Partial<InteractionRow> & Pick<InteractionRow, 'id' | 'occurredAt'>>(`/interactions/${r!.interactionId}`),
    enabled: !!r?.interactionId && can('interactions:read'),
  });
  const when = (iso: string) => formatDateTime(iso, language, me.org.timeZone);
  const canAnnotate = can('responses:annotate');

  return (
    <>
      <p className="breadcrumb">
        <Link href="/responses">← {t('web.nav.responses')}</Link>
      </p>
      {response.isPending ? <p role="status">{t('web.common.loading')}</p> : null}
      <ErrorBanner error={response.error} />
      {r ? (
        <>
          <div className="page-header">
            <h1>{r.surveyName ?? t('web.responses.response')}</h1>
            <ScoreChips r={r} />
          </div>
          <dl className="details">
            <div>
              <dt>{t('web.responses.submitted')}</dt>
              <dd>
                {when(r.submittedAt)}
                {r.status === 'partial' ? <span className="badge">{t('web.responses.partial')}</span> : null}
              </dd>
            </div>
            <div>
              <dt>{t('web.interactions.customer')}</dt>
              <dd>
                {r.customerId && can('customers:read') ? (
                  <Link href={`/customers/${r.customerId}`}>{r.customerName ?? t('web.customers.unnamed')}</Link>
                ) : (
                  (r.customerName ?? '—')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('web.responses.interaction')}</dt>
              <dd data-testid="response-interaction">
                {r.interactionId ? (
                  <>
                    {interaction.data
                      ? `${when(interaction.data.occurredAt)}${interaction.data.touchpointName ? ` · ${interaction.data.touchpointName}` : ''}`
                      : t('web.responses.interactionLinked')}
                    {r.customerId && can('customers:read') ? (
                      <>
                        {' '}
                        <Link href={`/customers/${r.customerId}`}>{t('web.responses.inHistory')}</Link>
                      </>
                    ) : null}
                  </>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>{t('web.interactions.touchpoint')}</dt>
              <dd>{r.touchpointName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.interactions.location')}</dt>
              <dd>{r.locationName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.interactions.staff')}</dt>
              <dd>{r.staffName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.responses.channel')}</dt>
              <dd>{t(`web.responses.channel.${r.channel}`)}</dd>
            </div>
            <div>
              <dt>{t('web.common.language')}</dt>
              <dd>{r.language}</dd>
            </div>
          </dl>
          <section aria-labelledby="answers-title">
            <h2 id="answers-title">{t('web.responses.answers')}</h2>
            {survey.isPending && r.surveyId ? (
              <p className="muted">{t('web.common.loading')}</p>
            ) : (
              <Answers answers={r.answers} survey={survey.data} />
            )}
          </section>
          {r.comment ? (
            <section aria-labelledby="text-labels-title">
              <h2 id="text-labels-title">{t('web.text.section')}</h2>
              <CommentLabels response={r} canCorrect={canAnnotate} />
            </section>
          ) : null}
          <section aria-labelledby="tags-title">
            <h2 id="tags-title">{t('web.responses.tags')}</h2>
            <TagsEditor responseId={r.id} tags={r.tags} canEdit={canAnnotate} />
          </section>
          <section aria-labelledby="notes-title">
            <h2 id="notes-title">{t('web.responses.notes')}</h2>
            <Notes response={r} canAdd={canAnnotate} />
          </section>
        </>
      ) : null}
    </>
  );
}
