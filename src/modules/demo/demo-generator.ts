import { base, en, Faker, ru } from '@faker-js/faker';
import type { CustomerCreate } from '../customers/customers.contract.ts';
import { zonedToInstant } from '../../shared/time-zone.ts';
import {
  ACQUISITION,
  BG_NAMES,
  BG_TRANSLIT,
  DEMO_LOCATIONS,
  DEMO_ORG,
  DEMO_TOUCHPOINTS,
  MONTH_WEIGHT,
  VISIT_TYPES,
  type LocationKey,
} from './demo-data.ts';

/**
 * The demo organisation as plain data, from a seed: the same seed and `now` always give the same
 * clinics, people and 18 months of visits. Nothing here touches a database.
 */

export type DemoStaff = {
  key: string;
  name: string;
  email: string;
  role: 'manager' | 'staff';
  position: string;
  language: string;
  location: LocationKey;
};
export type DemoCustomer = CustomerCreate & { externalId: string };
export type DemoInteraction = {
  externalId: string;
  customerExternalId: string;
  touchpoint: string;
  location: LocationKey;
  staff: string | null;
  occurredAt: Date;
  revenue?: number;
  currency?: string;
  note?: string;
};
export type DemoPlan = {
  owner: { name: string };
  staff: DemoStaff[];
  customers: DemoCustomer[];
  interactions: DemoInteraction[];
};
export type DemoOptions = { seed?: number; now?: Date; customers?: number; months?: number };

const DAY = 86_400_000;
type Segment = 'loyal' | 'regular' | 'one_off';

export function generateDemo(opts: DemoOptions = {}): DemoPlan {
  const seed = opts.seed ?? 2026;
  const now = opts.now ?? new Date();
  const months = opts.months ?? 18;
  const f = new Faker({ locale: [en, base] });
  const fru = new Faker({ locale: [ru, en, base] });
  f.seed(seed);
  fru.seed(seed + 1);
  const start = new Date(now.getTime() - months * 30.44 * DAY);

  const translit = (s: string) => [...s.toLowerCase()].map((c) => BG_TRANSLIT[c] ?? c).join('');
  const bgName = (sex: 'male' | 'female') => {
    const last = f.helpers.arrayElement(BG_NAMES.last);
    return { first: f.helpers.arrayElement(BG_NAMES[sex]), last: sex === 'female' ? `${last}а` : last };
  };
  const personName = (lang: string, sex: 'male' | 'female') =>
    lang === 'bg'
      ? bgName(sex)
      : lang === 'ru'
        ? { first: fru.person.firstName(sex), last: fru.person.lastName(sex) }
        : { first: f.person.firstName(sex), last: f.person.lastName(sex) };

  // Staff: per clinic a manager, three dentists, two hygienists, two receptionists.
  const staff: DemoStaff[] = [];
  const usedEmails = new Set<string>();
  const staffEmail = (first: string, last: string) => {
    let email = `${translit(first)}.${translit(last)}@${DEMO_ORG.domain}`.replace(/[^a-z0-9.@-]/g, '');
    for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    usedEmails.add(email);
    return email;
  };
  const ROLES = [
    { position: 'Clinic manager', kind: 'manager', count: 1 },
    { position: 'Dentist', kind: 'dentist', count: 3 },
    { position: 'Dental hygienist', kind: 'hygienist', count: 2 },
    { position: 'Receptionist', kind: 'receptionist', count: 2 },
  ] as const;
  const byKind = new Map<string, string[]>();
  for (const loc of DEMO_LOCATIONS) {
    for (const r of ROLES) {
      for (let i = 0; i < r.count; i++) {
        const sex = f.helpers.arrayElement(['male', 'female'] as const);
        const language = f.helpers.weightedArrayElement([
          { value: 'bg', weight: 85 },
          { value: 'ru', weight: 10 },
          { value: 'en', weight: 5 },
        ]);
        const n = personName(language === 'en' ? 'bg' : language, sex);
        const title = r.kind === 'dentist' ? 'Д-р ' : '';
        const key = `${loc.key}-${r.kind}-${i + 1}`;
        staff.push({
          key,
          name: `${title}${n.first} ${n.last}`,
          email: staffEmail(n.first, n.last),
          role: r.kind === 'manager' ? 'manager' : 'staff',
          position: r.position,
          language,
          location: loc.key,
        });
        byKind.set(`${loc.key}:${r.kind}`, [...(byKind.get(`${loc.key}:${r.kind}`) ?? []), key]);
      }
    }
  }
  const pick = (loc: LocationKey, kind: string) => f.helpers.arrayElement(byKind.get(`${loc}:${kind}`)!);

  const customers: DemoCustomer[] = [];
  const interactions: DemoInteraction[] = [];
  const locationWeights = DEMO_LOCATIONS.map((l) => ({ value: l.key as LocationKey, weight: l.share }));
  const visitWeights = VISIT_TYPES.map((v) => ({ value: v, weight: v.weight }));
  const loyalVisitWeights = VISIT_TYPES.map((v) => ({
    value: v,
    weight: v.key === 'hygiene' || v.key === 'checkup' ? v.weight * 2.5 : v.weight,
  }));

  /** A working-hours slot on or after `day` (Mon–Sat, 9:00–18:30 Sofia time), with seasonality. */
  const slot = (day: number): Date | null => {
    for (let attempt = 0; attempt < 6; attempt++, day += f.number.int({ min: 3, max: 12 }) * DAY) {
      let d = new Date(day);
      if (d.getUTCDay() === 0) d = new Date(day + DAY);
      if (!f.datatype.boolean({ probability: MONTH_WEIGHT[d.getUTCMonth()]! / 1.2 })) continue;
      const minutes = 9 * 60 + 30 * f.number.int({ min: 0, max: 19 });
      const at = zonedToInstant(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: Math.floor(minutes / 60),
          minute: minutes % 60,
        },
        DEMO_ORG.timeZone,
      );
      return at < now ? at : null;
    }
    return null;
  };
  const at = (t: Date, deltaMs: number) => new Date(t.getTime() + deltaMs);

  for (let c = 0; c < (opts.customers ?? 5000); c++) {
    const language = f.helpers.weightedArrayElement([
      { value: 'bg', weight: 70 },
      { value: 'ru', weight: 20 },
      { value: 'en', weight: 10 },
    ]);
    const sex = f.helpers.arrayElement(['male', 'female'] as const);
    const n = personName(language, sex);
    const acq = f.helpers.weightedArrayElement(ACQUISITION.map((a) => ({ value: a, weight: a.weight })));
    const hasEmail = f.datatype.boolean({ probability: 0.75 });
    const hasPhone = f.datatype.boolean({ probability: 0.92 });
    const mailDomain =
      language === 'ru'
        ? f.helpers.arrayElement(['mail.ru', 'yandex.ru', 'gmail.com'])
        : language === 'bg'
          ? f.helpers.arrayElement(['abv.bg', 'gmail.com', 'mail.bg'])
          : 'gmail.com';
    const local = `${translit(n.first)}.${translit(n.last)}${f.number.int({ min: 1, max: 999 })}`.replace(
      /[^a-z0-9.]/g,
      '',
    );
    const phone =
      language === 'ru'
        ? `+7 9${f.string.numeric(2)} ${f.string.numeric(3)}-${f.string.numeric(2)}-${f.string.numeric(2)}`
        : language === 'en'
          ? `+44 7${f.string.numeric(3)} ${f.string.numeric(6)}`
          : `+359 8${f.helpers.arrayElement(['7', '8', '9'])} ${f.string.numeric(3)} ${f.string.numeric(4)}`;
    const externalId = `DEMO-C${String(c + 1).padStart(5, '0')}`;
    customers.push({
      externalId,
      name: `${n.first} ${n.last}`,
      email: hasEmail ? `${local}@${mailDomain}` : null,
      phone: hasPhone ? phone : null,
      language,
      consentEmail: hasEmail && f.datatype.boolean({ probability: 0.6 }),
      consentSms: hasPhone && f.datatype.boolean({ probability: 0.7 }),
      acquisitionChannel: acq.channel,
      acquisitionCampaign: f.helpers.arrayElement(acq.campaigns as readonly (string | null)[]),
      notes: f.datatype.boolean({ probability: 0.05 })
        ? f.helpers.arrayElement([
            'Anxious patient: explain every step',
            'Allergic to penicillin',
            'Prefers morning appointments',
            'Comes with children',
          ])
        : null,
    });

    const segment: Segment = f.helpers.weightedArrayElement([
      { value: 'loyal', weight: 18 },
      { value: 'regular', weight: 27 },
      { value: 'one_off', weight: 55 },
    ]);
    const home = f.helpers.weightedArrayElement(locationWeights);
    // The network grows: more first visits in recent months than at the start.
    const firstDay =
      start.getTime() + Math.pow(f.number.float({ min: 0, max: 1 }), 0.9) * (now.getTime() - start.getTime() - 3 * DAY);
    const visits: Date[] = [];
    const first = slot(firstDay);
    if (first) visits.push(first);
    if (first && segment === 'loyal') {
      for (let t = first.getTime(); ;) {
        t += f.number.int({ min: 85, max: 200 }) * DAY;
        if (t >= now.getTime()) break;
        const v = slot(t);
        if (v) visits.push(v);
      }
    } else if (first && segment === 'regular') {
      for (let k = f.number.int({ min: 1, max: 3 }); k > 0; k--) {
        const v = slot(first.getTime() + f.number.int({ min: 14, max: 300 }) * DAY);
        if (v) visits.push(v);
      }
    }
    visits.sort((a, b) => a.getTime() - b.getTime());

    let seq = 0;
    const add = (
      touchpoint: string,
      location: LocationKey,
      staffKey: string | null,
      occurredAt: Date,
      extra: Partial<DemoInteraction> = {},
    ) => {
      if (occurredAt >= now || occurredAt < start) return;
      interactions.push({
        externalId: `${externalId}-I${String(++seq).padStart(3, '0')}`,
        customerExternalId: externalId,
        touchpoint,
        location,
        staff: staffKey,
        occurredAt,
        ...extra,
      });
    };
    const acquisitionTouchpoint: Record<string, string> = {
      google_maps: 'maps_reviews',
      instagram: 'instagram',
      website: 'website',
      facebook: 'facebook',
      referral: 'referral',
    };
    visits.forEach((v, i) => {
      const loc = f.datatype.boolean({ probability: 0.9 }) ? home : f.helpers.weightedArrayElement(locationWeights);
      const type = f.helpers.weightedArrayElement(segment === 'loyal' && i > 0 ? loyalVisitWeights : visitWeights);
      const receptionist = pick(loc, 'receptionist');
      if (i === 0 && acquisitionTouchpoint[acq.channel])
        add(
          acquisitionTouchpoint[acq.channel]!,
          loc,
          null,
          at(v, -f.number.int({ min: 2, max: 20 }) * DAY - 5 * 3600_000),
        );
      if (i > 0 && segment === 'loyal') add('recall', loc, null, at(v, -f.number.int({ min: 10, max: 25 }) * DAY));
      if (type.key === 'emergency') add('emergency_line', loc, receptionist, at(v, -90 * 60_000));
      else if (f.datatype.boolean({ probability: 0.4 }))
        add('online_booking', loc, null, at(v, -f.number.int({ min: 1, max: 14 }) * DAY - 7 * 3600_000));
      else add('phone_booking', loc, receptionist, at(v, -f.number.int({ min: 1, max: 14 }) * DAY + 60 * 60_000));
      if (type.key !== 'emergency' && f.datatype.boolean({ probability: 0.8 }))
        add('reminder_sms', loc, null, at(v, -DAY + 60 * 60_000));
      add('check_in', loc, receptionist, at(v, -5 * 60_000));
      if (i === 0 && f.datatype.boolean({ probability: 0.4 })) {
        add('xray', loc, pick(loc, 'dentist'), at(v, 10 * 60_000), { note: 'Panoramic X-ray' });
      }
      const doctor = pick(loc, type.by);
      const price = Math.round(f.number.float({ min: type.price[0], max: type.price[1] }) / 5) * 5;
      add(type.touchpoint, loc, doctor, at(v, 15 * 60_000), {
        revenue: price,
        currency: DEMO_ORG.currency,
        note: type.note,
      });
      if (
        ['root_canal', 'crown', 'implant'].includes(type.key) ||
        (i === 0 && f.datatype.boolean({ probability: 0.25 }))
      )
        add('treatment_plan', loc, doctor, at(v, 5 * 60_000));
      add('billing', loc, receptionist, at(v, 55 * 60_000));
      if (type.touchpoint === 'treatment' && f.datatype.boolean({ probability: 0.5 }))
        add('aftercare_email', loc, null, at(v, 3 * 3600_000));
      if (
        ['root_canal', 'implant', 'crown', 'emergency'].includes(type.key) &&
        f.datatype.boolean({ probability: 0.7 })
      )
        add('follow_up_call', loc, doctor, at(v, DAY + 2 * 3600_000));
      if (segment === 'loyal' && i === 2 && f.datatype.boolean({ probability: 0.3 }))
        add('birthday', loc, null, at(v, 40 * DAY));
    });
  }
  const owner = bgName('male');
  return { owner: { name: `Д-р ${owner.first} ${owner.last}` }, staff, customers, interactions };
}

export const DEMO_TOUCHPOINT_KEYS = DEMO_TOUCHPOINTS.map((t) => t.key);
