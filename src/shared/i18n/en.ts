/** English is the reference dictionary: ru and bg must have exactly these keys (the type checker says so). */
export const en = {
  'email.invite.subject': 'You are invited to Zabota',
  'email.invite.greeting': 'Hello, {name}!',
  'email.invite.body': 'You have been invited to join your team in Zabota. Open this link to set your password and sign in:',
  'email.invite.expires': 'The link works for 7 days.',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
