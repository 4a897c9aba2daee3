import { createHash } from 'node:crypto';
import { EVENT_TYPES, type EventType } from '../shared/events.ts';
import { newId } from './db/ids.ts';
import type { Jobs, SqlExecutor } from './jobs/jobs.ts';

/**
 * Domain events other systems may subscribe to (webhooks today). Emitting is one job insert, so it
 * is cheap enough for the response ingestion path; the `events.dispatch` worker does the fan-out.
 */
export { EVENT_TYPES, type EventType };

export type DomainEvent = {
  /** Stable for this event: a receiver sees it again only if we deliver the same event again. */
  id: string;
  orgId: string;
  type: EventType;
  occurredAt: string;
  payload: unknown;
};

declare module './jobs/jobs.ts' {
  interface JobPayloads {
    'events.dispatch': DomainEvent;
  }
}

export type EventInput = { orgId: string; type: EventType; payload: unknown; id?: string; occurredAt?: Date };
/**
 * `db` enqueues inside the caller's transaction, so the event exists exactly when the change does.
 * `wants`, when present, tells beforehand whether an event would be enqueued at all (a writer
 * opens a transaction only for rows whose events someone wants); `wanted: true` then skips asking
 * again (no query for the subscriptions while the caller holds a connection in a transaction).
 */
export type EmitOptions = { db?: SqlExecutor; wanted?: boolean };
export type Emit = ((event: EventInput, opts?: EmitOptions) => Promise<void>) & {
  wants?: (orgId: string, type: EventType) => Promise<boolean>;
};

export async function emit(jobs: Jobs, event: EventInput, opts: { db?: SqlExecutor } = {}): Promise<void> {
  const data: DomainEvent = {
    id: event.id ?? newId(),
    orgId: event.orgId,
    type: event.type,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    payload: event.payload,
  };
  await jobs.send('events.dispatch', data, opts.db ? { db: opts.db } : undefined);
}

/** Whether anyone of the organisation wants this type; an event nobody wants is not enqueued at all. */
export type Listens = (orgId: string, type: EventType) => Promise<boolean>;

export const emitter = (jobs: Jobs, listens?: Listens): Emit =>
  Object.assign(
    async (event: EventInput, opts?: EmitOptions) => {
      if (listens && !opts?.wanted && !(await listens(event.orgId, event.type))) return;
      await emit(jobs, event, opts);
    },
    { wants: async (orgId: string, type: EventType) => !listens || (await listens(orgId, type)) },
  );

/**
 * A UUID derived from what the event is about (e.g. `response.created` of response X): emitting
 * the same fact twice (a retry, a race) gives receivers the same event id to deduplicate on.
 */
export function stableEventId(type: EventType, subjectId: string): string {
  const h = createHash('sha256').update(`${type}:${subjectId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Facts one module states in-process for others to act on, so the module that states a fact imports
 * none of those that act on it. Each module declares its facts by merging into `Facts` (name → what
 * the subscribers get) and, when the stater wants an answer back, `FactAnswers`; the composition root
 * (src/server/subscribers.ts) subscribes. Subscribers run one after another and are awaited, with the
 * stater's database handle: inside its transaction when it has one, so all of it happens or none.
 */
export interface Facts {}
export interface FactAnswers {}
type Answer<K extends keyof Facts> = K extends keyof FactAnswers ? FactAnswers[K] : void;
type Subscriber<K extends keyof Facts> = (fact: Facts[K]) => Promise<Answer<K>>;

const subscribers = new Map<keyof Facts, Subscriber<never>[]>();

export function subscribe<K extends keyof Facts>(type: K, subscriber: Subscriber<K>): void {
  subscribers.set(type, [...(subscribers.get(type) ?? []), subscriber as Subscriber<never>]);
}

/** States a fact; answers what each subscriber answered, in the order they subscribed. */
export async function state<K extends keyof Facts>(type: K, fact: Facts[K]): Promise<Answer<K>[]> {
  const answers: Answer<K>[] = [];
  for (const s of (subscribers.get(type) ?? []) as unknown as Subscriber<K>[]) answers.push(await s(fact));
  return answers;
}
