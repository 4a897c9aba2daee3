import { CsvSyntaxError, readCsv, parseDateTime } from '../imports/index.ts';
import { REVIEW_PLATFORMS, type ReviewPlatform } from './reviews.schema.ts';

/** A review read from a CSV row (sites without an API: Yandex Maps, 2GIS, or any pasted list). */
export type ReviewRow = {
  line: number;
  platform: ReviewPlatform;
  location: string | null;
  rating: number | null;
  text: string | null;
  author: string | null;
  reviewedAt: Date;
  externalId: string;
};
export type RowError = { line: number; fields: Record<string, string> };

type Column = 'source' | 'location' | 'rating' | 'text' | 'author' | 'date' | 'externalid';
const PLATFORM_NAMES: Record<string, ReviewPlatform> = {
  yandex: 'yandex_maps',
  'yandex maps': 'yandex_maps',
  'яндекс карты': 'yandex_maps',
  яндекс: 'yandex_maps',
  '2гис': '2gis',
  dgis: '2gis',
  'google maps': 'google',
};

export function parsePlatform(raw: string): ReviewPlatform | undefined {
  const v = raw.trim().toLowerCase();
  const key = v.replace(/[\s-]+/g, '_');
  return (REVIEW_PLATFORMS as readonly string[]).includes(key) ? (key as ReviewPlatform) : PLATFORM_NAMES[v];
}

/** Every row either becomes a review or an error naming its line and fields; nothing is guessed. */
export async function parseReviewCsv(
  csv: string,
  timeZone: string,
): Promise<{ rows: ReviewRow[]; errors: RowError[] }> {
  const rows: ReviewRow[] = [];
  const errors: RowError[] = [];
  let header: string[] | undefined;
  try {
    for await (const rec of readCsv(csv)) {
      if (!header) {
        header = rec.cells.map((c) =>
          c
            .trim()
            .toLowerCase()
            .replace(/[\s_-]/g, ''),
        );
        const missing = ['source', 'rating', 'date', 'externalid'].filter((c) => !header!.includes(c));
        if (missing.length) {
          errors.push({
            line: rec.line,
            fields: Object.fromEntries(missing.map((m) => [m, 'This column is missing'])),
          });
          return { rows: [], errors };
        }
        continue;
      }
      if (rec.cells.every((c) => !c.trim())) continue;
      const get = (col: Column) => {
        const i = header!.indexOf(col);
        return i < 0 ? '' : (rec.cells[i] ?? '').trim();
      };
      const fields: Record<string, string> = {};
      const platform = parsePlatform(get('source'));
      if (!platform) fields.source = `Use one of ${REVIEW_PLATFORMS.join(', ')}`;
      const ratingRaw = get('rating');
      const rating = ratingRaw === '' ? null : Number(ratingRaw.replace(',', '.'));
      if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
        fields.rating = 'Must be a whole number from 1 to 5, or empty';
      const date = parseDateTime(get('date'), timeZone);
      if (!date.ok) fields.date = date.error;
      const externalId = get('externalid');
      if (!externalId) fields.externalId = 'Required: it keeps a repeated import from adding the review twice';
      else if (externalId.length > 200) fields.externalId = 'At most 200 characters';
      const text = get('text');
      if (text.length > 10_000) fields.text = 'At most 10,000 characters';
      if (Object.keys(fields).length || !platform || !date.ok) {
        errors.push({ line: rec.line, fields });
        continue;
      }
      rows.push({
        line: rec.line,
        platform,
        location: get('location') || null,
        rating,
        text: text || null,
        author: get('author').slice(0, 200) || null,
        reviewedAt: date.value,
        externalId,
      });
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) errors.push({ line: e.line, fields: { csv: e.message } });
    else throw e;
  }
  if (!header) errors.push({ line: 1, fields: { csv: 'The file is empty' } });
  return { rows, errors };
}
