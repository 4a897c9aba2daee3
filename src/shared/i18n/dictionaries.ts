import { advocacy } from './messages/advocacy.ts';
import { advocacyWeb } from './messages/advocacy-web.ts';
import { advocacyReplies } from './messages/advocacy-replies.ts';
import { analytics } from './messages/analytics.ts';
import { auditSchedules } from './messages/audit-schedules.ts';
import { cases } from './messages/cases.ts';
import { connectors } from './messages/connectors.ts';
import { customer } from './messages/customer.ts';
import { dashboard } from './messages/dashboard.ts';
import { emails } from './messages/emails.ts';
import { errors } from './messages/errors.ts';
import { csvImport } from './messages/import.ts';
import { home } from './messages/home.ts';
import { ideas } from './messages/ideas.ts';
import { messaging } from './messages/messaging.ts';
import { nav } from './messages/nav.ts';
import { orgSettings } from './messages/org-settings.ts';
import { recoveryContact } from './messages/recovery-contact.ts';
import { pdf } from './messages/pdf.ts';
import { respondent } from './messages/respondent.ts';
import { serverMessages } from './messages/server-messages.ts';
import { moduleErrorMessages } from './messages/module-errors.ts';
import { recognition } from './messages/recognition.ts';
import { results } from './messages/results.ts';
import { standards } from './messages/standards.ts';
import { standardsEditor } from './messages/standards-editor.ts';
import { surveys } from './messages/surveys.ts';
import { text } from './messages/text.ts';
import { trust } from './messages/trust.ts';
import { voice } from './messages/voice.ts';

/** Every area's messages; a new feature adds its own file under messages/ and one line to this list. */
const areas = [
  emails,
  respondent,
  pdf,
  dashboard,
  analytics,
  cases,
  surveys,
  text,
  csvImport,
  nav,
  home,
  results,
  customer,
  voice,
  standards,
  standardsEditor,
  advocacy,
  advocacyWeb,
  advocacyReplies,
  trust,
  errors,
  orgSettings,
  messaging,
  connectors,
  recognition,
  recoveryContact,
  ideas,
  auditSchedules,
  serverMessages,
  moduleErrorMessages,
] as const;

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Area>;
export type Dictionary = Record<MessageKey, string>;
export type Language = 'en' | 'ru' | 'bg';

const merge = (lang: Language): Dictionary =>
  Object.assign({}, ...areas.map((a) => a[lang] as Record<string, string>)) as Dictionary;

export const dictionaries: Record<Language, Dictionary> = { en: merge('en'), ru: merge('ru'), bg: merge('bg') };
