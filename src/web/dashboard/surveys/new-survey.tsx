import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { ApiError } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, ListState } from '../lib/ui.tsx';
import { useCreateSurvey, useSurveyTemplates, type SurveyCreate } from './hooks.ts';

const TEMPLATE_NAMES: Record<string, MessageKey> = {
  post_visit_nps: 'web.surveys.template.post_visit_nps',
  support_csat: 'web.surveys.template.support_csat',
  booking_ces: 'web.surveys.template.booking_ces',
  product_quality: 'web.surveys.template.product_quality',
  employee_enps: 'web.surveys.template.employee_enps',
};

/** Start a survey: from a template or blank (both open the builder unsaved), or import an exported JSON file. */
export function NewSurvey() {
  const t = useT();
  const [, navigate] = useLocation();
  const templates = useSurveyTemplates();
  const create = useCreateSurvey();
  const [fileError, setFileError] = useState<unknown>(null);
  const items = templates.data?.items ?? [];

  const importFile = async (file: File) => {
    setFileError(null);
    let def: SurveyCreate;
    try {
      def = JSON.parse(await file.text()) as SurveyCreate;
    } catch {
      setFileError(new ApiError(400, 'invalid', t('web.surveys.importNotJson')));
      return;
    }
    // An imported survey starts as a draft: nobody is invited before someone has looked at it here.
    create.mutate({ ...def, status: 'draft' }, { onSuccess: (s) => navigate(`/surveys/${s.id}`) });
  };

  return (
    <div className="new-survey">
      <h3>{t('web.surveys.fromTemplate')}</h3>
      <ListState isPending={templates.isPending} error={templates.error} empty={items.length === 0} emptyText="—" />
      <ul className="templates">
        {items.map((tpl) => (
          <li key={tpl.key} className="template">
            <Link href={`/surveys/new?template=${encodeURIComponent(tpl.key)}`} className="template-link">
              <strong>{TEMPLATE_NAMES[tpl.key] ? t(TEMPLATE_NAMES[tpl.key]!) : tpl.definition.name}</strong>
              <span className="muted small">
                {t('web.surveys.questionCount', { n: tpl.definition.questions.length })} ·{' '}
                {tpl.definition.languages.join(', ')}
              </span>
            </Link>
          </li>
        ))}
        <li className="template">
          <Link href="/surveys/new" className="template-link">
            <strong>{t('web.surveys.fromScratch')}</strong>
            <span className="muted small">{t('web.surveys.fromScratchHint')}</span>
          </Link>
        </li>
      </ul>
      <h3>{t('web.surveys.importJson')}</h3>
      <p className="field-hint">{t('web.surveys.importHint')}</p>
      <label className="file-pick">
        <span className="visually-hidden">{t('web.surveys.importJson')}</span>
        <input
          type="file"
          accept="application/json,.json"
          disabled={create.isPending}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void importFile(f);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <ErrorBanner error={fileError ?? create.error} />
      {create.error instanceof ApiError && Object.keys(create.error.fields).length ? (
        <ul className="error-list">
          {Object.entries(create.error.fields).map(([k, v]) => (
            <li key={k}>
              <code>{k}</code>: {v}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
