import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TOUCHPOINT_KINDS, type TouchpointKind } from '../../../shared/domain.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, Panel } from '../lib/ui.tsx';
import { useRelabelStatus, useSaveTaxonomy, useTaxonomy, useTextFeatures, type Taxonomy } from './hooks.ts';
import { isDefaultTopic } from './hooks.ts';
import { topicName } from './labels.tsx';
import './text.css';

const LANGS = ['en', 'ru', 'bg'] as const;
type Lang = (typeof LANGS)[number];
const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', bg: 'Български' };
const TOPIC_ID = /^[a-z][a-z0-9_]{0,49}$/;

type DraftTopic = { id: string; kind: TouchpointKind; terms: Record<Lang, string[]> };
type Draft = { topics: DraftTopic[]; fallback: string };

const toDraft = (d: Taxonomy): Draft => ({
  fallback: d.fallback ?? 'other',
  topics: d.topics.map((x) => ({
    id: x.id,
    kind: x.kind,
    terms: { en: [...(x.terms.en ?? [])], ru: [...(x.terms.ru ?? [])], bg: [...(x.terms.bg ?? [])] },
  })),
});

/** Settings: the organisation's comment topics, their terms in each language, and the relabel that follows a change. */
export default function TaxonomyPanel() {
  const features = useTextFeatures();
  if (!features.taxonomy) return null;
  return <TaxonomyEditor />;
}

function TaxonomyEditor() {
  const { t } = useI18n();
  const taxonomy = useTaxonomy();
  const save = useSaveTaxonomy();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [lang, setLang] = useState<Lang>('en');
  const [saved, setSaved] = useState(false);
  const [newId, setNewId] = useState('');
  const [newKind, setNewKind] = useState<TouchpointKind>('service');
  const [newIdError, setNewIdError] = useState('');
  const status = useRelabelStatus(true);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (taxonomy.data && !draft) setDraft(toDraft(taxonomy.data));
  }, [taxonomy.data, draft]);
  if (!draft)
    return (
      <Panel title={t('web.text.taxonomyTitle')}>
        {taxonomy.error ? <ErrorBanner error={taxonomy.error} /> : <p className="muted">{t('web.common.loading')}</p>}
      </Panel>
    );

  const dirty = !!taxonomy.data && JSON.stringify(toDraft(taxonomy.data)) !== JSON.stringify(draft);
  const update = (fn: (d: Draft) => Draft) => {
    setSaved(false);
    setDraft((d) => (d ? fn(d) : d));
  };
  const setTopic = (id: string, fn: (x: DraftTopic) => DraftTopic) =>
    update((d) => ({ ...d, topics: d.topics.map((x) => (x.id === id ? fn(x) : x)) }));
  const addTopic = () => {
    const id = newId.trim();
    if (!TOPIC_ID.test(id)) return setNewIdError(t('web.text.topicIdInvalid'));
    if (draft.topics.some((x) => x.id === id)) return setNewIdError(t('web.text.topicExists'));
    setNewIdError('');
    setNewId('');
    update((d) => ({ ...d, topics: [...d.topics, { id, kind: newKind, terms: { en: [], ru: [], bg: [] } }] }));
  };
  const onTabKey = (e: KeyboardEvent, i: number) => {
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (to === null) return;
    const next = (to + LANGS.length) % LANGS.length;
    setLang(LANGS[next]!);
    tabs.current[next]?.focus();
    e.preventDefault();
  };
  const submit = () =>
    save.mutate(
      { topics: draft.topics.map((x) => ({ id: x.id, kind: x.kind, terms: x.terms })), fallback: draft.fallback },
      {
        onSuccess: (d) => {
          setDraft(toDraft(d));
          setSaved(true);
          void status.refetch();
        },
      },
    );
  const run = status.data?.run ?? null;
  const errors = fieldErrors(save.error);

  return (
    <Panel title={t('web.text.taxonomyTitle')}>
      <div className="taxonomy" data-testid="taxonomy-editor">
        <p className="muted">{taxonomy.data?.isDefault ? t('web.text.taxonomyDefault') : t('web.text.taxonomyHint')}</p>
        <p className="muted small">{t('web.text.termSyntax')}</p>
        <div role="tablist" aria-label={t('web.text.termLanguages')} className="text-tabs">
          {LANGS.map((l, i) => (
            <button
              key={l}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`taxonomy-tab-${l}`}
              aria-selected={l === lang}
              aria-controls="taxonomy-terms"
              tabIndex={l === lang ? 0 : -1}
              className="text-tab"
              onClick={() => setLang(l)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              <span className="lang-code">{l}</span> {LANG_NAMES[l]}
            </button>
          ))}
        </div>
        <div id="taxonomy-terms" role="tabpanel" aria-labelledby={`taxonomy-tab-${lang}`}>
          <ul className="taxonomy-topics">
            {draft.topics.map((x) => (
              <TopicEditor
                key={x.id}
                topic={x}
                isNew={!taxonomy.data?.topics.some((y) => y.id === x.id)}
                lang={lang}
                isFallback={x.id === draft.fallback}
                onKind={(kind) => setTopic(x.id, (y) => ({ ...y, kind }))}
                onTerms={(terms) => setTopic(x.id, (y) => ({ ...y, terms: { ...y.terms, [lang]: terms } }))}
                onRemove={() => update((d) => ({ ...d, topics: d.topics.filter((y) => y.id !== x.id) }))}
              />
            ))}
          </ul>
        </div>
        <div className="taxonomy-add">
          <label>
            <span>{t('web.text.newTopicId')}</span>
            <input
              value={newId}
              aria-invalid={newIdError ? true : undefined}
              placeholder="parking"
              onChange={(e) => setNewId(e.target.value.toLowerCase())}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTopic();
                }
              }}
            />
          </label>
          <label>
            <span>{t('web.text.kind')}</span>
            <select value={newKind} onChange={(e) => setNewKind(e.target.value as TouchpointKind)}>
              {TOUCHPOINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`web.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={addTopic}>
            {t('web.text.addTopic')}
          </button>
          {newIdError ? (
            <small className="field-error" role="alert">
              {newIdError}
            </small>
          ) : null}
        </div>
        <div className="field taxonomy-fallback">
          <label htmlFor="taxonomy-fallback">{t('web.text.fallback')}</label>
          <select
            id="taxonomy-fallback"
            value={draft.fallback}
            onChange={(e) => update((d) => ({ ...d, fallback: e.target.value }))}
          >
            {draft.topics.map((x) => (
              <option key={x.id} value={x.id}>
                {topicName(t, x.id)}
              </option>
            ))}
          </select>
        </div>
        <ErrorBanner error={save.error} />
        {errors.topics ? <p className="field-error">{errors.topics}</p> : null}
        <div className="form-actions">
          <button type="button" className="btn btn-primary" disabled={!dirty || save.isPending} onClick={submit}>
            {save.isPending ? t('web.common.saving') : t('web.text.saveTaxonomy')}
          </button>
          {dirty ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => taxonomy.data && update(() => toDraft(taxonomy.data))}
            >
              {t('web.text.discard')}
            </button>
          ) : null}
          {saved && !dirty ? (
            <span className="muted" role="status">
              {t('web.common.saved')}
            </span>
          ) : null}
        </div>
        {run ? (
          <div className="relabel" data-testid="relabel-status" role="status">
            {run.state === 'running' ? (
              <>
                <span>{t('web.text.relabelRunning', { done: run.done, total: run.total })}</span>
                <progress max={Math.max(1, run.total)} value={run.done} aria-label={t('web.text.relabelProgress')} />
              </>
            ) : (
              <span>{t('web.text.relabelDone', { total: run.total })}</span>
            )}
          </div>
        ) : null}
      </div>
    </Panel>
  );
}

type TopicProps = {
  topic: DraftTopic;
  isNew: boolean;
  lang: Lang;
  isFallback: boolean;
  onKind: (k: TouchpointKind) => void;
  onTerms: (terms: string[]) => void;
  onRemove: () => void;
};

function TopicEditor({ topic, isNew, lang, isFallback, onKind, onTerms, onRemove }: TopicProps) {
  const { t } = useI18n();
  const [term, setTerm] = useState('');
  const terms = topic.terms[lang];
  const name = topicName(t, topic.id);
  const add = () => {
    const fresh = term
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s && !terms.includes(s));
    if (fresh.length) onTerms([...terms, ...new Set(fresh)]);
    setTerm('');
  };
  return (
    <li className="taxonomy-topic" data-testid="taxonomy-topic" aria-label={name}>
      <details open={isNew}>
        <summary>
          <strong>{name}</strong>
          {isDefaultTopic(topic.id) ? null : <span className="muted small mono">{topic.id}</span>}
          <span className={`badge badge-${topic.kind}`}>{t(`web.kind.${topic.kind}`)}</span>
          <span className="muted small">{t('web.text.termCount', { n: terms.length, lang })}</span>
        </summary>
        <div className="taxonomy-topic-body">
          <div className="taxonomy-topic-head">
            <label className="taxonomy-kind">
              <span>{t('web.text.kind')}</span>
              <select
                value={topic.kind}
                onChange={(e) => onKind(e.target.value as TouchpointKind)}
                aria-label={t('web.text.kindOf', { topic: name })}
              >
                {TOUCHPOINT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`web.kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn btn-small btn-ghost btn-danger"
              onClick={onRemove}
              disabled={isFallback}
              title={isFallback ? t('web.text.fallbackKept') : undefined}
            >
              {t('web.text.removeTopic', { topic: name })}
            </button>
          </div>
          <ul className="term-list" aria-label={t('web.text.termsOf', { topic: name, lang })}>
            {terms.length === 0 ? <li className="muted small">{t('web.text.noTerms')}</li> : null}
            {terms.map((x) => (
              <li key={x} className="term">
                {x}
                <button
                  type="button"
                  className="term-remove"
                  aria-label={t('web.text.removeTerm', { term: x })}
                  onClick={() => onTerms(terms.filter((y) => y !== x))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="term-add">
            <label>
              <span className="visually-hidden">{t('web.text.newTermFor', { topic: name })}</span>
              <input
                value={term}
                placeholder={t('web.text.newTerm')}
                aria-label={t('web.text.newTermFor', { topic: name })}
                onChange={(e) => setTerm(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </label>
            <button type="button" className="btn btn-small" onClick={add} disabled={!term.trim()}>
              {t('web.text.addTerm')}
            </button>
          </div>
        </div>
      </details>
    </li>
  );
}
