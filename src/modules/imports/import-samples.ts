import type { Question } from '../../shared/survey-definition.ts';

/**
 * A small CSV per import kind that the import reads as it is: headers the mapping guesses, values
 * in the formats the import accepts, so a person copies its shape from their own system.
 */

const line = (cells: (string | number)[]) =>
  cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c))).join(',');

export const CUSTOMERS_SAMPLE = [
  ['external_id', 'name', 'email', 'phone', 'language', 'consent_email', 'acquisition_channel', 'notes'],
  ['C-1001', 'Maria Ivanova', 'maria@example.com', '+359 88 123 4567', 'bg', 'yes', 'Google', 'Prefers mornings'],
  ['C-1002', 'Ivan Petrov', 'ivan@example.com', '+7 912 345 67 89', 'ru', 'no', 'Instagram', ''],
]
  .map(line)
  .join('\n');

/** Names of the organisation's own rows make the sample importable as it is. */
export type SampleNames = { location?: string; touchpoint?: string; staff?: string };

export function interactionsSample(n: SampleNames): string {
  return [
    [
      'external_id',
      'occurred_at',
      'customer',
      'location',
      'touchpoint',
      'staff',
      'shift',
      'revenue',
      'currency',
      'note',
    ],
    [
      'V-5001',
      '2026-01-31 14:05',
      'C-1001',
      n.location ?? 'Main street',
      n.touchpoint ?? 'Visit',
      n.staff ?? 'Elena Dimitrova',
      'morning',
      '120.50',
      'EUR',
      '',
    ],
    [
      'V-5002',
      '31.01.2026 16:30',
      'ivan@example.com',
      n.location ?? 'Main street',
      n.touchpoint ?? 'Visit',
      '',
      'evening',
      '1 234,00',
      'EUR',
      'Paid by card',
    ],
  ]
    .map(line)
    .join('\n');
}

const sampleAnswer = (q: Question, row: 0 | 1): string | number => {
  switch (q.type) {
    case 'nps':
      return row ? 6 : 10;
    case 'csat':
      return row ? 3 : 5;
    case 'ces':
      return row ? 5 : 2;
    case 'rating':
      return row ? 2 : (q.scale ?? 5);
    case 'single':
    case 'multi':
      return q.options?.[row]?.id ?? q.options?.[0]?.id ?? '';
    case 'emotion':
      return row ? 'confused' : 'happy';
    case 'text':
      return row ? 'Waited too long at the desk' : 'Friendly and quick';
    default:
      return '';
  }
};

/** One column per question, headed by its id (the import also takes the question's text). */
export function responsesSample(questions: Question[], n: SampleNames): string {
  const asked = questions.filter((q) => q.type !== 'staff');
  return [
    ['external_id', 'submitted_at', 'customer_email', 'location', ...asked.map((q) => q.id)],
    [
      'R-1',
      '2026-01-31 14:30',
      'maria@example.com',
      n.location ?? 'Main street',
      ...asked.map((q) => sampleAnswer(q, 0)),
    ],
    ['R-2', '2026-02-01 10:00', '', n.location ?? 'Main street', ...asked.map((q) => sampleAnswer(q, 1))],
  ]
    .map(line)
    .join('\n');
}
