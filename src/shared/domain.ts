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
