/** The invitations module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
import * as invitationsRepoDoor from './invitations.repo.ts';
export { deliver, isPermanentMailError } from './delivery.ts';
export type { InvitationRow } from './invitations.repo.ts';
import * as invitationsServiceDoor from './invitations.service.ts';
export { invitationRoutes } from './invitations.routes.ts';
export type { ChannelRoute, Dispatch, Dispatchable, DispatchOutcome, InvitationMessage } from './messenger.ts';
export const invitationsService = {
  get: invitationsServiceDoor.get,
  invitationRow: invitationsServiceDoor.invitationRow,
  markAnsweredInChat: invitationsServiceDoor.markAnsweredInChat,
};
export { DEFAULT_BRAND_COLOR, escapeHtml, mailLanguage, safeColor } from './invite-email.ts';
export { STALE_AFTER_DAYS, sendTime } from './schedule.ts';
export { afterInteractionsCreated } from './trigger-hook.ts';
export { runTrigger } from './trigger.ts';
export const invitationsRepo = {
  create: invitationsRepoDoor.create,
  findByToken: invitationsRepoDoor.findByToken,
  lockForDelivery: invitationsRepoDoor.lockForDelivery,
  setChannel: invitationsRepoDoor.setChannel,
  markAnswered: invitationsRepoDoor.markAnswered,
  markOpened: invitationsRepoDoor.markOpened,
  setStatus: invitationsRepoDoor.setStatus,
};
