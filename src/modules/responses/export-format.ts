import { CSV_BOM, csvLine, neutralise } from '../../shared/csv.ts';
import type { Answers, Question } from '../../shared/survey-definition.ts';
import { localize } from '../surveys/index.ts';

/**
 * How a response becomes a spreadsheet row (pure: no database, no HTTP). One column per question
 * when the export is for one survey, else the denormalised scores; times in the organisation's zone.
 */

/** A wall-clock time in the organisation's zone, `YYYY-MM-DD HH:mm:ss`: text in CSV, a date cell in XLSX. */
export type LocalTime = { localTime: string };
export type Cell = string | number | null | LocalTime;

export type ExportRow = {
  id: string;
  submittedAt: Date;
  surveyName: string | null;
  customerName: string | null;
  locationName: string | null;
  touchpointName: string | null;
  staffName: string | null;
  language: string;
  channel: string;
  status: string;
  answers: Answers;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  emotion: string | null;
  comment: string | null;
  /** Text labelling's reading of the comment: null until labelled, or without a comment. */
  sentiment: string | null;
  textEmotion: string | null;
  topics: string[] | null;
  tags: string[];
};

export type ExportShape = {
  timeZone: string;
  /** The chosen survey's questions, with the language their headers and options are shown in. */
  survey?: { questions: Question[]; language: string };
  staffNames?: ReadonlyMap<string, string>;
};

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { localTime: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}` };
}

/** The comment's labels (sentiment, emotion read from the text, topics), after the answers. */
const TEXT_LABELS = ['sentiment', 'emotion (from comment)', 'topics'];

export function headers(shape: ExportShape): string[] {
  const lead = [
    'id',
    `submittedAt (${shape.timeZone})`,
    ...(shape.survey ? [] : ['survey']),
    'customer',
    'location',
    'touchpoint',
    'staff',
    'language',
    'channel',
    'status',
  ];
  const seen = new Set<string>();
  const middle = shape.survey
    ? shape.survey.questions.map((q) => {
        const text = localize(q.text, shape.survey!.language);
        const h = seen.has(text) ? `${text} (${q.id})` : text;
        seen.add(text);
        return h;
      })
    : ['nps', 'csat', 'ces', 'emotion', 'comment'];
  return [...lead, ...middle, ...TEXT_LABELS, 'tags'];
}

function answerCell(
  q: Question,
  value: Answers[string] | undefined,
  lang: string,
  staffNames: ReadonlyMap<string, string> | undefined,
): Cell {
  if (value === undefined) return null;
  const option = (id: string) => {
    const o = q.options?.find((x) => x.id === id);
    return o ? localize(o.text, lang) : id;
  };
  if (Array.isArray(value)) return value.map(option).join('; ');
  if (typeof value === 'number') return value;
  if (q.type === 'staff') return staffNames?.get(value) ?? value;
  if (q.type === 'single' || q.type === 'multi') return option(value);
  return value;
}

export function toCells(r: ExportRow, shape: ExportShape): Cell[] {
  const lead: Cell[] = [
    r.id,
    localTime(r.submittedAt, shape.timeZone),
    ...(shape.survey ? [] : [r.surveyName]),
    r.customerName,
    r.locationName,
    r.touchpointName,
    r.staffName,
    r.language,
    r.channel,
    r.status,
  ];
  const middle: Cell[] = shape.survey
    ? shape.survey.questions.map((q) => answerCell(q, r.answers[q.id], shape.survey!.language, shape.staffNames))
    : [r.nps, r.csat, r.ces, r.emotion, r.comment];
  return [...lead, ...middle, r.sentiment, r.textEmotion, r.topics?.join(', ') ?? null, r.tags.join(', ')];
}

export { CSV_BOM, neutralise };

export function textOf(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return neutralise(cell);
  return cell.localTime;
}

/** One export line: the cells as the spreadsheet should read them. */
export const cellsLine = (cells: Cell[], delimiter: ',' | ';' = ','): string => csvLine(cells.map(textOf), delimiter);
