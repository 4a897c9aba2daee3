import type { Assignment } from './assignment.ts';
import type { Sla } from '../../shared/business-hours.ts';
import type { Priority, RuleConditions } from './rules.ts';

/** A new organisation's loop works before anyone configures it. */
export const DEFAULT_RULES: {
  name: string;
  priority: Priority;
  conditions: RuleConditions;
  sla: Sla;
  assignment: Assignment;
  position: number;
}[] = [
  {
    name: 'Detractor or unhappy customer (NPS 0–6 or CSAT 1–2)',
    priority: 'normal',
    position: 0,
    conditions: { npsMax: 6, csatMax: 2 },
    sla: { amount: 1, unit: 'business_days' },
    assignment: { strategy: 'location_manager' },
  },
];

const L = (en: string, ru: string, bg: string) => ({ en, ru, bg });

/** Root causes by the kind of touchpoint they come from: product, brand, service. */
export const DEFAULT_ROOT_CAUSES: { name: Record<string, string>; kind: 'product' | 'brand' | 'service' }[] = [
  { kind: 'product', name: L('Product quality', 'Качество продукта', 'Качество на продукта') },
  { kind: 'product', name: L('Product not available', 'Нет в наличии', 'Няма наличност') },
  {
    kind: 'brand',
    name: L('Brand promise not kept', 'Обещание бренда не выполнено', 'Неизпълнено обещание на марката'),
  },
  { kind: 'brand', name: L('Price expectations', 'Ожидания по цене', 'Очаквания за цената') },
  { kind: 'service', name: L('Staff attitude', 'Отношение персонала', 'Отношение на персонала') },
  { kind: 'service', name: L('Wait time', 'Время ожидания', 'Време за чакане') },
  { kind: 'service', name: L('Staff competence', 'Компетентность персонала', 'Компетентност на персонала') },
  { kind: 'service', name: L('Communication', 'Коммуникация', 'Комуникация') },
  { kind: 'service', name: L('Booking and scheduling', 'Запись и расписание', 'Записване и график') },
  { kind: 'service', name: L('Billing error', 'Ошибка в счёте', 'Грешка в сметката') },
  { kind: 'service', name: L('Cleanliness', 'Чистота', 'Чистота') },
];
