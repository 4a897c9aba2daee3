import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { QuestionType } from '../../../shared/survey-definition.ts';
import { downloadText } from '../lib/features.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, PageHeader, TextField } from '../lib/ui.tsx';
import {
  blankDraft,
  dropBrokenConditions,
  errorAt,
  fromDefinition,
  missingCount,
  move,
  newQuestion,
  QUESTION_TYPES,
  toBody,
  type Draft,
} from './draft.ts';
import {
  exportSurvey,
  SURVEY_STATUSES,
  useCreateSurvey,
  useSurvey,
  useSurveyTemplates,
  useUpdateSurvey,
  type Survey,
} from './hooks.ts';
import { InvitationStats } from './invitation-stats.tsx';
import { LanguageTabs } from './language-tabs.tsx';
import { LocalizedField } from './localized-field.tsx';
import { PublicLink } from './public-link.tsx';
import { QrCodes } from './qr-codes.tsx';
import { QuestionEditor } from './question-editor.tsx';
import { SurveySettings } from './survey-settings.tsx';
import './surveys.css';

/** /surveys/new (blank, or `?template=key`) and /surveys/:id: the same builder, keyed so each starts fresh. */
export function SurveyBuilderPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const templateKey = params.get('template');
  const survey = useSurvey(id, !isNew);
  const templates = useSurveyTemplates();

  if (isNew) {
    if (templateKey && templates.isPending) return <p role="status">{t('web.common.loading')}</p>;
    const template = templateKey ? templates.data?.items.find((x) => x.key === templateKey) : undefined;
    const initial = template ? fromDefinition(template.definition) : blankDraft(me.org.defaultLanguage ?? language);
    return <Builder key={`new-${templateKey ?? ''}`} initial={initial} />;
  }
  if (survey.isPending) return <p role="status">{t('web.common.loading')}</p>;
  if (!survey.data) return <ErrorBanner error={survey.error} />;
  return <Builder key={survey.data.id} initial={fromDefinition(survey.data, survey.data)} survey={survey.data} />;
}

function Builder({ initial, survey }: { initial: Draft; survey?: Survey }) {
  const { t, language: uiLanguage } = useI18n();
  const { can } = useSession();
  const [, navigate] = useLocation();
  const canWrite = can('surveys:write');
  const [draft, setDraft] = useState(initial);
  const [lang, setLang] = useState(() => (initial.languages.includes(uiLanguage) ? uiLanguage : initial.languages[0]!));
  const [addType, setAddType] = useState<QuestionType>('nps');
  const [saved, setSaved] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const create = useCreateSurvey();
  const update = useUpdateSurvey();
  const save = survey ? update : create;
  const errors = fieldErrors(save.error);
  const change = (d: Draft) => {
    setDraft(d);
    setSaved(false);
  };
  const setQuestions = (qs: Draft['questions']) => change({ ...draft, questions: dropBrokenConditions(qs) });
  const activeLang = draft.languages.includes(lang) ? lang : draft.languages[0]!;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = toBody(draft);
    if (survey) update.mutate({ id: survey.id, body }, { onSuccess: () => setSaved(true) });
    else create.mutate(body, { onSuccess: (s) => navigate(`/surveys/${s.id}`, { replace: true }) });
  };
  const onExport = async () => {
    if (!survey) return;
    setExportError(null);
    try {
      const def = await exportSurvey(survey.id);
      downloadText(
        `${survey.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'survey'}.json`,
        JSON.stringify(def, null, 2),
      );
    } catch (err) {
      setExportError(err);
    }
  };

  return (
    <form className="builder" onSubmit={onSubmit} noValidate>
      <p className="breadcrumb">
        <Link href="/surveys">← {t('web.nav.surveys')}</Link>
      </p>
      <PageHeader title={survey ? survey.name : t('web.surveys.new')}>
        {survey ? (
          <>
            <Link className="btn" href={`/surveys/${survey.id}/results`}>
              {t('web.results.link')}
            </Link>
            <a className="btn" href={survey.publicUrl} target="_blank" rel="noopener">
              {t('web.surveys.preview')}
            </a>
            <button type="button" className="btn" onClick={onExport}>
              {t('web.surveys.exportJson')}
            </button>
          </>
        ) : null}
        {canWrite ? (
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('web.common.saving') : t('web.common.save')}
          </button>
        ) : null}
      </PageHeader>
      <ErrorBanner error={save.error ?? exportError} />
      {saved ? (
        <p className="alert alert-success" role="status">
          {t('web.common.saved')}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="survey-main">
        <h2 id="survey-main">{t('web.surveys.survey')}</h2>
        <fieldset className="bare form-row" disabled={!canWrite}>
          <TextField
            label={t('web.common.name')}
            value={draft.name}
            required
            maxLength={200}
            onChange={(e) => change({ ...draft, name: e.target.value })}
            error={errorAt(errors, 'name')}
          />
          <div className={errorAt(errors, 'status') ? 'field field-invalid' : 'field'}>
            <label htmlFor="survey-status">{t('web.common.status')}</label>
            <select
              id="survey-status"
              value={draft.status}
              onChange={(e) => change({ ...draft, status: e.target.value as Draft['status'] })}
            >
              {SURVEY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`web.surveys.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        {survey ? (
          <div className="field">
            <span className="field-label">{t('web.surveys.publicLink')}</span>
            <PublicLink url={survey.publicUrl} />
            {survey.status !== 'active' ? (
              <small className="field-hint">{t('web.surveys.publicLinkInactive')}</small>
            ) : null}
          </div>
        ) : (
          <p className="field-hint">{t('web.surveys.linkAfterSave')}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="survey-texts">
        <h2 id="survey-texts">{t('web.surveys.questionsAndTexts')}</h2>
        <LanguageTabs
          languages={draft.languages}
          active={activeLang}
          missing={(l) => missingCount(draft, l)}
          panelId="survey-lang-panel"
          onSelect={setLang}
          disabled={!canWrite}
          error={errorAt(errors, 'languages')}
          onAdd={(l) => {
            change({ ...draft, languages: [...draft.languages, l] });
            setLang(l);
          }}
          onRemove={(l) => {
            change({ ...draft, languages: draft.languages.filter((x) => x !== l) });
            setLang(draft.languages.find((x) => x !== l)!);
          }}
        />
        <fieldset
          id="survey-lang-panel"
          role="tabpanel"
          aria-labelledby={`tab-${activeLang}`}
          className="bare lang-panel"
          disabled={!canWrite}
        >
          <LocalizedField
            label={t('web.surveys.title')}
            texts={draft.title}
            language={activeLang}
            needed={false}
            onChange={(title) => change({ ...draft, title })}
            error={errorAt(errors, 'title')}
          />
          <LocalizedField
            label={t('web.surveys.introText')}
            texts={draft.intro}
            language={activeLang}
            needed={false}
            multiline
            onChange={(intro) => change({ ...draft, intro })}
            error={errorAt(errors, 'intro')}
          />
          {errors.questions ? <p className="field-error">{errors.questions}</p> : null}
          <ol className="questions">
            {draft.questions.map((q, i) => (
              <QuestionEditor
                key={q.id}
                question={q}
                index={i}
                earlier={draft.questions.slice(0, i)}
                count={draft.questions.length}
                language={activeLang}
                errors={errors}
                onChange={(next) => setQuestions(draft.questions.map((x, j) => (j === i ? next : x)))}
                onMove={(to) => setQuestions(move(draft.questions, i, to))}
                onRemove={() => setQuestions(draft.questions.filter((_, j) => j !== i))}
              />
            ))}
          </ol>
          {canWrite ? (
            <div className="add-question">
              <label>
                <span>{t('web.surveys.newQuestionType')}</span>
                <select value={addType} onChange={(e) => setAddType(e.target.value as QuestionType)}>
                  {QUESTION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`web.surveys.type.${type}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="btn"
                onClick={() => setQuestions([...draft.questions, newQuestion(addType, draft.questions)])}
              >
                {t('web.surveys.addQuestion')}
              </button>
            </div>
          ) : null}
          <LocalizedField
            label={t('web.surveys.thanks')}
            texts={draft.thanks}
            language={activeLang}
            needed={false}
            multiline
            onChange={(thanks) => change({ ...draft, thanks })}
            error={errorAt(errors, 'thanks')}
          />
        </fieldset>
      </section>

      <fieldset className="bare" disabled={!canWrite}>
        <section className="panel" aria-labelledby="survey-invites">
          <h2 id="survey-invites">{t('web.surveys.invitations')}</h2>
          <SurveySettings draft={draft} errors={errors} onChange={change} />
        </section>
      </fieldset>
      {survey ? <InvitationStats surveyId={survey.id} /> : null}
      {survey ? <QrCodes surveyId={survey.id} slug={survey.slug} publicUrl={survey.publicUrl} /> : null}
      {canWrite ? (
        <div className="form-actions builder-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t('web.common.saving') : t('web.common.save')}
          </button>
          {Object.keys(errors).length ? <span className="field-error">{t('web.error.invalid')}</span> : null}
        </div>
      ) : null}
    </form>
  );
}
