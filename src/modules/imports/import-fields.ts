/** What a CSV column can be imported as, and guessing that from header names in en / ru / bg. */

export const IMPORT_KINDS = ['customers', 'interactions', 'responses'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const CUSTOMER_FIELDS = [
  'externalId',
  'name',
  'email',
  'phone',
  'language',
  'consentEmail',
  'consentSms',
  'acquisitionChannel',
  'acquisitionCampaign',
  'notes',
] as const;
export const INTERACTION_FIELDS = [
  'externalId',
  'occurredAt',
  'customerExternalId',
  'customerEmail',
  'touchpoint',
  'location',
  'staff',
  'shift',
  'revenue',
  'currency',
  'note',
] as const;
/** A response's own columns; its answers are `answers.<question id>`, one per question of the survey. */
export const RESPONSE_FIELDS = [
  'externalId',
  'submittedAt',
  'customerExternalId',
  'customerEmail',
  'touchpoint',
  'location',
  'staff',
  'language',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type InteractionField = (typeof INTERACTION_FIELDS)[number];
export type ResponseField = (typeof RESPONSE_FIELDS)[number];
export type AnswerField = `answers.${string}`;
export type ImportField = CustomerField | InteractionField | ResponseField | AnswerField;

/** The fixed fields of each kind (responses add one answer field per question of their survey). */
export const FIELDS: Record<ImportKind, readonly ImportField[]> = {
  customers: CUSTOMER_FIELDS,
  interactions: INTERACTION_FIELDS,
  responses: RESPONSE_FIELDS,
};

/** Header → field; a header absent from the mapping (or mapped to null) is not imported. */
export type Mapping = Record<string, ImportField | null>;

const EMAIL = [
  'email',
  'e-mail',
  'mail',
  'email address',
  'эл. почта',
  'электронная почта',
  'почта',
  'емейл',
  'емайл',
  'имейл',
  'е-мейл',
  'ел. поща',
  'електронна поща',
  'е-поща',
  'поща',
];
const CUSTOMER_EXTERNAL_ID = [
  'customer external id',
  'customer id',
  'client id',
  'customer',
  'client',
  'клиент',
  'код клиента',
  'id клиента',
  'номер клиента',
  'клиентски номер',
  'код на клиент',
  'номер на клиент',
];
const CUSTOMER_EMAIL = [
  'customer email',
  'client email',
  ...EMAIL,
  'почта клиента',
  'email клиента',
  'имейл на клиент',
];
const TOUCHPOINT = [
  'touchpoint',
  'touchpoint id',
  'touch point',
  'service',
  'точка контакта',
  'услуга',
  'допирна точка',
  'точка на контакт',
];
const LOCATION = [
  'location',
  'location id',
  'branch',
  'clinic',
  'store',
  'shop',
  'филиал',
  'клиника',
  'магазин',
  'точка',
  'локация',
  'обект',
  'клон',
  'салон',
];
const STAFF = [
  'staff',
  'staff email',
  'staff id',
  'employee',
  'employee email',
  'doctor',
  'сотрудник',
  'врач',
  'мастер',
  'менеджер',
  'служитель',
  'служител',
  'лекар',
  'персонал',
  'лекар email',
];
const LANGUAGE = ['language', 'lang', 'locale', 'язык', 'език'];
const NOTE = [
  'note',
  'notes',
  'comment',
  'comments',
  'remark',
  'заметка',
  'заметки',
  'примечание',
  'комментарий',
  'комментарии',
  'бележка',
  'бележки',
  'коментар',
  'коментари',
  'забележка',
];

// Normalised (see `norm`) synonyms; the first field whose list holds a header wins.
const SYNONYMS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  customers: {
    externalId: [
      'external id',
      'id',
      'customer id',
      'client id',
      'customer number',
      'код',
      'код клиента',
      'id клиента',
      'номер клиента',
      'внешний id',
      'идентификатор',
      'ид',
      'клиентски номер',
      'номер на клиент',
      'код на клиент',
      'външен id',
    ],
    name: [
      'name',
      'full name',
      'customer',
      'customer name',
      'client',
      'client name',
      'имя',
      'фио',
      'клиент',
      'имя клиента',
      'име',
      'пълно име',
      'име и фамилия',
      'име на клиент',
    ],
    email: EMAIL,
    phone: [
      'phone',
      'telephone',
      'phone number',
      'mobile',
      'cell',
      'tel',
      'телефон',
      'тел',
      'номер телефона',
      'мобильный',
      'мобильный телефон',
      'мобилен',
      'мобилен телефон',
      'gsm',
      'телефонен номер',
    ],
    language: LANGUAGE,
    consentEmail: [
      'consent email',
      'email consent',
      'email opt in',
      'newsletter',
      'согласие email',
      'согласие на email',
      'согласие на рассылку',
      'рассылка',
      'согласие e-mail',
      'съгласие имейл',
      'съгласие за имейл',
      'бюлетин',
    ],
    consentSms: [
      'consent sms',
      'sms consent',
      'sms opt in',
      'согласие sms',
      'согласие на sms',
      'согласие смс',
      'съгласие sms',
      'съгласие за sms',
      'съгласие смс',
    ],
    acquisitionChannel: [
      'acquisition channel',
      'channel',
      'source',
      'utm source',
      'lead source',
      'канал',
      'канал привлечения',
      'источник',
      'откуда узнал',
      'източник',
      'канал на привличане',
      'откъде научи',
    ],
    acquisitionCampaign: [
      'acquisition campaign',
      'campaign',
      'utm campaign',
      'кампания',
      'рекламная кампания',
      'акция',
      'рекламна кампания',
    ],
    notes: NOTE,
  },
  interactions: {
    externalId: [
      'external id',
      'id',
      'interaction id',
      'visit id',
      'order id',
      'receipt',
      'номер визита',
      'id визита',
      'номер чека',
      'номер заказа',
      'внешний id',
      'идентификатор',
      'номер на посещение',
      'номер на поръчка',
      'външен id',
    ],
    occurredAt: [
      'occurred at',
      'date',
      'datetime',
      'date time',
      'time',
      'timestamp',
      'visit date',
      'visited at',
      'дата',
      'дата и время',
      'дата время',
      'время',
      'дата визита',
      'дата и час',
      'час',
      'дата на посещение',
    ],
    customerExternalId: CUSTOMER_EXTERNAL_ID,
    customerEmail: CUSTOMER_EMAIL,
    touchpoint: TOUCHPOINT,
    location: LOCATION,
    staff: STAFF,
    shift: ['shift', 'work shift', 'смена', 'смяна', 'работна смяна'],
    revenue: [
      'revenue',
      'amount',
      'sum',
      'total',
      'price',
      'value',
      'выручка',
      'сумма',
      'стоимость',
      'цена',
      'итого',
      'оборот',
      'сума',
      'приход',
      'стойност',
      'общо',
    ],
    currency: ['currency', 'валюта', 'валута'],
    note: NOTE,
  },
  responses: {
    externalId: [
      'external id',
      'id',
      'response id',
      'answer id',
      'submission id',
      'номер ответа',
      'id ответа',
      'внешний id',
      'идентификатор',
      'номер на отговор',
      'външен id',
    ],
    submittedAt: [
      'submitted at',
      'submitted',
      'date',
      'datetime',
      'date time',
      'time',
      'timestamp',
      'response date',
      'answered at',
      'completed at',
      'дата',
      'дата и время',
      'время',
      'дата ответа',
      'дата и час',
      'час',
      'дата на отговор',
    ],
    customerExternalId: CUSTOMER_EXTERNAL_ID,
    customerEmail: CUSTOMER_EMAIL,
    touchpoint: TOUCHPOINT,
    location: LOCATION,
    staff: STAFF,
    language: LANGUAGE,
  },
};

/** Lower case, ё → е, letters and digits only: "Эл. почта" and "эл.почта" are the same header. */
export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const lookup: Record<ImportKind, Map<string, ImportField>> = {
  customers: new Map(),
  interactions: new Map(),
  responses: new Map(),
};
for (const kind of IMPORT_KINDS) {
  for (const field of FIELDS[kind]) {
    for (const name of [field, ...(SYNONYMS[kind][field] ?? [])])
      if (!lookup[kind].has(norm(name))) lookup[kind].set(norm(name), field);
  }
}

/** The field each header probably holds; each field is given to the first header that claims it. */
export function suggestMapping(kind: ImportKind, headers: string[]): Mapping {
  const taken = new Set<ImportField>();
  const mapping: Mapping = {};
  for (const header of headers) {
    const field = lookup[kind].get(norm(header));
    if (field && !taken.has(field)) {
      taken.add(field);
      mapping[header] = field;
    }
  }
  return mapping;
}

/** Errors of a caller's mapping: unknown headers, unknown fields, a field mapped twice. */
export function mappingErrors(
  kind: ImportKind,
  headers: string[],
  mapping: Record<string, string | null>,
  fields: readonly string[] = FIELDS[kind],
): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!headers.includes(header)) errors[header] = 'No such column in the CSV';
    else if (field === null || field === '') continue;
    else if (!fields.includes(field)) errors[header] = `Unknown field ${field}; one of ${fields.join(', ')}`;
    else if (seen.has(field)) errors[header] = `${field} is already mapped from ${seen.get(field)}`;
    else seen.set(field, header);
  }
  return errors;
}
