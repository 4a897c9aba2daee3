import type { JourneyStage, TouchpointChannel, TouchpointKind } from '../../shared/domain.ts';

/** The fixed part of the demo: a network of three dental clinics in Bulgaria. */

export const DEMO_ORG = { name: 'Bright Smile Dental (demo)', timeZone: 'Europe/Sofia', defaultLanguage: 'bg' as const, currency: 'EUR', domain: 'brightsmile.example' };

export const DEMO_LOCATIONS = [
  { key: 'sofia', name: 'Bright Smile Sofia – Lozenets', city: 'Sofia', address: 'bul. Cherni vrah 47, 1407 Sofia', share: 0.45 },
  { key: 'plovdiv', name: 'Bright Smile Plovdiv – Center', city: 'Plovdiv', address: 'ul. Knyaz Aleksandar I 32, 4000 Plovdiv', share: 0.3 },
  { key: 'varna', name: 'Bright Smile Varna – Sea Garden', city: 'Varna', address: 'bul. Slivnitsa 12, 9000 Varna', share: 0.25 },
] as const;
export type LocationKey = (typeof DEMO_LOCATIONS)[number]['key'];

export type DemoTouchpoint = { key: string; name: string; description: string; kind: TouchpointKind; stage: JourneyStage; channel: TouchpointChannel };

export const DEMO_TOUCHPOINTS: DemoTouchpoint[] = [
  { key: 'website', name: 'Website', description: 'Prices, doctors and treatments on brightsmile.example', kind: 'brand', stage: 'awareness', channel: 'web' },
  { key: 'instagram', name: 'Instagram', description: 'Before/after stories and team posts', kind: 'brand', stage: 'awareness', channel: 'social' },
  { key: 'facebook', name: 'Facebook page', description: 'Announcements, questions in Messenger', kind: 'brand', stage: 'awareness', channel: 'social' },
  { key: 'maps_reviews', name: 'Reviews on Google Maps', description: 'What people read before choosing a clinic', kind: 'brand', stage: 'consideration', channel: 'web' },
  { key: 'online_booking', name: 'Online booking', description: 'Booking form on the website', kind: 'service', stage: 'purchase', channel: 'web' },
  { key: 'phone_booking', name: 'Phone booking', description: 'Receptionist answers and books a visit', kind: 'service', stage: 'purchase', channel: 'phone' },
  { key: 'reminder_sms', name: 'Reminder SMS', description: 'Sent the day before the visit', kind: 'service', stage: 'purchase', channel: 'messenger' },
  { key: 'check_in', name: 'Reception check-in', description: 'Greeting, paperwork, waiting time', kind: 'service', stage: 'service', channel: 'in_person' },
  { key: 'waiting_room', name: 'Waiting room', description: 'Cleanliness, comfort, coffee, punctuality', kind: 'product', stage: 'service', channel: 'in_person' },
  { key: 'consultation', name: 'Consultation', description: 'Examination and explanation of the options', kind: 'service', stage: 'consideration', channel: 'in_person' },
  { key: 'treatment_plan', name: 'Treatment plan and estimate', description: 'Written plan with prices', kind: 'service', stage: 'consideration', channel: 'in_person' },
  { key: 'xray', name: 'X-ray and diagnostics', description: 'Panoramic X-ray, 3D scan', kind: 'product', stage: 'service', channel: 'in_person' },
  { key: 'treatment', name: 'Treatment', description: 'Fillings, endodontics, crowns, implants', kind: 'product', stage: 'service', channel: 'in_person' },
  { key: 'hygiene', name: 'Hygiene and cleaning', description: 'Professional cleaning with the hygienist', kind: 'product', stage: 'service', channel: 'in_person' },
  { key: 'billing', name: 'Billing and payment', description: 'Invoice, card payment, instalments', kind: 'service', stage: 'purchase', channel: 'in_person' },
  { key: 'aftercare_email', name: 'Aftercare instructions email', description: 'What to do after the treatment', kind: 'service', stage: 'after_sales', channel: 'email' },
  { key: 'follow_up_call', name: 'Follow-up call', description: 'The doctor or reception calls the next day', kind: 'service', stage: 'after_sales', channel: 'phone' },
  { key: 'emergency_line', name: 'Emergency line', description: 'Same-day help for pain', kind: 'service', stage: 'service', channel: 'phone' },
  { key: 'recall', name: 'Six-month check-up reminder', description: 'Invitation to the next check-up', kind: 'service', stage: 'loyalty', channel: 'email' },
  { key: 'referral', name: 'Referral programme', description: '"Bring a friend": both get a free cleaning', kind: 'brand', stage: 'loyalty', channel: 'other' },
  { key: 'birthday', name: 'Birthday greeting', description: 'A message and a small gift on the next visit', kind: 'brand', stage: 'loyalty', channel: 'messenger' },
];

/** Visit types: who does them, what they cost (EUR), how often they occur. */
export const VISIT_TYPES = [
  { key: 'checkup', touchpoint: 'consultation', by: 'dentist', price: [30, 50], weight: 26, note: 'Check-up' },
  { key: 'hygiene', touchpoint: 'hygiene', by: 'hygienist', price: [60, 90], weight: 30, note: 'Professional cleaning' },
  { key: 'filling', touchpoint: 'treatment', by: 'dentist', price: [60, 150], weight: 22, note: 'Composite filling' },
  { key: 'root_canal', touchpoint: 'treatment', by: 'dentist', price: [200, 400], weight: 7, note: 'Root canal treatment' },
  { key: 'crown', touchpoint: 'treatment', by: 'dentist', price: [400, 700], weight: 5, note: 'Ceramic crown' },
  { key: 'implant', touchpoint: 'treatment', by: 'dentist', price: [900, 1500], weight: 3, note: 'Implant' },
  { key: 'whitening', touchpoint: 'treatment', by: 'dentist', price: [200, 300], weight: 4, note: 'Whitening' },
  { key: 'emergency', touchpoint: 'treatment', by: 'dentist', price: [50, 120], weight: 3, note: 'Emergency visit' },
] as const;

export const ACQUISITION = [
  { channel: 'google_maps', weight: 28, campaigns: [null] },
  { channel: 'referral', weight: 22, campaigns: ['bring_a_friend', null] },
  { channel: 'instagram', weight: 16, campaigns: ['smile_contest_2025', 'whitening_spring_2025', null] },
  { channel: 'website', weight: 12, campaigns: ['implant_consultation_free', null] },
  { channel: 'walk_in', weight: 10, campaigns: [null] },
  { channel: 'facebook', weight: 7, campaigns: ['back_to_school_2025', 'new_clinic_varna'] },
  { channel: 'insurance_partner', weight: 5, campaigns: ['dzi_health_2025'] },
] as const;

/** Relative number of visits per calendar month (January = 0): summer holidays and the new year are quiet. */
export const MONTH_WEIGHT = [0.8, 1.0, 1.1, 1.1, 1.05, 0.95, 0.75, 0.6, 1.15, 1.2, 1.15, 0.85];

export const BG_NAMES = {
  male: ['Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Александър', 'Мартин', 'Васил', 'Тодор', 'Калоян', 'Стефан', 'Борис', 'Виктор', 'Емил', 'Кристиян', 'Любомир'],
  female: ['Мария', 'Елена', 'Иванка', 'Десислава', 'Гергана', 'Надежда', 'Петя', 'Теодора', 'Виктория', 'Радостина', 'Цветелина', 'Йорданка', 'Милена', 'Силвия', 'Николета', 'Антония', 'Росица', 'Даниела'],
  last: ['Иванов', 'Георгиев', 'Димитров', 'Петров', 'Николов', 'Христов', 'Стоянов', 'Тодоров', 'Илиев', 'Василев', 'Атанасов', 'Петков', 'Ангелов', 'Колев', 'Йорданов', 'Маринов', 'Стефанов', 'Попов', 'Михайлов', 'Костов'],
};

export const BG_TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya', ё: 'yo', ы: 'y', э: 'e',
};
