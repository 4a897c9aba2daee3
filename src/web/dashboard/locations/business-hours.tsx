import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { Checkbox } from '../lib/ui.tsx';
import type { Location } from './hooks.ts';
import './business-hours.css';

type Week = NonNullable<Location['businessHours']>;
type Day = keyof Week;
const DAYS: Day[] = ['1', '2', '3', '4', '5', '6', '7'];
const DEFAULT: Week = {
  '1': { open: 540, close: 1080 },
  '2': { open: 540, close: 1080 },
  '3': { open: 540, close: 1080 },
  '4': { open: 540, close: 1080 },
  '5': { open: 540, close: 1080 },
};

const toTime = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const toMinutes = (s: string) => {
  const [h, m] = s.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The opening hours and holidays from the form: null hours means "the standard week" (Mon–Fri 9–18). */
export function readCalendar(fd: FormData): { businessHours: Week | null; holidays: string[] } {
  const holidays = fd.getAll('holidays').map(String);
  if (fd.get('hours.custom') !== 'on') return { businessHours: null, holidays };
  const week: Week = {};
  for (const d of DAYS) {
    if (fd.get(`hours.${d}.open`) !== 'on') continue;
    const close = String(fd.get(`hours.${d}.to`) ?? '');
    // 24:00 cannot be typed in a time field; 23:59 means "until midnight".
    week[d] = {
      open: toMinutes(String(fd.get(`hours.${d}.from`) ?? '')),
      close: close === '23:59' ? 1440 : toMinutes(close),
    };
  }
  return { businessHours: week, holidays };
}

/** Opening hours per weekday and holidays: case due times count only the time the location is open. */
export function BusinessHoursFields({ location, errors }: { location?: Location; errors: Record<string, string> }) {
  const { t, language } = useI18n();
  const [custom, setCustom] = useState(!!location?.businessHours && Object.keys(location.businessHours).length > 0);
  const week = location?.businessHours && Object.keys(location.businessHours).length ? location.businessHours : DEFAULT;
  const [holidays, setHolidays] = useState<string[]>(location?.holidays ?? []);
  const [day, setDay] = useState('');
  const dayName = (d: Day) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, Number(d))),
    );
  const hoursError = Object.entries(errors).find(([k]) => k.startsWith('businessHours'))?.[1];
  const holidaysError = Object.entries(errors).find(([k]) => k.startsWith('holidays'))?.[1];

  return (
    <fieldset className="fieldset business-hours">
      <legend>{t('web.cases.hours.title')}</legend>
      <small className="field-hint">{t('web.cases.hours.hint')}</small>
      <Checkbox
        label={t('web.cases.hours.custom')}
        name="hours.custom"
        checked={custom}
        onChange={(e) => setCustom(e.target.checked)}
      />
      {custom ? (
        <table className="hours-table">
          <tbody>
            {DAYS.map((d) => (
              <DayRow key={d} day={d} name={dayName(d)} hours={week[d]} />
            ))}
          </tbody>
        </table>
      ) : null}
      {hoursError ? (
        <small className="field-error" role="alert">
          {hoursError}
        </small>
      ) : null}
      <div className="field">
        <label htmlFor="holiday-add">{t('web.cases.hours.holidays')}</label>
        <div className="holiday-add">
          <input id="holiday-add" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <button
            type="button"
            className="btn"
            disabled={!day}
            onClick={() => {
              if (day && !holidays.includes(day)) setHolidays([...holidays, day].sort());
              setDay('');
            }}
          >
            {t('web.cases.hours.addHoliday')}
          </button>
        </div>
        {holidays.length ? (
          <ul className="holidays" aria-label={t('web.cases.hours.holidays')}>
            {holidays.map((h) => (
              <li key={h} className="tag">
                <input type="hidden" name="holidays" value={h} />
                <time dateTime={h}>{h}</time>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={t('web.cases.hours.removeHoliday', { date: h })}
                  onClick={() => setHolidays(holidays.filter((x) => x !== h))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {holidaysError ? (
          <small className="field-error" role="alert">
            {holidaysError}
          </small>
        ) : null}
      </div>
    </fieldset>
  );
}

function DayRow({ day, name, hours }: { day: Day; name: string; hours: { open: number; close: number } | undefined }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(!!hours);
  return (
    <tr>
      <th scope="row">
        <label className="checkbox">
          <input
            type="checkbox"
            name={`hours.${day}.open`}
            checked={open}
            onChange={(e) => setOpen(e.target.checked)}
          />
          <span>{name}</span>
        </label>
      </th>
      {open ? (
        <>
          <td>
            <input
              type="time"
              name={`hours.${day}.from`}
              aria-label={`${name}: ${t('web.cases.hours.opens')}`}
              defaultValue={toTime(hours?.open ?? 540)}
              required
            />
          </td>
          <td>
            <input
              type="time"
              name={`hours.${day}.to`}
              aria-label={`${name}: ${t('web.cases.hours.closes')}`}
              defaultValue={toTime(Math.min(hours?.close ?? 1080, 1439))}
              required
            />
          </td>
        </>
      ) : (
        <td colSpan={2} className="muted">
          {t('web.cases.hours.closed')}
        </td>
      )}
    </tr>
  );
}
