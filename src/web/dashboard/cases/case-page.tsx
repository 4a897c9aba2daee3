import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formString, formText, SelectField, TextArea } from '../lib/ui.tsx';
import { useAllStaff } from '../staff/hooks.ts';
import { Due, PriorityBadge, StatusBadge } from './bits.tsx';
import { CustomerHistory } from './customer-history.tsx';
import {
  CONTACT_METHODS,
  isOpen,
  PRIORITIES,
  rootCauseName,
  useAddCaseEvent,
  useRootCauses,
  useCase,
  usePatchCase,
  type CaseDetail,
  type CaseStatus,
  type ContactMethod,
  type Priority,
} from './hooks.ts';
import { OriginResponse } from './origin-response.tsx';
import { ResolveDialog } from './resolve-dialog.tsx';
import { Timeline } from './timeline.tsx';
import { WriteToCustomer } from '../channels/write-to-customer.tsx';
import './cases.css';

/** One case: who is unhappy and why, who owns it and by when, everything done so far, and what to do next. */
export function CasePage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const theCase = useCase(id);
  const c = theCase.data;
  const causes = useRootCauses();
  const canWrite = can('cases:write');

  return (
    <>
      <p className="breadcrumb">
        <Link href="/cases">← {t('web.nav.cases')}</Link>
      </p>
      {theCase.isPending ? <p role="status">{t('web.common.loading')}</p> : null}
      <ErrorBanner error={theCase.error} />
      {c ? (
        <>
          <div className="page-header case-header">
            <h1>
              <span className="case-number">#{c.number}</span> {c.title}
            </h1>
            <span className="chips">
              <StatusBadge status={c.status} />
              <PriorityBadge priority={c.priority} />
              {c.overdue ? <span className="badge badge-overdue">{t('web.cases.overdue')}</span> : null}
            </span>
          </div>
          {canWrite ? <StatusActions c={c} /> : null}
          <dl className="details case-details">
            <div>
              <dt>{t('web.cases.due')}</dt>
              <dd data-testid="case-due">
                <Due c={c} />
              </dd>
            </div>
            <div>
              <dt>{t('web.cases.owner')}</dt>
              <dd>
                {canWrite ? <OwnerPicker key={c.ownerId ?? ''} c={c} /> : (c.ownerName ?? t('web.cases.unassigned'))}
              </dd>
            </div>
            <div>
              <dt>{t('web.cases.priority')}</dt>
              <dd>{canWrite ? <PriorityPicker c={c} /> : t(`web.cases.priority.${c.priority}`)}</dd>
            </div>
            <div>
              <dt>{t('web.interactions.customer')}</dt>
              <dd>
                {c.customerId && can('customers:read') ? (
                  <Link href={`/customers/${c.customerId}`}>{c.customerName ?? t('web.customers.unnamed')}</Link>
                ) : (
                  (c.customerName ?? '—')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('web.interactions.location')}</dt>
              <dd>{c.locationName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.cases.source')}</dt>
              <dd>{t(`web.cases.source.${c.source}`)}</dd>
            </div>
            <div>
              <dt>{t('web.cases.opened')}</dt>
              <dd>{formatDateTime(c.openedAt, language, me.org.timeZone)}</dd>
            </div>
            {c.escalationLevel > 0 ? (
              <div>
                <dt>{t('web.cases.escalation')}</dt>
                <dd>{t('web.cases.escalationLevel', { n: c.escalationLevel })}</dd>
              </div>
            ) : null}
            {c.rootCauseId ? (
              <div>
                <dt>{t('web.cases.rootCause')}</dt>
                <dd>
                  {rootCauseName(
                    causes.data?.items.find((rc) => rc.id === c.rootCauseId),
                    language,
                  ) || '—'}
                </dd>
              </div>
            ) : null}
            {c.followUpScore !== null ? (
              <div>
                <dt>{t('web.cases.followUpScore')}</dt>
                <dd>{c.followUpScore}</dd>
              </div>
            ) : null}
          </dl>
          {c.resolution ? (
            <section aria-labelledby="resolution-title">
              <h2 id="resolution-title">{t('web.cases.resolution')}</h2>
              <p className="notes">{c.resolution}</p>
            </section>
          ) : null}
          <div className="case-columns">
            <div>
              <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{t('web.cases.timeline')}</h2>
                {canWrite ? <AddToTimeline c={c} /> : null}
                {canWrite && c.customerId ? <WriteToCustomer caseId={c.id} /> : null}
                <Timeline events={c.events} />
              </section>
            </div>
            <div>
              {c.responseId ? <OriginResponse responseId={c.responseId} /> : null}
              {c.customerId ? <CustomerHistory customerId={c.customerId} caseId={c.id} /> : null}
            </div>
          </div>
        </>
      ) : null}
    </>
  );
}

/** The next steps the case's status allows: start, wait for the customer, resolve, close without contact, reopen. */
function StatusActions({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const move = usePatchCase(c.id);
  const [resolving, setResolving] = useState(false);
  const to = (status: CaseStatus) => move.mutate({ status });
  const btn = (status: CaseStatus, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'btn btn-primary' : 'btn'}
      disabled={move.isPending}
      onClick={() => to(status)}
    >
      {label}
    </button>
  );
  return (
    <div className="case-actions" role="group" aria-label={t('web.cases.actions')}>
      {isOpen(c.status) ? (
        <>
          {c.status !== 'in_progress'
            ? btn('in_progress', c.status === 'new' ? t('web.cases.start') : t('web.cases.resume'), c.status === 'new')
            : null}
          {c.status !== 'waiting' ? btn('waiting', t('web.cases.wait')) : null}
          <button type="button" className="btn btn-primary" onClick={() => setResolving(true)}>
            {t('web.cases.resolve')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={move.isPending}
            onClick={() => {
              if (window.confirm(t('web.cases.confirmCloseNoContact'))) to('closed_no_contact');
            }}
          >
            {t('web.cases.closeNoContact')}
          </button>
        </>
      ) : (
        btn('in_progress', t('web.cases.reopen'))
      )}
      <ErrorBanner error={move.error} />
      {resolving ? <ResolveDialog c={c} onClose={() => setResolving(false)} /> : null}
    </div>
  );
}

function OwnerPicker({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const staff = useAllStaff();
  const assign = useAddCaseEvent(c.id);
  const [ownerId, setOwnerId] = useState(c.ownerId ?? '');
  const people = staff.items.filter((s) => s.active || s.id === c.ownerId);
  if (!people.length) return <>{c.ownerName ?? t('web.cases.unassigned')}</>;
  return (
    <form
      className="inline-pick"
      onSubmit={(e) => {
        e.preventDefault();
        if (ownerId && ownerId !== c.ownerId) assign.mutate({ type: 'assignment', ownerId });
      }}
    >
      <select aria-label={t('web.cases.owner')} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
        {c.ownerId ? null : <option value="">{t('web.cases.unassigned')}</option>}
        {people.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-small" disabled={assign.isPending || !ownerId || ownerId === c.ownerId}>
        {t('web.cases.reassign')}
      </button>
      <ErrorBanner error={assign.error} />
    </form>
  );
}

function PriorityPicker({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const change = usePatchCase(c.id);
  return (
    <>
      <select
        aria-label={t('web.cases.priority')}
        value={c.priority}
        disabled={change.isPending}
        onChange={(e) => change.mutate({ priority: e.target.value as Priority })}
      >
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`web.cases.priority.${p}`)}
          </option>
        ))}
      </select>
      <ErrorBanner error={change.error} />
    </>
  );
}

/** Two ways to add to the timeline: an internal note, or a logged contact with the customer. */
function AddToTimeline({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'note' | 'contact'>('contact');
  const add = useAddCaseEvent(c.id);
  const errors = fieldErrors(add.error);
  const [formKey, setFormKey] = useState(0);
  return (
    <div className="timeline-add">
      <div className="segmented" role="radiogroup" aria-label={t('web.cases.addToTimeline')}>
        {(['contact', 'note'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} onClick={() => setMode(m)}>
            {m === 'contact' ? t('web.cases.logContact') : t('web.cases.addNote')}
          </button>
        ))}
      </div>
      <form
        key={`${mode}-${formKey}`}
        className="form"
        aria-label={mode === 'contact' ? t('web.cases.logContact') : t('web.cases.addNote')}
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          const done = { onSuccess: () => setFormKey((k) => k + 1) };
          if (mode === 'note') add.mutate({ type: 'note', body: formString(fd, 'body') }, done);
          else
            add.mutate(
              {
                type: 'contact',
                method: formString(fd, 'method') as ContactMethod,
                outcome: formText(fd, 'outcome') ?? undefined,
                reached: fd.get('reached') === 'on',
              },
              done,
            );
        }}
      >
        <ErrorBanner error={add.error} />
        {mode === 'note' ? (
          <TextArea
            label={t('web.cases.note')}
            name="body"
            rows={3}
            required
            maxLength={10_000}
            hint={t('web.responses.notesHint')}
            error={errors.body}
          />
        ) : (
          <>
            <SelectField
              label={t('web.cases.contactMethod')}
              name="method"
              defaultValue="call"
              options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`web.cases.contact.${m}`) }))}
              error={errors.method}
            />
            <TextArea
              label={t('web.cases.outcome')}
              name="outcome"
              rows={3}
              maxLength={10_000}
              placeholder={t('web.cases.outcomeHint')}
              error={errors.outcome}
            />
            <Checkbox label={t('web.cases.reached')} name="reached" defaultChecked />
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={add.isPending}>
            {add.isPending
              ? t('web.common.saving')
              : mode === 'note'
                ? t('web.cases.addNote')
                : t('web.cases.logContact')}
          </button>
        </div>
      </form>
    </div>
  );
}
