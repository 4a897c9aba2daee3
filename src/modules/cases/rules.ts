/**
 * Which rule opens a case for a response. Pure: the response's denormalised fields and the
 * organisation's rules come in; the chosen rule (or none) goes out.
 */
import { PRIORITIES, type Priority } from '../../shared/domain.ts';

export { PRIORITIES, type Priority };

export type RuleConditions = {
  /** Any of the score conditions given must hold (NPS 0–6 or CSAT 1–2 …); other conditions are ANDed. */
  npsMax?: number;
  csatMax?: number;
  cesMax?: number;
  sentiment?: 'negative';
  emotions?: string[];
  /** Case-insensitive words or phrases in the comment. */
  keywords?: string[];
  touchpointIds?: string[];
  locationIds?: string[];
  surveyIds?: string[];
};

export type Rule = {
  id: string;
  name: string;
  active: boolean;
  position: number;
  priority: Priority;
  conditions: RuleConditions;
};

export type ResponseFacts = {
  nps: number | null;
  csat: number | null;
  ces: number | null;
  emotion: string | null;
  comment: string | null;
  sentiment: string | null;
  /** The emotion the text analyser read in the comment (rule `emotions` match it or the survey's emotion answer). */
  textEmotion?: string | null;
  touchpointId: string | null;
  locationId: string | null;
  surveyId: string;
};

function scoreConditionsHold(c: RuleConditions, r: ResponseFacts): boolean | undefined {
  const checks: boolean[] = [];
  if (c.npsMax !== undefined) checks.push(r.nps !== null && r.nps <= c.npsMax);
  if (c.csatMax !== undefined) checks.push(r.csat !== null && r.csat <= c.csatMax);
  if (c.cesMax !== undefined) checks.push(r.ces !== null && r.ces <= c.cesMax);
  return checks.length ? checks.some(Boolean) : undefined;
}

const normalise = (s: string) => s.toLocaleLowerCase().replace(/ё/g, 'е');

export function ruleMatches(rule: Rule, r: ResponseFacts): boolean {
  if (!rule.active) return false;
  const c = rule.conditions;
  const scores = scoreConditionsHold(c, r);
  if (scores === false) return false;
  if (c.sentiment && r.sentiment !== c.sentiment) return false;
  if (
    c.emotions?.length &&
    !((r.emotion && c.emotions.includes(r.emotion)) || (r.textEmotion && c.emotions.includes(r.textEmotion)))
  )
    return false;
  if (c.keywords?.length) {
    const text = normalise(r.comment ?? '');
    if (!c.keywords.some((k) => k.trim() && text.includes(normalise(k.trim())))) return false;
  }
  if (c.touchpointIds?.length && !(r.touchpointId && c.touchpointIds.includes(r.touchpointId))) return false;
  if (c.locationIds?.length && !(r.locationId && c.locationIds.includes(r.locationId))) return false;
  if (c.surveyIds?.length && !c.surveyIds.includes(r.surveyId)) return false;
  // A rule with no condition at all would open a case for every response: refuse to match.
  const hasCondition =
    scores !== undefined || !!c.sentiment || !!c.emotions?.length || !!c.keywords?.length || !!c.touchpointIds?.length;
  return hasCondition;
}

/** One case per response: the matching rule with the highest priority, then the first in order. */
export function chooseRule<R extends Rule>(rules: R[], r: ResponseFacts): R | undefined {
  const rank = (p: Priority) => PRIORITIES.indexOf(p);
  return rules
    .filter((rule) => ruleMatches(rule, r))
    .sort((a, b) => rank(b.priority) - rank(a.priority) || a.position - b.position)[0];
}
