import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import type { MessagingChannel } from '../../shared/domain.ts';
import { casesService as cases } from '../cases/index.ts';
import { customersService as customers } from '../customers/index.ts';
import { invitationsService as invitations } from '../invitations/index.ts';
import { reviewRequestExists } from '../reviews/index.ts';
import { bindingPayload } from './binding.ts';
import { DEFAULT_ORDER, hookSecretOf } from './connections.service.ts';
import type { CustomerChannelsInput } from './messaging.contract.ts';
import * as repo from './messaging.repo.ts';
import type { MessageRow } from './messaging.schema.ts';
import { reachable, sendMessage } from './sender.ts';
import { waNumber } from './whatsapp-api.ts';

const present = ({ orgId: _o, address: _a, providerId: _p, awaiting: _w, ...m }: MessageRow) => toDto(m);

export async function customerChannels(db: Db, actor: Actor, customerId: string) {
  await customers.get(db, actor, customerId);
  const rows = await repo.addresses(db, actor.orgId, customerId);
  const telegram = await repo.connection(db, actor.orgId, 'telegram');
  const link =
    telegram?.settings.botName && telegram.secret
      ? `https://t.me/${telegram.settings.botName}?start=${bindingPayload(customerId, hookSecretOf(telegram))}`
      : null;
  const viber = await repo.connection(db, actor.orgId, 'viber');
  const viberLink =
    viber?.settings.botName && viber.secret
      ? `viber://pa?chatURI=${viber.settings.botName}&context=${bindingPayload(customerId, hookSecretOf(viber))}`
      : null;
  return {
    viberLink,
    preferred: await repo.preferred(db, actor.orgId, customerId),
    addresses: rows.map((r) => ({
      channel: r.channel,
      address: r.address,
      consent: r.consentAt !== null,
      consentSource: r.consentSource,
      consentAt: r.consentAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    telegramLink: link,
  };
}

/**
 * Addresses typed in by staff. Consent is recorded with its source and the time it was given;
 * an unchanged consent keeps its original time.
 */
export async function updateCustomerChannels(db: Db, actor: Actor, customerId: string, input: CustomerChannelsInput) {
  await customers.get(db, actor, customerId);
  const current = new Map((await repo.addresses(db, actor.orgId, customerId)).map((r) => [r.channel, r]));
  for (const a of input.addresses ?? []) {
    if (a.address === null) {
      await repo.deleteAddress(db, actor.orgId, customerId, a.channel);
      continue;
    }
    if (a.channel === 'whatsapp') a.address = waNumber(a.address);
    const before = current.get(a.channel);
    const keep = a.consent && before?.consentAt && before.address === a.address;
    if (a.consent && !keep && !a.consentSource)
      throw invalid('Say how the customer agreed', {
        [`addresses.${a.channel}.consentSource`]: 'Required with consent',
      });
    await repo.saveAddress(db, {
      orgId: actor.orgId,
      customerId,
      channel: a.channel,
      address: a.address,
      consentAt: a.consent ? (keep ? before!.consentAt : new Date()) : null,
      consentSource: a.consent ? (keep ? before!.consentSource : a.consentSource!) : (a.consentSource ?? null),
    });
  }
  if (input.preferred !== undefined) await repo.setPreferred(db, actor.orgId, customerId, input.preferred);
  return customerChannels(db, actor, customerId);
}

export async function customerMessages(db: Db, actor: Actor, customerId: string) {
  await customers.get(db, actor, customerId);
  return { items: (await repo.list(db, actor.orgId, { customerId })).map(present) };
}

export async function invitationMessages(db: Db, actor: Actor, invitationId: string) {
  await invitations.get(db, actor, invitationId);
  return { items: (await repo.list(db, actor.orgId, { invitationId })).map(present) };
}

const presentAttempt = (a: Awaited<ReturnType<typeof repo.attempts>>[number]) => toDto(a);

/** Every channel each message to the customer was tried on, with the provider's answer. */
export async function customerDeliveries(db: Db, actor: Actor, customerId: string) {
  await customers.get(db, actor, customerId);
  return { items: (await repo.attempts(db, actor.orgId, { customerId })).map(presentAttempt) };
}

export async function invitationDeliveries(db: Db, actor: Actor, invitationId: string) {
  await invitations.get(db, actor, invitationId);
  return {
    items: (await repo.attempts(db, actor.orgId, { subject: 'invitation', subjectId: invitationId })).map(
      presentAttempt,
    ),
  };
}

export async function reviewRequestDeliveries(db: Db, actor: Actor, requestId: string) {
  if (!(await reviewRequestExists(db, actor.orgId, requestId))) throw notFound('Review request');
  return {
    items: (await repo.attempts(db, actor.orgId, { subject: 'review_request', subjectId: requestId })).map(
      presentAttempt,
    ),
  };
}

export async function caseMessages(deps: { db: Db; jobs: Jobs }, actor: Actor, caseId: string) {
  await cases.get(deps, actor, caseId);
  return { items: (await repo.list(deps.db, actor.orgId, { caseId })).map(present) };
}

/**
 * The case owner answers the customer from the case page: on the channel the customer last wrote
 * on, else the first the customer can be reached on (preferred, then the owner's order).
 */
export async function sendCaseMessage(deps: { db: Db; jobs: Jobs }, actor: Actor, caseId: string, text: string) {
  const { db } = deps;
  const theCase = await cases.get(deps, actor, caseId);
  if (!theCase.customerId) throw invalid('The case has no customer', { caseId: 'No customer to write to' });
  const lastIn = (await repo.list(db, actor.orgId, { caseId })).find((m) => m.direction === 'in');
  const preferred = await repo.preferred(db, actor.orgId, theCase.customerId);
  const order = [lastIn?.channel, preferred, ...((await repo.fallbackOrder(db, actor.orgId)) ?? DEFAULT_ORDER)];
  const tried: string[] = [];
  for (const channel of new Set(order)) {
    if (!channel || channel === 'email') continue;
    const target = await reachable(db, actor.orgId, theCase.customerId, channel as MessagingChannel);
    if ('reason' in target) {
      tried.push(target.reason);
      continue;
    }
    const sent = await sendMessage(db, target.connection, {
      orgId: actor.orgId,
      channel: channel as MessagingChannel,
      address: target.address,
      text,
      customerId: theCase.customerId,
      caseId,
    });
    await cases.recordMessage(db, actor.orgId, caseId, {
      direction: 'out',
      channel,
      text,
      messageId: sent.row.id,
      actorId: actor.staffId,
    });
    return present(sent.row);
  }
  throw invalid('The customer cannot be reached by a messenger', { text: tried.join('; ') || 'No channel' });
}
