import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useAllItems } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, FilterSelect, ListState, PageHeader } from '../lib/ui.tsx';
import { useDeliver, useSkip, useTodayTasks, type GestureTask } from './hooks.ts';

type Named = { id: string; name: string };

/** Staff at the counter: who in front of them is owed a gesture, delivered with one tap at today's visit. */
export function TodayPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const locations = useAllItems<Named>('locations', '/locations');
  const [locationId, setLocationId] = useState(me.staff?.locationIds?.[0] ?? '');
  const tasks = useTodayTasks(locationId);
  const items = [...(tasks.data?.items ?? [])].sort((a, b) => Number(b.visitingToday) - Number(a.visitingToday));
  return (
    <div className="page">
      <PageHeader title={t('recognition.today.title')} />
      <p className="field-hint">{t('recognition.today.intro')}</p>
      <div className="filters">
        <FilterSelect
          label={t('recognition.location')}
          value={locationId}
          onChange={setLocationId}
          allLabel={t('recognition.allLocations')}
          items={locations.items}
        />
      </div>
      <ListState
        isPending={tasks.isPending}
        error={tasks.error}
        empty={items.length === 0}
        emptyText={t('recognition.today.empty')}
      />
      {items.length > 0 && (
        <ul className="cards" data-testid="gestures-today">
          {items.map((task) => (
            <TaskCard key={task.id} task={task} staffId={me.staff?.id ?? null} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TaskCard({ task, staffId }: { task: GestureTask; staffId: string | null }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const deliver = useDeliver();
  const skip = useSkip();
  const [skipping, setSkipping] = useState(false);
  return (
    <li className="card" data-task={task.id}>
      <strong>{task.customerName ?? '—'}</strong> · {task.gestureName}{' '}
      <span className="muted">({t(`recognition.kind.${task.gestureKind}` as MessageKey)})</span>
      <div className="muted">
        {task.visitingToday ? <span className="badge">{t('recognition.today.visiting')}</span> : null}{' '}
        {t('recognition.today.due', { date: formatDateTime(task.dueAt, language, me.org.timeZone) })}
      </div>
      <div className="actions">
        {task.todayInteractionId && staffId ? (
          <button
            type="button"
            disabled={deliver.isPending}
            onClick={() => deliver.mutate({ id: task.id, staffId, interactionId: task.todayInteractionId! })}
          >
            {t('recognition.today.deliver')}
          </button>
        ) : null}
        {skipping ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const reason = String(new FormData(e.currentTarget).get('reason') ?? '').trim();
              if (reason) skip.mutate({ id: task.id, reason });
            }}
          >
            <input
              name="reason"
              aria-label={t('recognition.today.skipReason')}
              placeholder={t('recognition.today.skipReason')}
            />
            <button type="submit">{t('recognition.today.skip')}</button>
          </form>
        ) : (
          <button type="button" className="secondary" onClick={() => setSkipping(true)}>
            {t('recognition.today.skip')}
          </button>
        )}
      </div>
      <ErrorBanner error={deliver.error ?? skip.error} />
    </li>
  );
}
