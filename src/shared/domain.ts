/** Domain vocabularies shared by server, dashboard and CSV import. */
export const ROLES = ['owner', 'manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const TOUCHPOINT_KINDS = ['product', 'brand', 'service'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

/** Customer journey stages, in the order a customer meets them. */
export const JOURNEY_STAGES = ['awareness', 'consideration', 'purchase', 'service', 'after_sales', 'loyalty'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const TOUCHPOINT_CHANNELS = [
  'in_person',
  'phone',
  'web',
  'email',
  'app',
  'messenger',
  'social',
  'other',
] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

export const LANGUAGES = ['en', 'ru', 'bg'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The part of the day a piece of work falls in: audits are read by shift, not by name. */
export const SHIFTS = ['morning', 'day', 'evening', 'night'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Case priorities, lowest first. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A comment's sentiment and emotion, as the text analyser labels them. */
export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const EMOTIONS = [
  'anger',
  'frustration',
  'disappointment',
  'neutral',
  'satisfaction',
  'joy',
  'gratitude',
] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** RFM segments, best first. */
export const SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new',
  'at_risk',
  'cant_lose',
  'hibernating',
  'lost',
] as const;
export type Segment = (typeof SEGMENTS)[number];
/** What response metrics filter and break down by: a known customer's current segment, or none yet. */
export const CUSTOMER_SEGMENTS = [...SEGMENTS, 'no_purchases'] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];

/** Where a survey response came from. */
export const RESPONSE_CHANNELS = [
  'link',
  'public',
  'qr',
  'email',
  'widget',
  'api',
  'import',
  'telegram',
  'viber',
] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const CASE_STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed_no_contact'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const INVITATION_STATUSES = [
  'scheduled',
  'sent',
  'opened',
  'answered',
  'bounced',
  'expired',
  'skipped',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Messengers and SMS: the channels beside email that reach a customer (see modules/messaging). */
export const MESSAGING_CHANNELS = ['telegram', 'viber', 'whatsapp', 'sms'] as const;
export type MessagingChannel = (typeof MESSAGING_CHANNELS)[number];
/** What a message can go by, in the owner's fallback order. */
export const DELIVERY_CHANNELS = ['email', ...MESSAGING_CHANNELS] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const MESSAGE_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'received'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
